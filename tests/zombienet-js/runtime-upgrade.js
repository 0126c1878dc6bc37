// Scenario 6: a runtime upgrade voted by the council, under traffic.
//
//   1. traffic: Beta (funded by a recharge first) transfers one token unit to Gamma every
//      ~2 s, each transaction recorded with its block;
//   2. the council's two thirds pass consortium.dispatchAsRoot(system.authorizeUpgrade(hash))
//      for the Wasm at $LOANSHARE_UPGRADE_WASM (this source, built with the `upgrade-test`
//      feature: spec_version + 1 and a migration that records a marker);
//   3. Alpha submits system.applyAuthorizedUpgrade(code); the new spec_version is in force;
//   4. traffic goes on for 30 s; then the checks: every accepted transfer is in a block exactly
//      once (Gamma's balance rose by exactly their number), the institutions and the council
//      are intact, blocks and finality went on, the migration ran, @polkadot/api (a fresh
//      connection) and the loanshare CLI ($LOANSHARE_CLI_BIN) still work.
// Reports: blocks from the motion's approval to the new spec_version in force, the longest
// gap in block production and in finality while it happened. Returns the new spec_version.
//   alice: js-script ../tests/zombienet-js/runtime-upgrade.js within 600 seconds
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const { blake2AsHex, cryptoWaitReady } = require('@polkadot/util-crypto');
const { u8aToHex } = require('@polkadot/util');
const { connect, heads, until, sleep, report } = require('./lib');
const { account, submit, event, councilMotion } = require('./tx');

const BETA = 2;
const GAMMA = 3;

