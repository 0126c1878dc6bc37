// The institution's software against a real dev node: the `loanshare` command line
// (XLSX and GBK sheets, bad cells, confirm, watch with a cursor, open) and two
// `loanshare agent`s (delivery, REST with API tokens, mirrors in SQLite and, when the
// test harness provides one, PostgreSQL), including SIGKILLs mid-stream after which
// each mirror must equal the chain event by event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { startNode, freePort } from './lib/node.js';
import { cli, cliJson, keyFile, startAgent, until } from './lib/client.js';

const PG = process.env.LOANSHARE_TEST_POSTGRES_URL;
if (process.env.LOANSHARE_TEST_REQUIRE_POSTGRES && !PG) throw new Error('LOANSHARE_TEST_REQUIRE_POSTGRES is set but no PostgreSQL was started (scripts/with-postgres.sh)');
let node, api, dir, alphaKey, betaKey, agentA, agentB, tokens;
const A = () => ['--key-file', alphaKey];
const B = () => ['--key-file', betaKey];
const agentArgs = {};
// Plans Beta has taken a share of (it may take only one share of each plan).
const takenByBeta = [];

async function startAgents() {
  agentA = await startAgent(node, agentArgs.a, { port: agentA?.port });
  agentB = await startAgent(node, agentArgs.b, { port: agentB?.port });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loanshare-client-'));
  node = await startNode({ name: 'client' });
  api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
  alphaKey = keyFile(dir, 'alpha', '//Alice');
  betaKey = keyFile(dir, 'beta', '//Bob');
  for (const who of ['alpha', 'beta']) {
    await cliJson(node, ['keygen', '--out', join(dir, who)]);
  }
  // Alpha registers with its key file; Beta as a script would, with LOANSHARE_SURI.
  await cliJson(node, [...A(), 'register-key', join(dir, 'alpha', 'rsa.pub.der')]);
  await cliJson(node, ['register-key', join(dir, 'beta', 'rsa.pub.der')], { env: { LOANSHARE_SURI: '//Bob' } });
  tokens = {};
  // Scopes: read (the default), write (sign; includes read), open (borrower data), audit (the openings).
  for (const [who, name, scope] of [['a', 'ops', ['--write']], ['b', 'erp', ['--scope', 'write,open']], ['b', 'viewer', []],
    ['b', 'auditor', ['--scope', 'audit']]]) {
    const file = join(dir, `tokens-${who}`);
    const r = await cliJson(node, ['api-token', 'new', name, '--file', file, ...scope]);
    tokens[name] = r.token;
  }
  agentArgs.a = [...A(), '--rsa-key-dir', join(dir, 'alpha'), '--api-tokens', join(dir, 'tokens-a'),
    '--database', `sqlite://${join(dir, 'mirror-a.db')}?mode=rwc`];
  agentArgs.b = [...B(), '--rsa-key-dir', join(dir, 'beta'), '--api-tokens', join(dir, 'tokens-b'),
    '--database', PG ?? `sqlite://${join(dir, 'mirror-b.db')}?mode=rwc`];
  await startAgents();
});

after(async () => {
  await agentA?.stop();
  await agentB?.stop();
  await api?.disconnect();
  await node?.stop();
});

