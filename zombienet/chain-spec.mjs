#!/usr/bin/env node
// `chain_spec_command` of the LoanShare zombienet networks.
//
// zombienet calls the command twice, replacing `{{chainName}}`:
//   1. node chain-spec.mjs <node-bin> <validators> local
//        -> stdout: the plain spec of our `local` preset (`export-chain-spec --chain local`),
//           adapted so that every validator of the network is a validating institution
//           (see below). zombienet then clears `session.keys` and writes one entry per
//           validator node itself, and writes the validators' keystores.
//   2. node chain-spec.mjs <node-bin> <validators> <customised-plain.json> --raw
//        -> stdout: `export-chain-spec --chain <customised-plain.json> --raw`.
//
// <validators> is a comma-separated list of the network's validator node names
// (alice,bob,...): zombienet derives each node's keys from `//<Name>`, the same
// well-known keys as the runtime presets.
//
// Why adapt the spec at all: zombienet rewrites pallet-session's genesis keys (one entry per
// validator node: account //Name//stash, aura = sr25519 //Name, grandpa = ed25519 //Name,
// the same convention as our presets), but the consortium pallet is the runtime's
// SessionManager: it hands over "validators of active institutions that have session keys"
// at each rotation, and only when that set changed. In the `local` preset only Alpha
// (validator //Alice//stash) and Beta (//Bob//stash) validate, so on a four-validator
// network the consortium would consider {Alice, Bob} the validators while pallet-session
// runs four: the first change of the consortium (admitting, suspending, ...) would hand over
// a set without Charlie and Dave. For each listed validator this script
// therefore makes its institution (the one //Name acts for) validate with //Name//stash,
// adding the institution (//Name acting, council seat) when the preset has none. Without a
// `consortium` section in the genesis the spec is passed through unchanged.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Our JS dependencies live in tests/node_modules (json-bigint comes with @zombienet/cli).
const require = createRequire(path.join(here, '..', 'tests', 'package.json'));
const JSONbig = require('json-bigint')({ useNativeBigInt: true });
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady, ed25519PairFromSeed } = require('@polkadot/util-crypto');

// Names and roles of institutions this script may have to add (as in the `dev` preset).
const KNOWN = {
  alice: ['Alpha Credit', ['Contributor', 'Participator', 'TokenIssuer']],
  bob: ['Beta Finance', ['Contributor', 'Participator']],
  charlie: ['Gamma Lending', ['Participator']],
  dave: ['Delta Data', ['DataServiceProvider', 'Participator']],
  eve: ['Epsilon Loans', ['Participator']],
  ferdie: ['Zeta Credit', ['Participator']],
};

const log = (...a) => console.error('[chain-spec]', ...a);

function exportSpec(bin, chain, raw) {
  const args = ['export-chain-spec', '--chain', chain];
  if (raw) args.push('--raw');
  const r = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    process.stderr.write(r.stderr || '');
    throw new Error(`${bin} ${args.join(' ')} exited with ${r.status}`);
  }
  return r.stdout;
}

const nameCase = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// An institution name as the existing entries encode it (bytes, hex or text).
function encodeName(name, like) {
  if (typeof like === 'string') {
    return like.startsWith('0x') ? '0x' + Buffer.from(name, 'utf8').toString('hex') : name;
  }
  return [...Buffer.from(name, 'utf8')];
}

// The raw libp2p peer id of a zombienet node: zombienet starts each node with
// `--node-key sha256(<name>)`, an ed25519 secret seed.
function peerIdOf(name) {
  const seed = createHash('sha256').update(name).digest();
  const { publicKey } = ed25519PairFromSeed(seed);
  return [0x00, 0x24, 0x08, 0x01, 0x12, 0x20, ...publicKey];
}

// The closed network: by default the network is open (the preset's registered nodes are
// dropped, since zombienet's nodes have other keys); `--nodes=a,b` registers those nodes'
// peer ids under the institution their `//Name` account acts for (so every other node,
// e.g. scenario 5's mallory, is refused until registered).
function registerNodes(patch, nodes, accountOf) {
  const institutions = patch.consortium?.institutions;
  if (!Array.isArray(institutions)) return;
  for (const i of institutions) i.nodes = [];
  for (const n of nodes) {
    const own = institutions.find((i) => (i.accounts || []).includes(accountOf(n)));
    if (!own) throw new Error(`--nodes: no institution acts through //${nameCase(n)}`);
    own.nodes.push(peerIdOf(n));
    log(`registered ${n}'s node for its institution`);
  }
}

function adapt(spec, validators, accountOf, stashOf) {
  const g = spec.genesis?.runtimeGenesis;
  const patch = g?.patch ?? g?.config;
  if (!patch) {
    log('no runtimeGenesis patch/config in the spec: passed through');
    return spec;
  }
  const institutions = patch.consortium?.institutions;
  if (!Array.isArray(institutions)) {
    log('no consortium.institutions in the genesis: validators come from session.keys alone');
    return spec;
  }
  for (const v of validators) {
    const account = accountOf(v); // acts for the institution
    const validator = stashOf(v); // runs its validator (session keys are registered for it)
    // { name, roles, accounts, validator } (pallet-consortium's GenesisInstitution)
    const own = institutions.find((i) => i.validator === validator || (i.accounts || []).includes(account));
    if (own) {
      if (own.validator !== validator) {
        if (own.validator) throw new Error(`${v}'s institution already has validator ${own.validator}`);
        own.validator = validator;
        log(`institution of ${v} now validates with ${validator}`);
      }
      continue;
    }
    const [name, roles] = KNOWN[v] ?? [`${nameCase(v)} Institution`, ['Participator']];
    institutions.push({ name: encodeName(name, institutions[0]?.name), roles, accounts: [account], validator });
    log(`added institution "${name}" (${account}) validating with ${validator}`);
    // (the consortium seats the new institution on the council at genesis)
  }
  return spec;
}

async function main() {
  const [bin, validatorList, chain, ...rest] = process.argv.slice(2);
  const nodesArg = rest.find((a) => a.startsWith('--nodes='));
  const nodes = nodesArg ? nodesArg.slice('--nodes='.length).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : [];
  if (!bin || !validatorList || !chain) {
    throw new Error('usage: chain-spec.mjs <node-bin> <validators,...> <chain|plain.json> [--raw]');
  }
  if (rest.includes('--raw')) {
    process.stdout.write(exportSpec(bin, chain, true));
    return;
  }
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const accountOf = (name) => keyring.createFromUri(`//${nameCase(name)}`).address;
  const stashOf = (name) => keyring.createFromUri(`//${nameCase(name)}//stash`).address;
  const validators = validatorList.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const spec = adapt(JSONbig.parse(exportSpec(bin, chain, false)), validators, accountOf, stashOf);
  const g = spec.genesis?.runtimeGenesis;
  const patch = g?.patch ?? g?.config;
  if (patch) registerNodes(patch, nodes, accountOf);
  process.stdout.write(JSONbig.stringify(spec, null, 2));
}

main().catch((e) => {
  log(e.message || e);
  process.exit(1);
});
