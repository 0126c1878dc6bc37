#!/usr/bin/env node
// Browser bundles of the SDK with esbuild (run `npm run build` first):
//   dist/loanshare-sdk.browser.js       everything (@polkadot/api included), ESM, minified
//   dist/loanshare-envelope.browser.js  the envelope alone (WebCrypto, no dependency), ESM, minified
// Prints their sizes (bytes, and gzipped at level 9), writes them to dist/bundle-size.json
// and, with --readme, into README.md between the bundle-size markers.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}

const bundles = [
  { entry: 'index.js', out: 'loanshare-sdk.browser.js', what: 'the whole SDK (with @polkadot/api)' },
  { entry: 'envelope.js', out: 'loanshare-envelope.browser.js', what: 'the envelope alone' },
];

const sizes = {};
for (const b of bundles) {
  const outfile = join(dist, b.out);
  await build({
    entryPoints: [join(dist, b.entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // The type augmentation's side-effect imports of @polkadot's type-only modules: nothing to bundle.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  const code = readFileSync(outfile);
  sizes[b.out] = { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, what: b.what };
}
writeFileSync(join(dist, 'bundle-size.json'), `${JSON.stringify(sizes, null, 2)}\n`);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = Object.entries(sizes).map(([file, s]) => `| \`dist/${file}\` | ${s.what} | ${s.bytes.toLocaleString('en-US')} B (${kib(s.bytes)}) | ${s.gzip.toLocaleString('en-US')} B (${kib(s.gzip)}) |`);
const table = ['| file | contents | minified | gzipped |', '| --- | --- | --- | --- |', ...rows].join('\n');
console.log(table);

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const re = /(<!-- bundle-size:start -->\n)[\s\S]*?(\n<!-- bundle-size:end -->)/;
  if (!re.test(text)) throw new Error('README.md has no bundle-size markers');
  writeFileSync(readme, text.replace(re, `$1${table}$2`));
  console.log('README.md updated');
}