async function run(nodeName, networkInfo) {
  const wasmPath = process.env.LOANSHARE_UPGRADE_WASM;
  if (!wasmPath || !fs.existsSync(wasmPath)) throw new Error(`no upgrade Wasm at LOANSHARE_UPGRADE_WASM=${wasmPath}`);
  const code = fs.readFileSync(wasmPath);
  await cryptoWaitReady();
  const api = await connect(networkInfo, nodeName);
  const alice = await account('alice');
  const bob = await account('bob');
  const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
  const institutionsBefore = (await api.query.consortium.institutions.entries()).length;
  const councilBefore = (await api.query.council.members()).map((m) => m.toString()).sort();
  await submit(api, api.tx.token.recharge(BETA, 1_000_000, `UPG-FUND-${Date.now()}`), alice, 'token.recharge');
  const gammaBefore = (await api.query.token.balances(GAMMA)).toBigInt();

  // Block and finality timing, from the subscriptions.
  const newHeads = [];
  const finalHeads = [];
  const unsubNew = await api.rpc.chain.subscribeNewHeads((h) => newHeads.push({ n: h.number.toNumber(), t: Date.now() }));
  const unsubFin = await api.rpc.chain.subscribeFinalizedHeads((h) => finalHeads.push({ n: h.number.toNumber(), t: Date.now() }));

  // 1. traffic
  let stop = false;
  const sent = [];
  const failed = [];
  const traffic = (async () => {
    let i = 0;
    while (!stop) {
      const n = i++;
      try {
        const r = await submit(api, api.tx.token.transfer(GAMMA, 1), bob, 'token.transfer');
        sent.push({ n, block: r.blockHash });
      } catch (e) {
        failed.push({ n, error: e.message });
      }
      await sleep(2000);
    }
  })();

  try {
    await sleep(6000);
    // 2. the council authorises the upgrade (two thirds)
    const hash = blake2AsHex(code, 256);
    const authorize = api.tx.consortium.dispatchAsRoot(api.tx.system.authorizeUpgrade(hash));
    const closed = await councilMotion(api, authorize, alice, [bob], { critical: true });
    const dispatched = event(closed, 'consortium', 'DispatchedAsRoot');
    if (dispatched.data[0].isErr) throw new Error(`authorize_upgrade failed: ${dispatched.data[0].toString()}`);
    const approvedAt = (await heads(api)).best;

    // 3. anyone may apply the authorised code
    const applied = await submit(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), alice, 'system.applyAuthorizedUpgrade');
    // The API re-reads the metadata when the new code lands, and its result for this very
    // block can come back without events: then read the block's events directly.
    if (!applied.events.some((e) => e.section === 'system' && e.method === 'CodeUpdated')) {
      const at = await api.at(applied.blockHash);
      const records = await at.query.system.events();
      event(records.map((r) => r.event), 'system', 'CodeUpdated');
    }
    const appliedAt = (await api.rpc.chain.getHeader(applied.blockHash)).number.toNumber();
    const inForceAt = await until(async () => {
      const v = await api.rpc.state.getRuntimeVersion();
      return v.specVersion.toNumber() > before ? (await heads(api)).best : 0;
    }, 500);
    const after = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
    if (after !== before + 1) throw new Error(`spec_version ${before} -> ${after}, expected +1`);

    // 4. traffic continues on the new runtime
    await sleep(30000);
    stop = true;
    await traffic;
    const last = (await heads(api)).best;
    await until(async () => (await heads(api)).finalised >= last, 1000);

    // every accepted transfer counted exactly once
    const gammaAfter = (await api.query.token.balances(GAMMA)).toBigInt();
    if (gammaAfter - gammaBefore !== BigInt(sent.length)) {
      throw new Error(`Gamma gained ${gammaAfter - gammaBefore} units for ${sent.length} included transfers`);
    }
    if (sent.length < 10) throw new Error(`only ${sent.length} transfers went through (${failed.length} failed)`);
    // state intact
    if ((await api.query.consortium.institutions.entries()).length !== institutionsBefore) throw new Error('institutions changed');
    const councilAfter = (await api.query.council.members()).map((m) => m.toString()).sort();
    if (JSON.stringify(councilAfter) !== JSON.stringify(councilBefore)) throw new Error('council changed');
    // the upgrade's migration ran
    const marker = await api.rpc.state.getStorage(u8aToHex(Buffer.from(':loanshare:upgrade-test:')));
    if (!marker || marker.isEmpty) throw new Error('the upgrade-test migration did not run');

    // a fresh @polkadot/api connection decodes the new metadata; the CLI still works
    const fresh = await connect(networkInfo, nodeName);
    const freshSpec = fresh.runtimeVersion.specVersion.toNumber();
    const freshGamma = (await fresh.query.token.balances(GAMMA)).toBigInt();
    const seats = (await fresh.query.consortium.councilSeats()).length;
    await fresh.disconnect();
    if (freshSpec !== after || freshGamma !== gammaAfter || seats !== councilBefore.length) {
      throw new Error(`a fresh @polkadot/api connection reads spec ${freshSpec}, balance ${freshGamma}, ${seats} seats`);
    }
    let cli = 'skipped';
    if (process.env.LOANSHARE_CLI_BIN) {
      const url = networkInfo.nodesByName[nodeName].wsUri;
      const out = execFileSync(process.env.LOANSHARE_CLI_BIN, ['--endpoint', url, '--institution', String(GAMMA), 'balance', '--json'], { encoding: 'utf8' });
      if (BigInt(JSON.parse(out).balance ?? -1) !== gammaAfter) {
        throw new Error(`loanshare balance says ${out.trim()}, chain says ${gammaAfter}`);
      }
      cli = 'ok';
    }

    const gap = (xs) => xs.slice(1).reduce((m, x, i) => Math.max(m, x.t - xs[i].t), 0) / 1000;
    const window = (xs) => xs.filter((x) => x.n >= approvedAt - 1);
    const result = {
      check: 'runtime-upgrade', specBefore: before, specAfter: after,
      approvedAt, appliedAt, inForceAt, blocksApprovalToNewSpec: inForceAt - approvedAt,
      longestBlockGapSeconds: gap(window(newHeads)), longestFinalityGapSeconds: gap(window(finalHeads)),
      transfersIncluded: sent.length, transfersRefused: failed.length, cli, freshApi: 'ok',
    };
    report(result);
    return after;
  } finally {
    stop = true;
    await traffic.catch(() => {});
    unsubNew();
    unsubFin();
    await api.disconnect();
  }
}

module.exports = { run };
