// Smoke test: a real `loanshare-node --dev` produces and finalises blocks and answers RPC.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startNode, rpc, waitFor } from './lib/node.js';

let node;
before(async () => {
  node = await startNode({ args: ['--dev'], name: 'smoke' });
});
after(async () => {
  await node?.stop();
});

const number = (header) => parseInt(header.number, 16);

test('the dev node produces blocks', async () => {
  const best = await waitFor('block #3', async () => {
    const h = await rpc(node, 'chain_getHeader');
    return number(h) >= 3 ? h : null;
  }, 60_000);
  assert.ok(number(best) >= 3);
});

test('the dev node finalises blocks with GRANDPA', async () => {
  const finalized = await waitFor('a finalised block above #2', async () => {
    const hash = await rpc(node, 'chain_getFinalizedHead');
    const h = await rpc(node, 'chain_getHeader', [hash]);
    return number(h) >= 2 ? h : null;
  }, 60_000);
  assert.ok(number(finalized) >= 2);
});

test('the node reports its identity and runtime over RPC', async () => {
  const chain = await rpc(node, 'system_chain');
  assert.equal(chain, 'LoanShare Development');
  const version = await rpc(node, 'state_getRuntimeVersion');
  assert.equal(version.specName, 'loanshare');
  const props = await rpc(node, 'system_properties');
  assert.equal(props.tokenSymbol, 'LSG');
  const methods = await rpc(node, 'rpc_methods');
  for (const m of ['system_accountNextIndex', 'payment_queryInfo', 'author_submitExtrinsic']) {
    assert.ok(methods.methods.includes(m), `missing RPC method ${m}`);
  }
});

test('an unknown RPC method is a proper JSON-RPC error', async () => {
  await assert.rejects(rpc(node, 'loanShare_noSuchMethod'), (e) => e.rpc?.code === -32601);
});
