#!/usr/bin/env node
// Benchmark of the OpenAI-compatible API on a dev miner serving the tiny Mixtral, against the
// engine called directly in the same run and build (`gintonic-engine generate --json`):
//
// 1. one stream at a time: time to first token and decode tokens/s through the API (HTTP,
//    auth with its chain reads, scheduler, sealing and queueing the record) beside the
//    engine's own figures for the same conversation and parameters;
// 2. requests per second and p50/p99 latency with 1, 8 and 32 concurrent clients (each sends
//    its next request when its last one is answered), plain answers, on loopback.
//
//   node tests/js/tools/bench-api.js [--runs 5] [--max-tokens 32] [--requests 64]
//
// Prints one JSON line per measurement.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Node, freePort, nodeBinary, rpc, runNode, sleep } from '../lib/node.js';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'max-tokens': { type: 'string', default: '32' },
    requests: { type: 'string', default: '64' },
  },
});
const runs = Number(options.runs);
const maxTokens = Number(options['max-tokens']);
const requests = Number(options.requests);
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../offchain-worker/engine/tests/fixtures/tiny-mixtral');
const ENGINE = join(dirname(nodeBinary()), 'gintonic-engine');
const messages = [{ role: 'system', content: 'Answer briefly.' }, { role: 'user', content: 'What is a GPU?' }];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const round = (x, digits = 2) => Number(x.toFixed(digits));

const port = await freePort();
const node = await new Node({
  name: 'bench-api',
  args: ['--dev', '--miner', '--model', FIXTURE, '--max-batch', '32', '--api-port', String(port), '--api-max-in-flight', '64'],
}).start();
const api = `http://127.0.0.1:${port}`;
try {
  // Calls are admitted from the first block on (the genesis state cannot check a permit).
  while ((await rpc(node, 'chain_getHeader')).result?.number === '0x0') await sleep(500);
  const key = runNode(['api-key', '--suri', '//Charlie', '--url', node.wsUrl, '--allowance', String(10n ** 18n)]).trim().split('\n').at(-1);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  const body = (stream, tokens) => JSON.stringify({ model: 'tiny-mixtral', messages, temperature: 0, max_tokens: tokens, stream });

  // 1. One stream at a time, through the API.
  const viaApi = [];
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    const response = await fetch(`${api}/v1/chat/completions`, { method: 'POST', headers, body: body(true, maxTokens) });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let first = null;
    let last = started;
    let pieces = 0;
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (const event of buffer.split('\n\n').slice(0, -1)) {
        const data = event.replace(/^data: /, '');
        if (data === '[DONE]') continue;
        if (JSON.parse(data).choices?.[0]?.delta?.content) {
          first ??= performance.now();
          last = performance.now();
          pieces += 1;
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
    // The first run warms the caches of both; it is not counted.
    if (run > 0) viaApi.push({ ttftMs: first - started, decodeTokensPerS: (pieces - 1) / ((last - first) / 1000) });
  }
  // The same conversation, parameters and build, the engine called directly.
  const direct = [];
  for (let run = 0; run < runs; run++) {
    const out = execFileSync(ENGINE, [
      'generate', '--model', FIXTURE, '--system', messages[0].content, '--user', messages[1].content,
      '--temperature', '0', '--max-tokens', String(maxTokens), '--json',
    ], { encoding: 'utf8' });
    const generation = JSON.parse(out.trim().split('\n').at(-1));
    const prefillMs = generation.usage.prefill_us / 1000;
    direct.push({
      ttftMs: prefillMs,
      decodeTokensPerS: (generation.usage.completion_tokens - 1) / ((generation.usage.wall_ms - prefillMs) / 1000),
    });
  }
  const summary = (xs) => ({ ttftMs: round(median(xs.map((x) => x.ttftMs))), decodeTokensPerS: round(median(xs.map((x) => x.decodeTokensPerS))) });
  const [a, e] = [summary(viaApi), summary(direct)];
  console.log(JSON.stringify({
    measure: 'single stream (median)', maxTokens, api: a, engine: e,
    ttftApiOverEngine: round(a.ttftMs / e.ttftMs), decodeApiOverEngine: round(a.decodeTokensPerS / e.decodeTokensPerS),
  }));

  // 2. Concurrent clients, plain answers.
  for (const clients of [1, 8, 32]) {
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, async () => {
      while (next < requests) {
        next += 1;
        const t0 = performance.now();
        const response = await fetch(`${api}/v1/chat/completions`, { method: 'POST', headers, body: body(false, 16) });
        if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
        await response.json();
        latencies.push(performance.now() - t0);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({
      measure: 'concurrent clients', clients, requests: latencies.length, maxTokens: 16,
      requestsPerS: round(latencies.length / seconds), p50Ms: round(median(latencies)), p99Ms: round(percentile(latencies, 99)),
    }));
  }
} finally {
  await node.destroy();
}
