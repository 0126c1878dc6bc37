// Running the institution's `loanshare` client and `loanshare agent` in the end-to-end tests.
import { execFile, spawn } from 'node:child_process';
import { writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './node.js';

const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/loanshare/target');
/** Path of the client binary: $LOANSHARE_CLI_BIN or the shared cargo target directory. */
export const CLIENT = process.env.LOANSHARE_CLI_BIN ?? join(target, 'release/loanshare');

/** Writes a signing key file (mode 600) holding a secret URI. */
export function keyFile(dir, name, secret) {
  const path = join(dir, `${name}.key`);
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

/** Runs `loanshare args…` against `node`; resolves { code, out, stdout }. Never rejects. */
export function cli(node, args, { env = {}, timeout = 180_000 } = {}) {
  return new Promise((resolve) => {
    execFile(CLIENT, ['--endpoint', node.url, ...args], {
      env: { ...process.env, LOANSHARE_SURI: '', LOANSHARE_CONFIG: '/nonexistent', RUST_LOG: 'warn', ...env },
      timeout,
      maxBuffer: 64 << 20,
    }, (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, out: stdout + stderr, stdout }));
  });
}

/** As `cli`, parsing the JSON printed on stdout; throws with the output when it fails. */
export async function cliJson(node, args, opts) {
  const r = await cli(node, [...args, '--json'], opts);
  if (r.code !== 0) throw new Error(`loanshare ${args.join(' ')} failed (${r.code}):\n${r.out}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * Starts `loanshare agent` with `args` (database, keys…) and waits for /health.
 * Returns { url, proc, logs(), get(path, token), post(path, body, token, type), kill9(), stop() }.
 */
export async function startAgent(node, args, { port, env = {} } = {}) {
  const listen = port ?? await freePort();
  const proc = spawn(CLIENT, ['--endpoint', node.url, 'agent', '--listen', `127.0.0.1:${listen}`, ...args], {
    env: { ...process.env, LOANSHARE_CONFIG: '/nonexistent', RUST_LOG: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (c) => { output += c.toString(); if (output.length > 400_000) output = output.slice(-200_000); };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const url = `http://127.0.0.1:${listen}`;
  const call = async (method, path, { token, body, type } = {}) => {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (type) headers['content-type'] = type;
    const res = await fetch(url + path, { method, headers, body });
    const text = await res.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: res.status, json, text };
  };
  const agent = {
    url,
    port: listen,
    proc,
    logs: () => output,
    get: (path, token) => call('GET', path, { token }),
    post: (path, body, token, type = 'application/json') => call('POST', path, { token, body, type }),
    async kill9() { proc.kill('SIGKILL'); await exited; },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM');
        const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(t);
      }
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`agent exited (${proc.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/health`);
      if (r.status === 200) return agent;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) { await agent.stop(); throw new Error(`agent did not come up:\n${output}`); }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Polls `check` every `ms` until it returns a truthy value or `timeout` passes. */
export async function until(check, { timeout = 120_000, ms = 500, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, ms));
  }
}
