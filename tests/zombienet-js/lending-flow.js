// Scenario 2 (SKELETON, NOT YET ENABLED in scripts/zombienet.sh): the full lending flow
// across the nodes of two-institutions.toml.
//
//   Alpha Credit  = alice's node, account //Alice (institution 1, Contributor + TokenIssuer)
//   Beta Finance  = bob's node,   account //Bob   (institution 2, Participator)
//   Gamma Lending = charlie's full node: only watches
//
// Steps (each submitted through the node of the institution that acts):
//   1. Alpha and Beta register an RSA-2048 public key (keyExchange.registerKey, SPKI DER);
//   2. Alpha, as TokenIssuer, recharges Beta with tokens (token.recharge);
//   3. Alpha publishes a plan (loanShare.publish) whose envelope seals the borrower data to
//      Alpha's key                                              <- needs sealEnvelope()
//   4. Beta confirms a share (loanShare.confirm) on bob's node: PlanConfirmed,
//      HandoffRequested, the fee is escrowed (FeeHeld);
//   5. Alpha's node's offchain worker re-wraps the data key to Beta's key and submits
//      keyExchange.deliver: HandoffDelivered, FeeReleased    <- needs alice started with
//      --rsa-key-file <Alpha's PEM> --institution-id 1 (node args in the network toml);
//   6. Beta unwraps the delivered key with its private key and opens the envelope; the
//      commitment matches; charlie's node shows the same handoff in the same finalised block.
//
// Before enabling: the pallets in the runtime, sealEnvelope()/openEnvelope() in the
// format of crates/envelope, and the node args of step 5 (e.g. a lending.toml network).
const crypto = require('node:crypto');
const { connect, until, report } = require('./lib');
const { account, submit, event } = require('./tx');

const ALPHA = 1;
const BETA = 2;

function rsaKeyPair() {
  return crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

// TODO(scenario 2): the envelope of crates/envelope (AES-256-GCM of the borrower fields +
// salt, SHA-256 commitment with COMMITMENT_TAG, data key RSA-OAEP-wrapped to `keyId`).
function sealEnvelope(/* borrower, alphaPublicKeyDer, keyId */) {
  throw new Error('sealEnvelope: not written yet (scenario 2 is not enabled)');
}
function openEnvelope(/* envelope, rewrappedKey, betaPrivateKeyPem */) {
  throw new Error('openEnvelope: not written yet (scenario 2 is not enabled)');
}

async function run(_nodeName, networkInfo) {
  const alphaApi = await connect(networkInfo, 'alice');
  const betaApi = await connect(networkInfo, 'bob');
  const watchApi = await connect(networkInfo, 'charlie');
  try {
    for (const p of ['keyExchange', 'token', 'loanShare']) {
      if (!alphaApi.tx[p]) throw new Error(`the runtime has no ${p} pallet: scenario 2 cannot run yet`);
    }
    const alice = await account('alice');
    const bob = await account('bob');
    const alphaKey = rsaKeyPair();
    const betaKey = rsaKeyPair();

    // 1. keys
    const regA = await submit(alphaApi, alphaApi.tx.keyExchange.registerKey(alphaKey.publicKey), alice);
    const alphaKeyId = event(regA.events, 'keyExchange', 'KeyRegistered').data[1].toNumber();
    await submit(betaApi, betaApi.tx.keyExchange.registerKey(betaKey.publicKey), bob);

    // 2. tokens for Beta
    await submit(alphaApi, alphaApi.tx.token.recharge(BETA, 1_000_000, `zombienet-${Date.now()}`), alice);

    // 3. the plan
    const now = (await alphaApi.query.timestamp.now()).toNumber();
    const borrower = { name: 'Zhang San', idNumber: '110101199003074518', mobile: '13800000000' };
    const envelope = sealEnvelope(borrower, alphaKey.publicKey, alphaKeyId);
    const input = {
      externalRef: `zn-${now}`,
      loanType: 'Cash',
      amount: 10_000_000,
      car: null,
      risk: { score: 720, approvedLimit: 10_000_000, suggestedShareLimit: 5_000_000 },
      links: [],
      conditions: {
        sharedLimit: 5_000_000,
        minRateBp: 1200,
        maxRateBp: 1800,
        tokenRate: 10,
        maxParticipants: 3,
        start: now,
        end: now + 3_600_000,
      },
      envelope,
    };
    const pub = await submit(alphaApi, alphaApi.tx.loanShare.publish(input), alice);
    const plan = event(pub.events, 'loanShare', 'PlanPublished').data[0];

    // 4. Beta confirms on its own node
    const conf = await submit(betaApi, betaApi.tx.loanShare.confirm(plan, 1_000_000, 1500), bob);
    event(conf.events, 'loanShare', 'PlanConfirmed');

    // 5. Alpha's offchain worker delivers; 6. everyone sees it, Beta opens the data
    const t0 = Date.now();
    const handoff = await until(async () => {
      const h = await watchApi.query.keyExchange.handoffs(plan, BETA);
      return h.isSome && h.unwrap().status.isDelivered ? h.unwrap() : null;
    }, 3000);
    const data = openEnvelope(envelope, handoff.deliveredKey.unwrap(), betaKey.privateKey);
    if (data.idNumber !== borrower.idNumber) throw new Error('Beta opened different borrower data');
    report({ check: 'lending-flow', plan: plan.toString(), deliverySeconds: (Date.now() - t0) / 1000, alpha: ALPHA });
    return 1;
  } finally {
    await Promise.all([alphaApi, betaApi, watchApi].map((a) => a.disconnect()));
  }
}

module.exports = { run };
