// The contributor's RSA private key never reaches the node: a dev node and Alpha's agent
// (which holds the key) go through a real delivery, then every RPC answer that can carry
// stored data and every file of the node's --base-path are searched for the key, in each
// form it could take: its PKCS#8 DER, the base64 body of its PEM (each line), its prime
// factors p and q and its private exponent d (big-endian bytes, whole and in 24-byte pieces,
// raw and as hex). The node also has no `--rsa-key-file` option any more.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { startNode, connect, rpc, nodeBinary } from './lib/node.js';
import { keyring, submit, findEvent, bindAccount, DEV } from './lib/chain.js';
import { generateKeyPair, open } from './lib/envelope.js';
import { planInput, envelopeContext, waitDelivered } from './lib/plans.js';
import { keyFile, startAgent } from './lib/client.js';

const BORROWER = { name: '赵六 Zhao Liu', id_number: '320102197707077710', mobile: '13511112222', licence_plate: null, engine_number: null };
const EXTERNAL_REF = `SECRETS-${process.pid}`;
const AGENT_URI = '//Alice//agent';
/** Offchain-storage keys the node's old delivery worker used, and other plausible names. */
const OFFCHAIN_KEYS = [
  'loanshare::rsa-private-key',
  'loanshare::institution-id',
  'loanshare::handoff-in-flight::',
  'loanshare::key-exchange::private-key',
  'loanshare::private-key',
  'loanshare::rsa-key',
  'key-exchange::private-key',
  'rsa-private-key',
];

let node, api, acc, dir, base, keys, agent, delivered;
const secret = {};
const metrics = {};

/** The forms in which the private key `pem` could be stored or answered. */
function secretForms(pem) {
  const key = createPrivateKey(pem);
  const jwk = key.export({ format: 'jwk' });
  const binary = {
    'PKCS#8 DER': key.export({ type: 'pkcs8', format: 'der' }),
    'PKCS#1 DER': key.export({ type: 'pkcs1', format: 'der' }),
    p: Buffer.from(jwk.p, 'base64url'),
    q: Buffer.from(jwk.q, 'base64url'),
    d: Buffer.from(jwk.d, 'base64url'),
  };
  // Pieces of the secret numbers: found even where a store cuts or compresses around them.
  for (const name of ['p', 'q', 'd']) {
    for (let i = 0; i + 24 <= binary[name].length; i += 24) binary[`${name}[${i}..${i + 24}]`] = binary[name].subarray(i, i + 24);
  }
  const text = {
    'PEM body': pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''),
    'JWK p': jwk.p,
    'JWK q': jwk.q,
    'JWK d': jwk.d,
  };
  // Each full line of the PEM body (the short last line could match by chance).
  pem.replace(/-----[^-]+-----/g, '').trim().split(/\s+/).forEach((line, i) => { if (line.length >= 32) text[`PEM line ${i + 1}`] = line; });
  // RPC answers carry bytes as hex: the hex of the key's bytes, and of its text forms.
  for (const [name, s] of Object.entries(text)) text[`${name} (hex)`] = Buffer.from(s).toString('hex');
  for (const [name, bytes] of Object.entries(binary)) text[`${name} (hex)`] = bytes.toString('hex');
  return { binary, text };
}

/** The names of the secret forms found in `haystack` (a Buffer or a string). */
function found(haystack, forms = secret) {
  const hits = [];
  if (typeof haystack === 'string') {
    const lower = haystack.toLowerCase();
    for (const [name, s] of Object.entries(forms.text)) {
      if (name.endsWith('(hex)') ? lower.includes(s) : haystack.includes(s)) hits.push(name);
    }
    return hits;
  }
  for (const [name, bytes] of Object.entries(forms.binary)) if (haystack.includes(bytes)) hits.push(name);
  for (const [name, s] of Object.entries(forms.text)) if (haystack.includes(Buffer.from(s))) hits.push(name);
  return hits;
}

const hex = (s) => `0x${Buffer.from(s).toString('hex')}`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loanshare-secrets-'));
  base = mkdtempSync(join(tmpdir(), 'loanshare-secrets-base-'));
  keys = { alpha: await generateKeyPair(), beta: await generateKeyPair() };
  Object.assign(secret, secretForms(keys.alpha.privatePem));
  mkdirSync(join(dir, 'alpha'), { mode: 0o700 });
  writeFileSync(join(dir, 'alpha', 'rsa.pem'), keys.alpha.privatePem, { mode: 0o600 });
  node = await startNode({ name: 'secrets', basePath: base });
  api = await connect(node);
  acc = await keyring();
});

