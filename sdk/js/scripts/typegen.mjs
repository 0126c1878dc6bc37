#!/usr/bin/env node
// Regenerates the SDK's type augmentation (src/interfaces/augment-*.ts, lookup.ts,
// types-lookup.ts, registry.ts) from the chain's metadata with @polkadot/typegen.
//
//   npm run typegen                                  # from the committed metadata.json
//   npm run typegen -- --endpoint ws://127.0.0.1:9944 # fetch metadata.json from a node first
//   npm run typegen -- --check                       # fail if the committed files are not what metadata.json gives
//
// metadata.json holds the answer of `state_call Metadata_metadata_at_version(v)` for the
// newest version both the node and @polkadot/types know (what @polkadot/api itself uses), so
// the runtime APIs are typed too. The chain's own RPC methods come from
// src/interfaces/loanShare/definitions.ts.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { TypeRegistry } from '@polkadot/types';
import { KNOWN_VERSIONS } from '@polkadot/types/metadata/versions';
import {
  generateDefaultConsts, generateDefaultErrors, generateDefaultEvents, generateDefaultLookup, generateDefaultQuery,
  generateDefaultRpc, generateDefaultRuntime, generateDefaultTx,
} from '@polkadot/typegen/generate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = '@loanshare/sdk/interfaces';
const GENERATED = [
  'augment-api-consts.ts', 'augment-api-errors.ts', 'augment-api-events.ts', 'augment-api-query.ts', 'augment-api-rpc.ts',
  'augment-api-runtime.ts', 'augment-api-tx.ts', 'augment-api.ts', 'lookup.ts', 'types-lookup.ts', 'registry.ts',
];

function args() {
  const out = { endpoint: undefined, metadata: join(root, 'metadata.json'), check: false };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--endpoint') out.endpoint = argv[++i];
    else if (a.startsWith('--endpoint=')) out.endpoint = a.slice(11);
    else if (a === '--metadata') out.metadata = argv[++i];
    else if (a === '--check') out.check = true;
    else throw new Error(`unknown argument ${a} (use --endpoint URL, --metadata FILE, --check)`);
  }
  return out;
}

/** A JSON-RPC call over HTTP (a node serves HTTP and WebSocket on its RPC port). */
async function call(endpoint, method, params = []) {
  const url = endpoint.replace(/^ws(s?):\/\//, 'http$1://');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

async function fetchMetadata(endpoint, file) {
  const registry = new TypeRegistry();
  const versions = registry.createType('Vec<u32>', await call(endpoint, 'state_call', ['Metadata_metadata_versions', '0x'])).map((v) => v.toNumber());
  const version = Math.max(...versions.filter((v) => KNOWN_VERSIONS.includes(v)));
  const result = await call(endpoint, 'state_call', ['Metadata_metadata_at_version', registry.createType('u32', version).toHex(true)]);
  const rv = await call(endpoint, 'state_getRuntimeVersion');
  const saved = {
    description: 'state_call Metadata_metadata_at_version of a LoanShare dev node (npm run typegen -- --endpoint URL); `result` is what @polkadot/typegen reads',
    specName: rv.specName,
    specVersion: rv.specVersion,
    transactionVersion: rv.transactionVersion,
    metadataVersion: version,
    result,
  };
  writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  console.log(`metadata v${version} of ${rv.specName} ${rv.specVersion} saved to ${relative(process.cwd(), file)}`);
}

/** Imports a TypeScript module that has no runtime imports of its own (definitions, lookup). */
async function importTs(file, scratch) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const out = join(scratch, `${relative(root, file).replace(/[\\/]/g, '_')}.mjs`);
  writeFileSync(out, outputText);
  return import(pathToFileURL(out).href);
}

/**
 * typegen names the runtime's call enum by its path (`LoanshareRuntimeRuntimeCall`) in the
 * runtime APIs that take a call, and aliases only the relay chains' to `RuntimeCall`; the
 * lookup itself registers it as `Call`. Use `RuntimeCall` (= `Call`) as for those chains.
 */
function fixRuntimeCall(file) {
  let text = readFileSync(file, 'utf8');
  if (!/\b\w+RuntimeRuntimeCall\b/.test(text)) return;
  text = text.replace(/\b\w+RuntimeRuntimeCall\b/g, 'RuntimeCall');
  const line = /^import type \{ ([^}]*) \} from '@polkadot\/types\/interfaces\/runtime';$/m;
  if (line.test(text)) {
    text = text.replace(line, (_, names) => `import type { ${[...new Set([...names.split(', '), 'RuntimeCall'])].sort().join(', ')} } from '@polkadot/types/interfaces/runtime';`);
  } else {
    text = text.replace(/^(import type \{[^}]*\} from '@polkadot\/types\/lookup';)$/m, "import type { RuntimeCall } from '@polkadot/types/interfaces/runtime';\n$1");
  }
  writeFileSync(file, text);
}

