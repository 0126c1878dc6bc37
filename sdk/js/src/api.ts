// @polkadot/api set up for LoanShare: the chain's transaction extension and its
// `loanShare_*` RPC methods are registered, so connecting prints no warning.
import { ApiPromise, HttpProvider, WsProvider } from '@polkadot/api';
import type { ApiOptions } from '@polkadot/api/types';
import type { DefinitionRpc, DefinitionRpcSub } from '@polkadot/types/types';
import './interfaces/augment.js';
import loanShareDefinitions from './interfaces/loanShare/definitions.js';
import { nodeRpc } from './node-rpc.js';

/** A JSON-RPC provider (`WsProvider`, `HttpProvider`, …). */
export type ProviderInterface = NonNullable<ApiOptions['provider']>;
type ExtDef = NonNullable<ApiOptions['signedExtensions']>;

/**
 * The chain's own transaction extensions, beyond the standard ones: `CheckMembership`
 * (pallet-consortium) keeps non-members' transactions out of the pool; it carries no data,
 * neither in the extrinsic nor in the signed payload.
 */
export const signedExtensions: ExtDef = {
  CheckMembership: { extrinsic: {}, payload: {} },
};

/**
 * The node's RPC methods that @polkadot/api does not define itself: the chain's own
 * (`loanShare_plan`, `_plansByContributor`, `_openPlans`, `_confirmations`, `_takenBy`; typed)
 * and the standard ones newer than @polkadot/api 16.5.6 (see `node-rpc.ts`; untyped).
 */
export const rpc: Record<string, Record<string, DefinitionRpc | DefinitionRpcSub>> = {
  ...nodeRpc,
  loanShare: loanShareDefinitions.rpc ?? {},
};

/**
 * `ApiPromise` options for LoanShare: `extra` (a provider and anything else) with the
 * chain's transaction extension and RPC methods added (yours win on a name clash).
 *
 *     const api = await ApiPromise.create(options({ provider: new WsProvider(url) }));
 */
export function options(extra: ApiOptions = {}): ApiOptions {
  return {
    ...extra,
    signedExtensions: { ...signedExtensions, ...extra.signedExtensions },
    rpc: { ...rpc, ...extra.rpc },
  };
}

/** Options of {@link createApi}: `ApiPromise` options without the provider. */
export interface CreateApiOptions extends Omit<ApiOptions, 'provider'> {
  /** Give up connecting after this long (ms); default 30,000. */
  timeoutMs?: number;
}

/**
 * Connects to a LoanShare node (`ws://`, `wss://`; `http(s)://` for queries only, it has no
 * subscriptions) and resolves once the API is ready, with the chain's extension, RPC
 * methods and types in place. Rejects (and stops reconnecting) if the node cannot be
 * reached in `timeoutMs`.
 */
export async function createApi(endpoint: string | ProviderInterface, opts: CreateApiOptions = {}): Promise<ApiPromise> {
  const { timeoutMs = 30_000, ...rest } = opts;
  const provider = typeof endpoint !== 'string'
    ? endpoint
    : /^https?:\/\//.test(endpoint) ? new HttpProvider(endpoint) : new WsProvider(endpoint);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const api = ApiPromise.create(options({ throwOnConnect: true, ...rest, provider }));
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`could not connect to ${typeof endpoint === 'string' ? endpoint : 'the node'} within ${timeoutMs} ms`)), timeoutMs);
    });
    return await Promise.race([api, timeout]);
  } catch (error) {
    await provider.disconnect().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