test('a sheet with bad cells is refused cell by cell and nothing is sent', async () => {
  await cliJson(node, ['gen-sheet', join(dir, 'bad.csv'), '--rows', '4', '--prefix', 'BAD']);
  const lines = readFileSync(join(dir, 'bad.csv'), 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const amount = header.indexOf('amount_rmb');
  const risk = header.indexOf('risk_score');
  assert.ok(amount >= 0 && risk >= 0, lines[0]);
  const cells = (line) => line.match(/("[^"]*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
  const row3 = cells(lines[2]); row3[amount] = '12x'; lines[2] = row3.join(',');
  const row5 = cells(lines[4]); row5[risk] = 'high'; lines[4] = row5.join(',');
  writeFileSync(join(dir, 'bad.csv'), lines.join('\n') + '\n');
  const r = await cli(node, [...A(), 'import', join(dir, 'bad.csv')]);
  assert.notEqual(r.code, 0, r.out);
  const letter = (i) => String.fromCharCode(65 + i);
  assert.match(r.out, new RegExp(`row 3, column ${letter(amount)}`), r.out);
  assert.match(r.out, new RegExp(`row 5, column ${letter(risk)}`), r.out);
  assert.match(r.out, /nothing was sent/);
  const plans = await cliJson(node, ['plans', '--contributor', '1']);
  assert.equal(plans.length, 0);
});

test('import publishes an XLSX and a GBK CSV with Chinese headers, once', async () => {
  await cliJson(node, ['gen-sheet', join(dir, 'plans.xlsx'), '--rows', '12', '--prefix', 'XL']);
  await cliJson(node, ['gen-sheet', join(dir, 'plans-gbk.csv'), '--rows', '5', '--prefix', 'GB', '--gbk']);
  const gbk = readFileSync(join(dir, 'plans-gbk.csv'));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the CSV is really GBK');
  assert.match(new TextDecoder('gbk').decode(gbk), /^业务编号,贷款类型/);
  const x = await cliJson(node, [...A(), 'import', join(dir, 'plans.xlsx'), '--batch', '5']);
  assert.equal(x.report.published, 12);
  assert.equal(x.report.batches, 3);
  const g = await cliJson(node, [...A(), 'import', join(dir, 'plans-gbk.csv')]);
  assert.equal(g.report.published, 5);
  const again = await cliJson(node, [...A(), 'import', join(dir, 'plans.xlsx')]);
  assert.equal(again.report.published, 0);
  assert.equal(again.report.skipped, 12);
  const plans = await cliJson(node, ['plans', '--contributor', '1', '--limit', '100']);
  assert.equal(plans.length, 17);
  assert.ok(plans.some((p) => p.input.external_ref === 'GB000001'));
});

/** An open plan of Alpha with room for its minimum share. */
async function openPlan(skip = []) {
  const plans = await cliJson(node, ['plans', '--limit', '100']);
  const p = plans.find((p) => p.contributor === 1 && !skip.includes(p.id)
    && BigInt(p.input.conditions.shared_limit) - BigInt(p.taken) >= BigInt(p.input.conditions.min_share));
  assert.ok(p, 'an open plan');
  return p;
}

/** The plan's minimum share (fen) in RMB with two decimals, as the client and the REST API take amounts. */
function minShare(p) {
  const fen = BigInt(p.input.conditions.min_share);
  return `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}

test('the contributor\'s agent delivers; the participant opens the borrower data and accepts', async () => {
  const p = await openPlan();
  const c = await cliJson(node, [...B(), 'confirm', String(p.id), minShare(p), String(p.input.conditions.min_rate_bp)]);
  takenByBeta.push(p.id);
  assert.ok(c.finalized);
  assert.ok(c.events.some((e) => e.variant === 'PlanConfirmed'));
  const opened = await until(async () => {
    const r = await cli(node, [...B(), 'open', String(p.id), '--rsa-key-dir', join(dir, 'beta'), '--json']);
    return r.code === 0 && JSON.parse(r.stdout);
  }, { what: 'the delivery' });
  assert.equal(opened.plan, p.id);
  assert.match(opened.id_number, /^\d{17}[\dX]$/);
  const h = await agentA.get(`/api/v1/handoffs?plan=${p.id}`, tokens.ops);
  assert.equal(h.status, 200, h.text);
  await until(async () => (await agentA.get(`/api/v1/handoffs?plan=${p.id}`, tokens.ops)).json[0]?.status === 'delivered',
    { what: 'the mirror to record the delivery' });
  // Delivered: the fee stays held until Beta accepts, which pays Alpha.
  const alphaBalance = async () => BigInt((await api.query.token.balances(1)).toString());
  const alphaBefore = await alphaBalance();
  const accepted = await cliJson(node, [...B(), 'accept', String(p.id)]);
  assert.ok(accepted.events.some((e) => e.variant === 'HandoffAccepted'), JSON.stringify(accepted.events));
  assert.ok(await alphaBalance() > alphaBefore, 'the fee did not reach Alpha');
  // Two shares in a row, each stopping in its block: the second's nonce counts the first.
  for (let i = 0; i < 2; i++) {
    const q = await openPlan(takenByBeta);
    takenByBeta.push(q.id);
    const r = await cliJson(node, [...B(), 'confirm', String(q.id), minShare(q), String(q.input.conditions.min_rate_bp), '--in-block']);
    assert.equal(r.finalized, false);
  }
  const metrics = await (await fetch(`${agentA.url}/metrics`)).text();
  assert.match(metrics, /loanshare_agent_deliveries_total [1-9]/);
  // The participant's own key cannot open what was not delivered to it.
  const other = await cli(node, [...A(), 'open', String(p.id), '--rsa-key-dir', join(dir, 'alpha')]);
  assert.notEqual(other.code, 0);
});

test('REST: no token is refused, a read token cannot write, a write token confirms, an open token opens, every opening is recorded', async () => {
  assert.equal((await agentB.get('/api/v1/plans')).status, 401);
  assert.equal((await agentB.get('/api/v1/plans', 'lsk_not-a-token')).status, 401);
  const doc = await agentB.get('/openapi.json');
  assert.equal(doc.json.openapi, '3.0.3');
  await until(async () => (await agentB.get('/api/v1/plans?status=open&limit=100', tokens.viewer)).json?.length > 0,
    { what: 'plans in the mirror' });
  const p = await openPlan(takenByBeta);
  const body = JSON.stringify({ amount: minShare(p), rate_bp: p.input.conditions.min_rate_bp });
  assert.equal((await agentB.post(`/api/v1/plans/${p.id}/confirm`, body, tokens.viewer)).status, 403);
  const before = (await cliJson(node, ['confirmations', String(p.id)])).length;
  const bad = await agentB.post(`/api/v1/plans/${p.id}/confirm`, JSON.stringify({ amount: 'abc', rate_bp: 1 }), tokens.erp);
  assert.equal(bad.status, 400, bad.text);
  assert.match(bad.json.error, /amount/);
  assert.equal((await cliJson(node, ['confirmations', String(p.id)])).length, before);
  const ok = await agentB.post(`/api/v1/plans/${p.id}/confirm`, body, tokens.erp);
  assert.equal(ok.status, 200, ok.text);
  assert.ok(ok.json.events.some((e) => e.variant === 'PlanConfirmed'));
  assert.equal((await agentB.post(`/api/v1/plans/${p.id}/open`, undefined, tokens.viewer)).status, 403);
  assert.equal((await agentB.post(`/api/v1/plans/${p.id}/open`, undefined)).status, 401);
  const data = await until(async () => {
    const r = await agentB.post(`/api/v1/plans/${p.id}/open`, undefined, tokens.erp);
    return r.status === 200 && r.json;
  }, { what: 'the borrower data through the API' });
  assert.equal(data.plan, p.id);
  assert.ok(data.name.length > 0);
  assert.match(agentB.logs(), /AUDIT: borrower data of plan \d+ opened through the API by token "erp"/);
  // The openings trail: the refused attempts and the opening, for an audit token only.
  assert.equal((await agentB.get(`/api/v1/openings?plan=${p.id}`, tokens.erp)).status, 403);
  const trail = await agentB.get(`/api/v1/openings?plan=${p.id}`, tokens.auditor);
  assert.equal(trail.status, 200, trail.text);
  assert.ok(trail.json.every((o) => o.plan === p.id), trail.text);
  assert.ok(trail.json.some((o) => o.caller === 'erp' && /^opened$/i.test(o.outcome)), trail.text);
  assert.ok(trail.json.some((o) => o.caller === 'viewer' && /forbidden/i.test(o.outcome)), trail.text);
  const bal = await agentB.get('/api/v1/balances/2', tokens.viewer);
  assert.equal(bal.status, 200);
  assert.ok(BigInt(bal.json.balance) > 0n);
});

test('watch follows finalised blocks, filters by institution and resumes from its cursor', async () => {
  const cursor = join(dir, 'watch.cursor');
  const first = await cli(node, ['watch', '--from', '1', '--blocks', '30', '--of', '2', '--cursor', cursor, '--json']);
  assert.equal(first.code, 0, first.out);
  const lines = first.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(lines.length > 0, 'institution 2 has events in the first 30 blocks');
  for (const l of lines) {
    assert.ok(Object.entries(l.event.fields).some(([k, v]) => v === 2 && k !== 'id' || (k === 'id' && l.event.pallet === 'Consortium' && v === 2)), JSON.stringify(l));
  }
  assert.equal(readFileSync(cursor, 'utf8').trim(), '30');
  const again = await cli(node, ['watch', '--blocks', '2', '--cursor', cursor, '--json', '--all']);
  assert.equal(again.code, 0, again.out);
  const blocks = again.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).block);
  assert.ok(blocks.every((b) => b === 31 || b === 32), JSON.stringify(blocks));
  assert.equal(readFileSync(cursor, 'utf8').trim(), '32');
});

test('a transaction the pool refuses is reported at once, with the reason named', async () => {
  const stranger = join(dir, 'stranger.key');
  const made = await cliJson(node, ['account', 'new', stranger]);
  assert.match(made.account, /^5/);
  const poor = await cli(node, ['--key-file', stranger, 'transfer', '2', '1']);
  assert.notEqual(poor.code, 0);
  assert.match(poor.out, /not accepted: invalid: .*(fees|balance)/s, poor.out);
  // A funded account that acts for no institution: the membership check names itself.
  const ferdie = keyFile(dir, 'ferdie', '//Ferdie');
  const r = await cli(node, ['--key-file', ferdie, 'transfer', '2', '1']);
  assert.notEqual(r.code, 0);
  assert.match(r.out, /not accepted.*CheckMembership/s, r.out);
  // A secret on the command line is not an option the client has.
  const bad = await cli(node, ['--suri', '//Alice', 'balance']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.out, /unexpected argument '--suri'/);
});

test('wss and https endpoints: TLS checked against the system roots', async () => {
  const cert = join(dir, 'tls.crt');
  const key = join(dir, 'tls.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost', '-addext', 'basicConstraints=critical,CA:FALSE',
    '-addext', 'extendedKeyUsage=serverAuth', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const port = await freePort();
  const proxy = spawn('python3', [new URL('./lib/tls-proxy.py', import.meta.url).pathname, cert, key, String(port), String(node.rpcPort)],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((resolve) => proxy.stdout.once('data', resolve));
    const tls = { url: `wss://localhost:${port}` };
    // Trusted (the test's CA file stands for the system's roots): both schemes work.
    for (const url of [`wss://localhost:${port}`, `https://localhost:${port}`]) {
      const ok = await cli({ url }, ['institutions', '--json'], { env: { SSL_CERT_FILE: cert } });
      assert.equal(ok.code, 0, ok.out);
      assert.equal(JSON.parse(ok.stdout).length, 4);
    }
    // Not trusted: refused, the certificate named as the reason.
    const refused = await cli(tls, ['institutions'], { env: { SSL_CERT_FILE: '/nonexistent' } });
    assert.notEqual(refused.code, 0);
    assert.match(refused.out, /certificate|UnknownIssuer|invalid peer/i);
  } finally {
    proxy.kill();
  }
});