after(async () => {
  await agent?.stop();
  await api?.disconnect();
  await node?.stop();
  for (const d of [dir, base]) if (d) rmSync(d, { recursive: true, force: true });
  if (Object.keys(metrics).length) console.log('# metrics', JSON.stringify(metrics));
});

/** Runs the node binary with `args`; resolves { code, out }. */
function runNode(args, timeout = 30_000) {
  return new Promise((resolve) => {
    execFile(nodeBinary(), args, { timeout }, (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, out: stdout + stderr }));
  });
}

test('the search finds the key where it is', () => {
  // The agent's key file (PEM text), the key's DER (binary) and its hex (as RPC answers carry bytes).
  assert.ok(found(readFileSync(join(dir, 'alpha', 'rsa.pem'))).includes('PEM line 1'));
  const der = secret.binary['PKCS#8 DER'];
  assert.ok(['p', 'q', 'd', 'p[0..24]'].every((f) => found(Buffer.concat([Buffer.alloc(7), der])).includes(f)));
  assert.ok(found(JSON.stringify({ result: u8aToHex(der) })).includes('q (hex)'));
  assert.ok(found(JSON.stringify({ result: u8aToHex(Buffer.from(keys.alpha.privatePem)) })).includes('PEM line 1 (hex)'));
  assert.deepEqual(found(readFileSync(join(dir, 'alpha', 'rsa.pem'), 'utf8').replace(/[A-Za-z0-9+/=\s]{20,}/g, '')), []);
});

test('the node has no --rsa-key-file option', async () => {
  const help = await runNode(['--help']);
  assert.equal(help.code, 0, help.out);
  assert.match(help.out, /--base-path/);
  assert.ok(!help.out.includes('rsa-key-file'), 'loanshare-node --help still mentions --rsa-key-file');
  const pem = join(dir, 'alpha', 'rsa.pem');
  const r = await runNode(['--dev', '--tmp', '--rsa-key-file', pem]);
  assert.notEqual(r.code, 0, 'the node started with --rsa-key-file');
  assert.match(r.out, /unexpected argument '--rsa-key-file'/, r.out);
});

test("Alpha's agent delivers a handoff; the participant opens it", async () => {
  for (const [who, signer] of [['alpha', acc.alice], ['beta', acc.bob]]) {
    await submit(api, api.tx.keyExchange.registerKey(u8aToHex(keys[who].publicDer)), signer);
  }
  await bindAccount(api, acc.alice, DEV.alpha.id, AGENT_URI);
  agent = await startAgent(node, ['--key-file', keyFile(dir, 'alpha-agent', AGENT_URI), '--rsa-key-dir', join(dir, 'alpha'),
    '--database', `sqlite://${join(dir, 'alpha-mirror.db')}?mode=rwc`]);
  const input = await planInput(api, { contributor: DEV.alpha.id, contributorPublicDer: keys.alpha.publicDer, externalRef: EXTERNAL_REF, borrower: BORROWER });
  const r = await submit(api, api.tx.loanShare.publish(input), acc.alice);
  const planId = Number(findEvent(r.events, 'loanShare', 'PlanPublished').data[0].toString());
  await submit(api, api.tx.loanShare.confirm(planId, 8_000_000, 1900), acc.bob);
  const h = await waitDelivered(api, planId, DEV.beta.id);
  const plan = await rpc(node, 'loanShare_plan', [planId]);
  assert.deepEqual(await open(keys.beta.privatePem, h.deliveredKey, plan.input.envelope, envelopeContext(api, DEV.alpha.id, EXTERNAL_REF)), BORROWER);
  delivered = { planId, wrapped: Buffer.from(h.deliveredKey.unwrap().toU8a(true)) };
});

