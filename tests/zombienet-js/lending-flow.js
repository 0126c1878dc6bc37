// Scenario 2: the whole lending flow across the nodes of two-institutions.toml, each
// institution acting through its own node:
//
//   Alpha Credit  = alice's node, account //Alice (institution 1: Contributor, TokenIssuer).
//                   Its agent (`loanshare agent`, $LOANSHARE_CLI_BIN), started by this script
//                   against alice's RPC with //Alice's key file and Alpha's RSA key directory,
//                   delivers Alpha's handoffs. The node itself holds no RSA key.
//   Beta Finance  = bob's node, account //Bob (institution 2: Participator).
//   Gamma Lending = charlie's full node: only watches.
//
//   1. Alpha (alice) and Beta (bob) register their RSA public keys;
//   2. Alpha recharges Beta with consortium tokens;
//   3. Alpha publishes a plan whose envelope seals the borrower's fields to Alpha's key
//      (tests/e2e/lib: the reference JS envelope);
//   4. Beta confirms 80,000 RMB on its own node: the 8.00 TOKEN fee goes into escrow;
//   5. Alpha's agent re-wraps the data key to Beta's key and delivers it; the full node sees
//      the handoff delivered with the fee still held;
//   6. Beta opens the borrower data with its private key and accepts on its own node; the full
//      node sees the fee reach Alpha, and all three nodes hold the same accepted handoff in
//      their finalised state.
// Returns the seconds from Beta's confirmation to the delivery seen on the full node.
//   alice: js-script ../tests/zombienet-js/lending-flow.js within 300 seconds
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { u8aToHex } = require('@polkadot/util');
const { connect, until, report } = require('./lib');
const { account, submit, event } = require('./tx');

const ALPHA = 1;
const BETA = 2;
const BORROWER = {
  name: '张三 Zhang San',
  id_number: '110101199003074519',
  mobile: '13800138000',
  licence_plate: null,
  engine_number: null,
};

const tokenBalance = async (api, id) => BigInt((await api.query.token.balances(id)).toString());

