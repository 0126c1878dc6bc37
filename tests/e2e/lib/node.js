// Starting and stopping real loanshare-node processes for the end-to-end tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';

/** Path of the node binary: $LOANSHARE_NODE_BIN or the shared cargo target directory. */
export function nodeBinary() {
  if (process.env.LOANSHARE_NODE_BIN) return process.env.LOANSHARE_NODE_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/loanshare/target');
  return join(target, 'release/loanshare-node');
}

/** A free TCP port on localhost. */
export function freePort() {
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

/**
 * Start a node. `args` are extra CLI arguments (default: a --dev chain), `binary`
 * the executable (default: `nodeBinary()`).
 * Returns { rpcPort, url, proc, logs(), stop() }.
 */
export async function startNode({ args = ['--dev'], name = 'node', basePath, binary = nodeBinary() } = {}) {
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const ownBase = basePath ?? mkdtempSync(join(tmpdir(), `loanshare-${name}-`));
  const fullArgs = [
    ...args,
    '--base-path', ownBase,
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    '--no-prometheus',
    '--no-telemetry',
    '--no-mdns',
    '--rpc-cors', 'all',
  ];
  const proc = spawn(binary, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // A binary that cannot be started (missing, being replaced) is reported by waitForRpc.
  let spawnError = null;
  proc.on('error', (err) => { spawnError = err; });
  const keep = (chunk) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const url = `ws://127.0.0.1:${rpcPort}`;
  const node = {
    rpcPort,
    p2pPort,
    url,
    proc,
    basePath: ownBase,
    logs: () => output,
    spawnError: () => spawnError,
    async stop({ keepData = false } = {}) {
      if (proc.exitCode === null && !spawnError) {
        proc.kill('SIGINT');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (!keepData && !basePath) rmSync(ownBase, { recursive: true, force: true });
    },
  };
  try {
    await waitForRpc(node, 60_000);
  } catch (err) {
    await node.stop();
    throw err;
  }
  return node;
}

async function waitForRpc(node, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (node.spawnError()) throw new Error(`cannot start ${node.proc.spawnfile}: ${node.spawnError().message}`);
    if (node.proc.exitCode !== null) {
      throw new Error(`node exited with ${node.proc.exitCode}:\n${node.logs().slice(-4000)}`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${node.rpcPort}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`node RPC did not come up in ${timeoutMs} ms:\n${node.logs().slice(-4000)}`);
}

/** A raw JSON-RPC call over HTTP. Rejects with the RPC error object on error. */
export async function rpc(node, method, params = []) {
  const res = await fetch(`http://127.0.0.1:${node.rpcPort}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
  });
  const body = await res.json();
  if (body.error) {
    const err = new Error(`${method}: ${body.error.message}`);
    err.rpc = body.error;
    throw err;
  }
  return body.result;
}

/** An @polkadot/api connection to the node. */
export async function connect(node) {
  return ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true, throwOnConnect: true });
}

/** Poll `fn` until it returns a truthy value or the timeout expires. */
export async function waitFor(what, fn, timeoutMs = 60_000, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}
