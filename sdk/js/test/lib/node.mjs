// A throwaway `loanshare-node --dev` for the SDK's tests (the minimal logic of
// tests/e2e/lib/node.js): free ports, a temporary base path, wait for RPC, stop.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** $LOANSHARE_NODE_BIN, or the release build in the shared cargo target directory. */
export function nodeBinary() {
  if (process.env.LOANSHARE_NODE_BIN) return process.env.LOANSHARE_NODE_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME ?? '', '.cache/loanshare/target');
  return join(target, 'release/loanshare-node');
}

/** Whether a node binary is there to test against. */
export const haveNode = () => existsSync(nodeBinary());

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `loanshare-node --dev`; resolves with { url, httpUrl, logs(), stop() } once its RPC answers. */
export async function startDevNode() {
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const base = mkdtempSync(join(tmpdir(), 'loanshare-sdk-'));
  const proc = spawn(nodeBinary(), ['--dev', '--base-path', base, '--rpc-port', String(rpcPort), '--port', String(p2pPort),
    '--no-prometheus', '--no-telemetry', '--no-mdns', '--rpc-cors', 'all'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-100_000); };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let spawnError;
  proc.on('error', (e) => { spawnError = e; });
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const node = {
    url: `ws://127.0.0.1:${rpcPort}`,
    httpUrl: `http://127.0.0.1:${rpcPort}`,
    logs: () => output,
    async stop() {
      if (proc.exitCode === null && !spawnError) {
        proc.kill('SIGINT');
        const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(t);
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
  for (const deadline = Date.now() + 60_000; ;) {
    if (spawnError) { await node.stop(); throw spawnError; }
    if (proc.exitCode !== null) { await node.stop(); throw new Error(`node exited with ${proc.exitCode}:\n${output.slice(-4000)}`); }
    try {
      const res = await fetch(node.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] }) });
      if (res.ok) return node;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { await node.stop(); throw new Error(`node RPC did not come up:\n${output.slice(-4000)}`); }
    await new Promise((r) => setTimeout(r, 250));
  }
}