test('no RPC answer holds the private key: offchain storage, all storage, metadata, system_*, every block', async () => {
  const methods = (await rpc(node, 'rpc_methods')).methods;
  const head = await rpc(node, 'chain_getBlockHash', []);
  const answers = { count: 0, errors: 0 };
  const check = (what, answer) => {
    answers.count++;
    const text = typeof answer === 'string' ? answer : JSON.stringify(answer ?? null);
    const hits = found(text);
    assert.deepEqual(hits, [], `${what} answers with the private key (${hits.join(', ')})`);
  };
  const call = async (method, params) => {
    try {
      check(`${method}(${JSON.stringify(params).slice(0, 80)})`, await rpc(node, method, params));
    } catch (err) {
      if (err.code === 'ERR_ASSERTION') throw err;
      answers.errors++;
    }
  };

  // The node-local offchain storage, where the old delivery worker kept the key.
  // (LOCAL storage may answer "not available"; PERSISTENT is where the worker kept it.)
  if (methods.includes('offchain_localStorageGet')) {
    for (const kind of ['PERSISTENT', 'LOCAL']) {
      for (const key of OFFCHAIN_KEYS) {
        let value;
        try {
          value = await rpc(node, 'offchain_localStorageGet', [kind, hex(key)]);
        } catch (err) {
          if (kind === 'PERSISTENT') throw err;
          answers.errors++;
          continue;
        }
        check(`offchain_localStorageGet(${kind}, ${key})`, value);
        if (/private-key|rsa-key/.test(key)) assert.equal(value, null, `offchain storage ${kind} ${key} holds ${value?.slice(0, 20)}…`);
      }
    }
  }

  // All storage at the head, key by key.
  let keysScanned = 0;
  for (let startKey = null; ;) {
    const page = await rpc(node, 'state_getKeysPaged', ['0x', 1000, startKey, head]);
    for (const key of page) check(`storage ${key}`, await rpc(node, 'state_getStorage', [key, head]));
    keysScanned += page.length;
    if (page.length < 1000) break;
    startKey = page[page.length - 1];
  }
  if (methods.includes('state_getPairs')) await call('state_getPairs', ['0x', head]);
  check('state_getMetadata', await rpc(node, 'state_getMetadata', [head]));

  // Every block, in full.
  const best = parseInt((await rpc(node, 'chain_getHeader', [head])).number, 16);
  for (let n = 0; n <= best; n++) {
    const hash = await rpc(node, 'chain_getBlockHash', [n]);
    check(`block #${n}`, await rpc(node, 'chain_getBlock', [hash]));
  }

  // Every method that reads without arguments (system_*, chain, state, spec, RPC lists...),
  // leaving out those that change the node (log filters, reserved peers) or subscribe.
  const readers = methods.filter((m) => /^(system_|chain_get|state_get|chainSpec_|sync_state_|grandpa_roundState|author_pendingExtrinsics|rpc_methods|loanShare_)/.test(m)
    && !/^system_(add|remove|reset)|subscribe/i.test(m));
  for (const m of readers) await call(m, []);
  // The chain's own queries, with arguments.
  await call('loanShare_plan', [delivered.planId]);
  await call('loanShare_confirmations', [delivered.planId]);
  await call('loanShare_plansByContributor', [DEV.alpha.id, 0, 100]);
  await call('loanShare_takenBy', [DEV.beta.id]);
  await call('system_accountNextIndex', [acc.alice.address]);

  metrics.rpcAnswersScanned = answers.count;
  metrics.rpcMethodsTried = readers.length;
  metrics.storageKeysScanned = keysScanned;
  metrics.blocksScanned = best + 1;
  assert.ok(keysScanned > 20 && best > 5 && answers.count > keysScanned + best);
});

/** Every regular file under `root`, recursively. */
function filesUnder(root) {
  const out = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

test("no file of the node's --base-path holds the private key (a delivered W' is found there)", async () => {
  await agent.stop();
  await api.disconnect();
  api = null;
  await node.stop();
  // (ParityDB may still hold recent commits in its log files rather than its tables: both are read.)
  const files = filesUnder(base);
  assert.ok(files.some((f) => /paritydb|db\//.test(f)), `no database under ${base}: ${files.join(', ')}`);
  let bytes = 0;
  let wrappedSeen = 0;
  // The search works on these files: pieces of the delivered W' (random bytes, as
  // incompressible as the key's) are in the chain's database.
  const pieces = [];
  for (let i = 0; i + 24 <= delivered.wrapped.length; i += 24) pieces.push(delivered.wrapped.subarray(i, i + 24));
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    const hits = found(data);
    assert.deepEqual(hits, [], `${file} holds the private key (${hits.join(', ')})`);
    if (pieces.some((p) => data.includes(p))) wrappedSeen++;
  }
  assert.ok(wrappedSeen > 0, "the delivered W' was found in no file: the search cannot see the database");
  metrics.baseFiles = files.length;
  metrics.baseBytes = bytes;
});

test('no log line of the node or the agent holds the private key', () => {
  assert.deepEqual(found(node.logs()), [], 'the node logged the private key');
  assert.deepEqual(found(agent.logs()), [], 'the agent logged the private key');
});
