// The published type declarations (dist/*.d.ts) type an integrator's code after the chain:
// test/types/usage.ts compiles with tsc, `@ts-expect-error` lines included (no node needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

test('TypeScript sees the chain\'s calls, storage, constants, events, errors, RPCs and runtime APIs', async () => {
  const project = fileURLToPath(new URL('./types/tsconfig.json', import.meta.url));
  const { code, out } = await new Promise((resolve) => {
    execFile(process.execPath, [tsc, '-p', project], { timeout: 300_000 }, (err, stdout, stderr) => resolve({ code: err ? err.code ?? 1 : 0, out: stdout + stderr }));
  });
  assert.equal(code, 0, out);
});

test('the generated files are what `npm run typegen` makes of metadata.json', async () => {
  const script = fileURLToPath(new URL('../scripts/typegen.mjs', import.meta.url));
  const { code, out } = await new Promise((resolve) => {
    execFile(process.execPath, [script, '--check'], { timeout: 300_000 }, (err, stdout, stderr) => resolve({ code: err ? err.code ?? 1 : 0, out: stdout + stderr }));
  });
  assert.equal(code, 0, out);
});
