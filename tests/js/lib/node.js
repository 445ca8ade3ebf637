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

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
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