/** Events of the four LoanShare pallets in blocks 1..upTo, as `block:index:pallet.variant`. */
async function chainEvents(upTo) {
  const out = [];
  const pallets = new Set(['consortium', 'token', 'loanshare', 'keyexchange']);
  for (let n = 1; n <= upTo; n++) {
    const hash = await api.rpc.chain.getBlockHash(n);
    const events = await (await api.at(hash)).query.system.events();
    events.forEach((r, i) => {
      if (pallets.has(r.event.section.toLowerCase())) out.push(`${n}:${i}:${r.event.section.toLowerCase()}.${r.event.method}`);
    });
  }
  return out;
}

async function mirrorEvents(agent, token, upTo) {
  const out = [];
  let from = 0;
  for (;;) {
    const r = await agent.get(`/api/v1/events?from_block=${from}&limit=1000`, token);
    assert.equal(r.status, 200, r.text);
    for (const e of r.json) if (e.block_number <= upTo) out.push(`${e.block_number}:${e.event_index}:${e.pallet.toLowerCase()}.${e.variant}`);
    if (r.json.length < 1000) break;
    from = r.json[r.json.length - 1].block_number + 1;
  }
  return out;
}

test('the agents survive SIGKILL mid-stream; each mirror equals the chain event by event', async () => {
  await cliJson(node, ['gen-sheet', join(dir, 'load.xlsx'), '--rows', '120', '--prefix', 'LD']);
  const load = cli(node, [...A(), 'import', join(dir, 'load.xlsx'), '--batch', '10', '--in-flight', '2', '--in-block', '--json']);
  for (let k = 0; k < 3; k++) {
    await new Promise((r) => setTimeout(r, 2500 + 1500 * k));
    await agentA.kill9();
    await agentB.kill9();
    await startAgents();
  }
  const done = await load;
  assert.equal(done.code, 0, done.out);
  assert.equal(JSON.parse(done.stdout.trim().split('\n').pop()).report.published, 120);
  // Everything imported in a block is finalised once the finalised head reaches today's best block.
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const head = await until(async () => {
    const n = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    return n >= best && n;
  }, { what: 'finality of the imported plans' });
  for (const [agent, token] of [[agentA, tokens.ops], [agentB, tokens.viewer]]) {
    await until(async () => (await agent.get('/api/v1/status', token)).json?.mirrored?.number >= head,
      { what: 'the mirror to catch up', timeout: 180_000 });
  }
  const chain = await chainEvents(head);
  const published = chain.filter((e) => e.endsWith('loanshare.PlanPublished')).length;
  assert.ok(published >= 120, `${published} plans published`);
  for (const [agent, token, name] of [[agentA, tokens.ops, 'SQLite'], [agentB, tokens.viewer, PG ? 'PostgreSQL' : 'SQLite']]) {
    const mirror = await mirrorEvents(agent, token, head);
    assert.equal(new Set(mirror).size, mirror.length, `${name}: an event is in the mirror twice`);
    assert.deepEqual(mirror, chain, `${name}: the mirror differs from the chain`);
  }
  const plans = (await agentA.get('/api/v1/plans?contributor=1&limit=1000', tokens.ops)).json;
  assert.equal(plans.length, published);
  if (PG) assert.match(agentB.logs(), /mirror postgres:\/\//);
});
