#!/usr/bin/env node
// Benchmark of the miner on a dev chain: latency from a request's inclusion to its result's
// inclusion, and requests per minute that one CPU miner serving the tiny Mixtral sustains,
// with 1 and with 16 concurrent senders (each sends its next request when its last one is
// settled). Loopback only; stops by itself.
//
//   node tests/js/tools/bench-miner.js [--requests-per-sender 4] [--max-tokens 16]
//
// Prints one JSON line per sender count: requests, completed, latency in blocks and ms
// (p50, max; from the chain's own block numbers and timestamps), requests per minute.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { Node, rpc, sleep } from '../lib/node.js';
import { send, findEvent } from '../lib/tx.js';
import { seal } from '@gintonic/client';

const { values: options } = parseArgs({
  options: {
    'requests-per-sender': { type: 'string', default: '4' },
    'max-tokens': { type: 'string', default: '16' },
  },
});
const perSender = Number(options['requests-per-sender']);
const maxTokens = Number(options['max-tokens']);
const UNIT = 10n ** 12n;
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../offchain-worker/engine/tests/fixtures/tiny-mixtral');
const noWishes = { gpuModel: null, minGpuMemoryGib: null, maxPricePerHour: null };
const params = { temperatureMilli: 700, topPMilli: 1000, topK: 0, maxTokens, seed: 1, repetitionPenaltyMilli: 1000, stop: [] };

await cryptoWaitReady();
const node = await new Node({ name: 'bench', args: ['--dev', '--miner', '--model', FIXTURE, '--max-batch', '16'] }).start();
const api = await node.api();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const alice = keyring.addFromUri('//Alice');
const model = (await rpc(node, 'providers_get', [alice.address])).result.models[0];
const senders = Array.from({ length: 16 }, (_, i) => keyring.addFromUri(`//Bench${i}`));
// Fund the senders in one go: explicit nonces, so that the transfers do not race.
const firstNonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
await Promise.all(senders.map((sender, i) => new Promise((resolve, reject) => {
  api.tx.balances.transferKeepAlive(sender.address, 1000n * UNIT)
    .signAndSend(alice, { nonce: firstNonce + i }, ({ status }) => {
      if (status.isInBlock || status.isFinalized) resolve();
    })
    .catch(reject);
})));

async function settled (id) {
  for (;;) {
    const request = (await rpc(node, 'inference_request', [id])).result;
    if (request.outcome.status !== 'pending') return request;
    await sleep(500);
  }
}

async function blockTime (number) {
  const hash = await api.rpc.chain.getBlockHash(number);
  return (await api.query.timestamp.now.at(hash)).toNumber();
}

async function run (count) {
  const quote = (await rpc(node, 'inference_quote', [model, null])).result;
  const keys = quote.map((q) => hexToU8a(q.encryptionKey));
  const started = Date.now();
  const latencies = [];
  let completed = 0;
  await Promise.all(senders.slice(0, count).map(async (sender, s) => {
    for (let i = 0; i < perSender; i++) {
      const messages = { messages: [{ role: 'user', content: `Question ${s}.${i}: what is a GPU?` }] };
      const prompt = u8aToHex(seal(stringToU8a(JSON.stringify(messages)), [sender.publicKey, ...keys]));
      const events = await send(api, api.tx.inference.request(model, params, noWishes, prompt, UNIT), sender);
      const id = findEvent(events, 'inference', 'Requested').data.id.toNumber();
      const request = await settled(id);
      if (request.outcome.status !== 'completed') continue;
      completed += 1;
      const record = (await rpc(node, 'inference_record', [request.outcome.record])).result;
      latencies.push({
        blocks: record.block - request.createdAt,
        ms: record.timestampMs - await blockTime(request.createdAt),
      });
    }
  }));
  const minutes = (Date.now() - started) / 60_000;
  const sorted = (key) => latencies.map((l) => l[key]).sort((a, b) => a - b);
  const p50 = (key) => sorted(key)[Math.floor(latencies.length / 2)];
  return {
    senders: count,
    requests: count * perSender,
    completed,
    latencyBlocksP50: p50('blocks'),
    latencyBlocksMax: sorted('blocks').at(-1),
    latencyMsP50: p50('ms'),
    latencyMsMax: sorted('ms').at(-1),
    requestsPerMinute: Number((completed / minutes).toFixed(1)),
    maxTokens,
  };
}

try {
  for (const count of [1, 16]) console.log(JSON.stringify(await run(count)));
} finally {
  await api.disconnect();
  await node.destroy();
}
