// The node's standard JSON-RPC methods that @polkadot/api 16.5.6 does not know: the new
// JSON-RPC interface (`chainHead_v1_*`, `chainSpec_v1_*`, `transaction_v1_*`,
// `transactionWatch_v1_*`, `archive_v1_*`, `bitswap_v1_get`; polkadot-sdk's sc-rpc-spec-v2)
// and two newer legacy ones (`author_rotateKeysWithOwner`, `state_callRecorded`). Declared
// so that @polkadot/api decorates them instead of warning at every connection; their
// structured results are `Json`. Names follow @polkadot/api's convention (`chainHead_v1_body`
// → `api.rpc.chainHead.v1Body`).
import type { DefinitionRpc, DefinitionRpcSub } from '@polkadot/types/types';

type Section = Record<string, DefinitionRpc | DefinitionRpcSub>;

const text = (name: string) => ({ name, type: 'Text' });
const follow = text('followSubscription');
const hash = { name: 'hash', type: 'Hash' };

/** `description` for each method, pointing at the spec. */
const spec = (what: string) => `${what} (new JSON-RPC interface, v1)`;

export const nodeRpc: Record<string, Section> = {
  author: {
    rotateKeysWithOwner: {
      description: 'Generates new session keys with a proof of ownership for `owner`; returns `{ keys, proof? }`',
      params: [{ name: 'owner', type: 'Bytes' }],
      type: 'Json',
    },
  },
  state: {
    callRecorded: {
      description: 'Runs a runtime call re-enacting `at` with a proof-size recorder (parachain nodes only)',
      params: [text('method'), { name: 'data', type: 'Bytes' }, { name: 'at', type: 'BlockHash' }],
      type: 'Bytes',
    },
  },
  bitswap: {
    v1Get: { description: 'A block of data by CID', endpoint: 'bitswap_v1_get', params: [text('cid')], type: 'Text' },
  },
  chainSpec: {
    v1ChainName: { description: spec('The chain name'), endpoint: 'chainSpec_v1_chainName', params: [], type: 'Text' },
    v1GenesisHash: { description: spec('The genesis hash'), endpoint: 'chainSpec_v1_genesisHash', params: [], type: 'Text' },
    v1Properties: { description: spec('The chain properties'), endpoint: 'chainSpec_v1_properties', params: [], type: 'Json' },
  },
  chainHead: {
    v1Follow: {
      description: spec('Follows the chain head: initialized, newBlock, bestBlockChanged, finalized, operation… events'),
      params: [{ name: 'withRuntime', type: 'bool' }],
      pubsub: ['v1_followEvent', 'v1_follow', 'v1_unfollow'],
      type: 'Json',
    },
    v1Body: { description: spec('A pinned block\'s body (an operation)'), endpoint: 'chainHead_v1_body', params: [follow, hash], type: 'Json' },
    v1Header: { description: spec('A pinned block\'s SCALE header'), endpoint: 'chainHead_v1_header', params: [follow, hash], type: 'Json' },
    v1Storage: {
      description: spec('Storage queries at a pinned block (an operation)'),
      endpoint: 'chainHead_v1_storage',
      params: [follow, hash, { name: 'items', type: 'Json' }, { isOptional: true, name: 'childTrie', type: 'Text' }],
      type: 'Json',
    },
    v1Call: {
      description: spec('A runtime call at a pinned block (an operation)'),
      endpoint: 'chainHead_v1_call',
      params: [follow, hash, text('function'), text('callParameters')],
      type: 'Json',
    },
    v1Unpin: { description: spec('Unpins blocks'), endpoint: 'chainHead_v1_unpin', params: [follow, { name: 'hashOrHashes', type: 'Json' }], type: 'Json' },
    v1Continue: { description: spec('Continues an operation'), endpoint: 'chainHead_v1_continue', params: [follow, text('operationId')], type: 'Json' },
    v1StopOperation: { description: spec('Stops an operation'), endpoint: 'chainHead_v1_stopOperation', params: [follow, text('operationId')], type: 'Json' },
  },
  transaction: {
    v1Broadcast: { description: spec('Broadcasts a transaction; returns an operation id'), endpoint: 'transaction_v1_broadcast', params: [{ name: 'transaction', type: 'Bytes' }], type: 'Json' },
    v1Stop: { description: spec('Stops broadcasting'), endpoint: 'transaction_v1_stop', params: [text('operationId')], type: 'Json' },
  },
  transactionWatch: {
    v1SubmitAndWatch: {
      description: spec('Submits a transaction and follows it: validated, broadcasted, bestChainBlockIncluded, finalized, error, invalid, dropped'),
      params: [{ name: 'transaction', type: 'Bytes' }],
      pubsub: ['v1_watchEvent', 'v1_submitAndWatch', 'v1_unwatch'],
      type: 'Json',
    },
  },
  archive: {
    v1Body: { description: spec('A block\'s body'), endpoint: 'archive_v1_body', params: [hash], type: 'Json' },
    v1GenesisHash: { description: spec('The genesis hash'), endpoint: 'archive_v1_genesisHash', params: [], type: 'Text' },
    v1Header: { description: spec('A block\'s SCALE header'), endpoint: 'archive_v1_header', params: [hash], type: 'Json' },
    v1FinalizedHeight: { description: spec('The finalised height'), endpoint: 'archive_v1_finalizedHeight', params: [], type: 'u64' },
    v1HashByHeight: { description: spec('Block hashes at a height'), endpoint: 'archive_v1_hashByHeight', params: [{ name: 'height', type: 'u64' }], type: 'Json' },
    v1Call: { description: spec('A runtime call at a block'), endpoint: 'archive_v1_call', params: [hash, text('function'), text('callParameters')], type: 'Json' },
    v1Storage: {
      description: spec('Storage queries at a block'),
      params: [hash, { name: 'items', type: 'Json' }, { isOptional: true, name: 'childTrie', type: 'Text' }],
      pubsub: ['v1_storageEvent', 'v1_storage', 'v1_stopStorage'],
      type: 'Json',
    },
    v1StorageDiff: {
      description: spec('Storage differences between two blocks'),
      params: [hash, { name: 'items', type: 'Json' }, { isOptional: true, name: 'previousHash', type: 'Hash' }],
      pubsub: ['v1_storageDiffEvent', 'v1_storageDiff', 'v1_storageDiff_stopStorageDiff'],
      type: 'Json',
    },
  },
};
