// Starting and stopping real gintonic-node processes on free loopback ports, for the tests.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, openSync, readFileSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';

/** The node binary: $GINTONIC_NODE, or the debug build in the target folder. */
export function nodeBinary() {
  if (process.env.GINTONIC_NODE) return process.env.GINTONIC_NODE;
  const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/gintonic/target');
  return join(target, 'debug/gintonic-node');
}

// Ports are drawn below Linux's ephemeral range (32768-60999): the nodes' own outgoing
// connections take ports from that range, so a port picked there and released could be taken
// by one of them before the node that was given it binds it. Ports handed out by this process
// are never handed out twice.
const PORT_RANGE = { low: 20_000, high: 32_000 };
const portsHandedOut = new Set();

function canBind(port, host) {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', (error) => resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT'));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A TCP port outside the ephemeral range, free a moment ago on 127.0.0.1 and ::1. */
export async function freePort() {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const port = PORT_RANGE.low + Math.floor(Math.random() * (PORT_RANGE.high - PORT_RANGE.low));
    if (portsHandedOut.has(port)) continue;
    // A host without IPv6 answers EADDRNOTAVAIL for ::1, which counts as free.
    if ((await canBind(port, '127.0.0.1')) && (await canBind(port, '::1'))) {
      portsHandedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE.low}-${PORT_RANGE.high}`);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the node binary to completion and returns its standard output. */
export function runNode(args) {
  return execFileSync(nodeBinary(), args, {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024,
  });
}

/**
 * A running node. `args` are added to the loopback-only defaults; `basePath` is kept between
 * restarts (a temporary folder unless given). The log goes to `<basePath>.log`.
 */
export class Node {
  constructor({ name, args = [], basePath }) {
    this.name = name;
    this.args = args;
    this.ownsBasePath = !basePath;
    this.basePath = basePath ?? mkdtempSync(join(tmpdir(), `gintonic-${name}-`));
    this.process = null;
  }

  async start() {
    this.rpcPort ??= await freePort();
    this.p2pPort ??= await freePort();
    const log = openSync(`${this.basePath}.log`, 'a');
    this.process = spawn(
      nodeBinary(),
      [
        '--base-path', this.basePath,
        '--rpc-port', String(this.rpcPort),
        '--listen-addr', `/ip4/127.0.0.1/tcp/${this.p2pPort}`,
        '--no-prometheus', '--no-telemetry', '--no-mdns',
        '--rpc-cors', 'all',
        ...this.args,
      ],
      { stdio: ['ignore', log, log] },
    );
    this.exited = new Promise((resolve) => this.process.once('exit', resolve));
    await this.waitForRpc();
    return this;
  }

  get wsUrl() {
    return `ws://127.0.0.1:${this.rpcPort}`;
  }

  /** Polls the RPC port until the node answers `system_health`, or throws after 120 s. */
  async waitForRpc() {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) {
        throw new Error(`${this.name} exited with ${this.process.exitCode}:\n${this.logTail()}`);
      }
      this.adoptLoggedRpcPort();
      try {
        const response = await fetch(`http://127.0.0.1:${this.rpcPort}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: [] }),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${this.name} did not open its RPC port in time:\n${this.logTail()}`);
  }

  /**
   * The node binds a random port when the one it was given is taken (polkadot-sdk's RPC
   * fallback) and logs the one it bound: follow it, so a port taken in the meantime by
   * another process does not leave the test polling a stranger.
   */
  adoptLoggedRpcPort() {
    let log;
    try {
      log = readFileSync(`${this.basePath}.log`, 'utf8');
    } catch {
      return;
    }
    const bound = [...log.matchAll(/Running JSON-RPC server: addr=127\.0\.0\.1:(\d+)/g)].at(-1);
    if (bound) this.rpcPort = Number(bound[1]);
  }

  /** The end of the node's log, for error messages. */
  logTail(chars = 2000) {
    try {
      return readFileSync(`${this.basePath}.log`, 'utf8').slice(-chars);
    } catch {
      return '(no log)';
    }
  }

  /** A connected ApiPromise. */
  async api() {
    return ApiPromise.create({ provider: new WsProvider(this.wsUrl), noInitWarn: true });
  }

  /** Stops the process (SIGTERM, then SIGKILL after 10 s); the base path stays. */
  async stop() {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode) return;
    this.process.kill('SIGTERM');
    const killed = await Promise.race([this.exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!killed) {
      this.process.kill('SIGKILL');
      await this.exited;
    }
  }

  /** Stops the process and removes a temporary base path. */
  async destroy() {
    await this.stop();
    if (this.ownsBasePath) rmSync(this.basePath, { recursive: true, force: true });
  }
}

/** Raw JSON-RPC over HTTP: resolves to `{ result }` or `{ error }`, as the node sent them. */
export async function rpc(node, method, params = []) {
  const response = await fetch(`http://127.0.0.1:${node.rpcPort}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return response.json();
}