/** Alpha's agent against alice's node: //Alice's key file, Alpha's RSA key directory, a throwaway mirror. */
async function startAlphaAgent(networkInfo, alphaPrivatePem) {
  // The e2e suite's helpers are ES modules.
  const { keyFile, startAgent, CLIENT } = await import('../e2e/lib/client.js');
  if (!fs.existsSync(CLIENT)) throw new Error(`no loanshare client at ${CLIENT} (LOANSHARE_CLI_BIN; scripts/build.sh builds it)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loanshare-zn-alpha-'));
  fs.mkdirSync(path.join(dir, 'rsa'), { mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'rsa', 'rsa.pem'), alphaPrivatePem, { mode: 0o600 });
  const agent = await startAgent({ url: networkInfo.nodesByName.alice.wsUri }, [
    '--key-file', keyFile(dir, 'alpha', '//Alice'), '--rsa-key-dir', path.join(dir, 'rsa'),
    '--database', `sqlite://${path.join(dir, 'mirror.db')}?mode=rwc`,
  ]);
  return {
    logs: agent.logs,
    async stop() {
      await agent.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function run(_nodeName, networkInfo) {
  // The e2e suite's helpers are ES modules.
  const { generateKeyPair, open } = await import('../e2e/lib/envelope.js');
  const { planInput, envelopeContext } = await import('../e2e/lib/plans.js');

  const alpha = await generateKeyPair();
  const alphaPublicDer = alpha.publicDer;
  const beta = await generateKeyPair();

  const alphaApi = await connect(networkInfo, 'alice');
  const betaApi = await connect(networkInfo, 'bob');
  const watchApi = await connect(networkInfo, 'charlie');
  let agent;
  try {
    for (const p of ['consortium', 'token', 'loanShare', 'keyExchange']) {
      if (!alphaApi.tx[p]) throw new Error(`the runtime has no ${p} pallet`);
    }
    const alice = await account('alice');
    const bob = await account('bob');
    const externalRef = `ZN-${Date.now()}`;

    // 1. keys, each through the institution's own node
    await submit(alphaApi, alphaApi.tx.keyExchange.registerKey(u8aToHex(alphaPublicDer)), alice, 'Alpha registerKey');
    await submit(betaApi, betaApi.tx.keyExchange.registerKey(u8aToHex(beta.publicDer)), bob, 'Beta registerKey');

    // 2. tokens for Beta
    await submit(alphaApi, alphaApi.tx.token.recharge(BETA, 100_000, `${externalRef}-PAY`), alice, 'recharge');
    // Beta's node must see the recharge before Beta confirms.
    await until(async () => (await tokenBalance(betaApi, BETA)) >= 100_000n);

    // Alpha's agent runs from here on. It signs (with //Alice) only once Beta has confirmed,
    // after Alpha's last transaction of the flow (the plan), so their nonces never race.
    agent = await startAlphaAgent(networkInfo, alpha.privatePem);

    // 3. the plan, published on Alpha's node
    const input = await planInput(alphaApi, {
      contributor: ALPHA,
      contributorPublicDer: alphaPublicDer,
      externalRef,
      borrower: BORROWER,
    });
    const published = await submit(alphaApi, alphaApi.tx.loanShare.publish(input), alice, 'publish');
    const planId = event(published.events, 'loanShare', 'PlanPublished').data[0].toNumber();

    // 4. Beta confirms on its node, once it has the plan
    await until(async () => (await betaApi.query.loanShare.plans(planId)).isSome);
    const alphaBefore = await tokenBalance(watchApi, ALPHA);
    const betaBefore = await tokenBalance(betaApi, BETA);
    const t0 = Date.now();
    const confirmed = await submit(betaApi, betaApi.tx.loanShare.confirm(planId, 8_000_000, 1900), bob, 'confirm');
    event(confirmed.events, 'loanShare', 'PlanConfirmed');
    event(confirmed.events, 'keyExchange', 'HandoffRequested');
    const fee = betaBefore - (await tokenBalance(betaApi, BETA));
    if (fee !== 800n) throw new Error(`Beta paid ${fee} units, expected 800 (8.00 TOKEN)`);

    // 5. Alpha's agent delivers; the full node sees it, with the fee still in escrow
    const handoff = await until(async () => {
      const h = await watchApi.query.keyExchange.handoffs(planId, BETA);
      return h.isSome && h.unwrap().status.isDelivered ? h.unwrap() : null;
    });
    const deliverySeconds = (Date.now() - t0) / 1000;
    if ((await watchApi.query.token.escrows(handoff.escrow)).isNone) throw new Error('the fee left escrow on delivery');
    if ((await tokenBalance(watchApi, ALPHA)) !== alphaBefore) throw new Error('Alpha was paid before Beta accepted');

    // 6. Beta opens the data, read from the full node's state, then accepts on its own node
    const plan = (await watchApi.query.loanShare.plans(planId)).unwrap();
    const opened = await open(beta.privatePem, handoff.deliveredKey, plan.input.envelope, envelopeContext(watchApi, ALPHA, externalRef));
    if (JSON.stringify(opened) !== JSON.stringify(BORROWER)) {
      throw new Error(`Beta opened ${JSON.stringify(opened)}`);
    }
    const accepted = await submit(betaApi, betaApi.tx.keyExchange.accept(planId), bob, 'accept');
    event(accepted.events, 'keyExchange', 'HandoffAccepted');
    await until(async () => (await tokenBalance(watchApi, ALPHA)) === alphaBefore + fee);
    // The same accepted handoff is finalised on every node.
    await until(async () => {
      const views = await Promise.all([alphaApi, betaApi, watchApi].map(async (api) => {
        const fin = await api.rpc.chain.getFinalizedHead();
        const h = await api.query.keyExchange.handoffs.at(fin, planId, BETA);
        return h.isSome && h.unwrap().status.isAccepted ? h.toHex() : null;
      }));
      return views.every((v) => v && v === views[0]);
    });
    report({ check: 'lending-flow', plan: planId, confirmToDeliverySeconds: deliverySeconds });
    return Math.round(deliverySeconds);
  } catch (err) {
    if (agent) console.error(`[loanshare] Alpha's agent log:\n${agent.logs().slice(-4000)}`);
    throw err;
  } finally {
    await agent?.stop();
    await Promise.all([alphaApi, betaApi, watchApi].map((a) => a.disconnect()));
  }
}

module.exports = { run };