function generate(metaHex, outDir, definitions, scratch) {
  generateDefaultLookup(outDir, metaHex);
  return importTs(join(outDir, 'lookup.ts'), scratch).then(({ default: lookup }) => {
    const extraTypes = { [PKG]: definitions };
    const custom = { rpc: {}, types: lookup };
    generateDefaultConsts(join(outDir, 'augment-api-consts.ts'), metaHex, extraTypes, false, custom);
    generateDefaultErrors(join(outDir, 'augment-api-errors.ts'), metaHex, extraTypes, false);
    generateDefaultEvents(join(outDir, 'augment-api-events.ts'), metaHex, extraTypes, false, custom);
    generateDefaultQuery(join(outDir, 'augment-api-query.ts'), metaHex, extraTypes, false, custom);
    // The RPC results are the runtime's types: import them from the lookup augmentation.
    generateDefaultRpc(join(outDir, 'augment-api-rpc.ts'), { ...extraTypes, '@polkadot/types': { lookup: { types: lookup } } });
    generateDefaultRuntime(join(outDir, 'augment-api-runtime.ts'), metaHex, extraTypes, false, custom);
    generateDefaultTx(join(outDir, 'augment-api-tx.ts'), metaHex, extraTypes, false, custom);
    fixRuntimeCall(join(outDir, 'augment-api-runtime.ts'));
    writeFileSync(join(outDir, 'augment-api.ts'), [
      '// Auto-generated via `npm run typegen` (scripts/typegen.mjs), do not edit',
      '/* eslint-disable */',
      '',
      ...['consts', 'errors', 'events', 'query', 'tx', 'rpc', 'runtime'].map((k) => `import './augment-api-${k}.js';`),
      '',
    ].join('\n'));
  });
}

async function main() {
  const opts = args();
  if (opts.endpoint) await fetchMetadata(opts.endpoint, opts.metadata);
  const saved = JSON.parse(readFileSync(opts.metadata, 'utf8'));
  const metaHex = saved.result;
  if (!/^0x[0-9a-f]+$/i.test(metaHex ?? '')) throw new Error(`${opts.metadata}: no metadata hex in "result"`);
  const interfaces = join(root, 'src', 'interfaces');
  const scratch = mkdtempSync(join(tmpdir(), 'loanshare-typegen-'));
  const log = console.log;
  try {
    // The chain's own definitions: one folder per module (src/interfaces/<module>/definitions.ts).
    const modules = readdirSync(interfaces, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(interfaces, d.name, 'definitions.ts')));
    const definitions = Object.fromEntries(await Promise.all(modules.map(async (d) => [d.name, (await importTs(join(interfaces, d.name, 'definitions.ts'), scratch)).default])));
    const outDir = opts.check ? mkdtempSync(join(tmpdir(), 'loanshare-typegen-check-')) : interfaces;
    // The lookup generator writes an index.ts of its own; the SDK's is hand-written.
    const index = join(interfaces, 'index.ts');
    const ownIndex = readFileSync(index, 'utf8');
    const warn = console.warn;
    console.log = () => undefined; // typegen reports every file it writes
    // Its scratch registries know nothing of the chain's transaction extension.
    console.warn = (...a) => { if (!String(a.join(' ')).includes('Unknown signed extensions')) warn(...a); };
    try {
      await generate(metaHex, outDir, definitions, scratch);
    } finally {
      console.log = log;
      console.warn = warn;
      writeFileSync(index, ownIndex);
    }
    if (opts.check) {
      const stale = GENERATED.filter((f) => readFileSync(join(outDir, f), 'utf8') !== readFileSync(join(interfaces, f), 'utf8'));
      rmSync(outDir, { recursive: true, force: true });
      if (stale.length) {
        console.error(`stale generated types (run npm run typegen): ${stale.join(', ')}`);
        process.exit(1);
      }
      console.log(`the generated types match ${relative(process.cwd(), opts.metadata)} (spec ${saved.specName} ${saved.specVersion})`);
    } else {
      console.log(`generated ${GENERATED.length} files in ${relative(process.cwd(), interfaces)} from ${saved.specName} ${saved.specVersion} (metadata v${saved.metadataVersion})`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
