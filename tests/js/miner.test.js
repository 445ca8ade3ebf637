// A dev node with `--miner` serving the engine's tiny Mixtral, driven as a wallet drives it:
// Charlie quotes, seals a prompt with @polkadot/util-crypto, requests with @polkadot/api, and
// opens the sealed record with his own key. Also: a prompt the provider cannot parse, a miner
// killed mid-request and restarted, the loopback miner service refusing strangers, a result
// lost from the pool by a restart, and a request nobody serves expiring with a refund.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { hexToU8a, stringToU8a, u8aToHex, u8aToString } from '@polkadot/util';
import { Node, nodeBinary, rpc, runNode, sleep } from './lib/node.js';
import { send, findEvent } from './lib/tx.js';
import { decodeRecordMetadata, keyPossessionSigningPayload, open, pairFromUri, seal } from '@gintonic/client';

const UNIT = 10n ** 12n;
// Long enough for a miner restart and a generation on a busy 2-core machine, short enough
// that the expiry test takes about a minute.
const TIMEOUT_BLOCKS = 10;
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../offchain-worker/engine/tests/fixtures/tiny-mixtral');
const BROKEN = join(tmpdir(), 'gintonic-not-a-model');
const UNREGISTERED = join(FIXTURE, '../tiny-mistral');
const noWishes = { gpuModel: null, minGpuMemoryGib: null, maxPricePerHour: null };
const greedy = (maxTokens) => ({
  temperatureMilli: 0, topPMilli: 1000, topK: 0, maxTokens, seed: 0, repetitionPenaltyMilli: 1000, stop: [],
});
const conversation = {
  messages: [{ role: 'system', content: 'Answer briefly.' }, { role: 'user', content: 'What is a GPU?' }],
};

let node;
let api;
let model;
let alice;
let bob;
let charlie;

before(async () => {
  await cryptoWaitReady();
  // The dev chain, with requests that expire after a few blocks instead of ten minutes.
  const spec = JSON.parse(runNode(['build-spec', '--chain', 'dev', '--disable-default-bootnode']));
  spec.genesis.runtimeGenesis.patch.inference = { requestTimeout: TIMEOUT_BLOCKS };
  const specPath = join(mkdtempSync(join(tmpdir(), 'gintonic-spec-')), 'dev-short.json');
  writeFileSync(specPath, JSON.stringify(spec));
  node = await new Node({
    name: 'miner',
    // A folder that is no model and one whose content is not registered: each refused with a
    // log line, and the node serves the first.
    args: ['--dev', '--chain', specPath, '--miner', '--model', FIXTURE, '--model', BROKEN, '--model', UNREGISTERED],
  }).start();
  api = await node.api();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
  model = (await rpc(node, 'providers_get', [alice.address])).result.models[0];
});

test('a model folder that cannot be served is refused with a clear log line, and the node goes on', () => {
  const log = readFileSync(`${node.basePath}.log`, 'utf8');
  assert.match(log, new RegExp(`refusing model folder ${BROKEN}`));
  assert.match(log, /refusing model folder .*tiny-mistral: its content \(model id 0x[0-9a-f]+\) is not registered on chain/);
  assert.match(log, /serving tiny-mixtral/);
});

after(async () => {
  await api?.disconnect();
  await node?.destroy();
});

/** Polls `inference_request` until request `id` is settled (or throws after `seconds`). */
async function outcomeOf (id, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const request = (await rpc(node, 'inference_request', [Number(id)])).result;
    if (request && request.outcome.status !== 'pending') return request.outcome;
    await sleep(1000);
  }
  throw new Error(`request ${id} still pending after ${seconds} s:\n${node.logTail()}`);
}

/** Charlie seals `plaintext` to himself and `keys`, and requests `params`; resolves to the id. */
async function charlieRequests (plaintext, keys, params) {
  // Hex, not a Uint8Array: polkadot.js reads a Uint8Array given for `Bytes` as SCALE-encoded.
  const prompt = u8aToHex(seal(stringToU8a(plaintext), [charlie.publicKey, ...keys]));
  const events = await send(api, api.tx.inference.request(model, params, noWishes, prompt, UNIT), charlie);
  return findEvent(events, 'inference', 'Requested').data.id.toNumber();
}

test('a wallet request is served by the miner and comes back as a record only the sender and provider open', async () => {
  const quote = (await rpc(node, 'inference_quote', [model, null])).result;
  assert.equal(quote[0].provider, alice.address);
  const id = await charlieRequests(JSON.stringify(conversation), [hexToU8a(quote[0].encryptionKey)], greedy(12));
  const outcome = await outcomeOf(id);
  assert.equal(outcome.status, 'completed', JSON.stringify(outcome));
  assert.equal(BigInt(outcome.payment) + BigInt(outcome.storageFee) + BigInt(outcome.refund), UNIT,
    'escrow split exactly');
  assert.ok(BigInt(outcome.storageFee) > 0n, 'the sender paid its record\'s storage');

  const record = (await api.query.inference.records(outcome.record)).unwrap();
  assert.equal(record.sender.toString(), charlie.address);
  assert.equal(record.provider.toString(), alice.address);
  assert.equal(BigInt(record.payment.toString()), BigInt(outcome.payment));
  const sealed = record.sealedMetadata.toU8a(true);
  const plaintext = open(sealed, pairFromUri('//Charlie'));
  assert.deepEqual(open(sealed, pairFromUri('//Alice')), plaintext);
  assert.throws(() => open(sealed, pairFromUri('//Eve')), /not a recipient/);
  assert.equal(blake2AsHex(plaintext, 256), record.resultHash.toHex(), 'the record matches its public hash');

  const metadata = decodeRecordMetadata(api.registry, plaintext).toJSON();
  assert.equal(metadata.sender, u8aToHex(charlie.publicKey));
  assert.equal(metadata.provider, u8aToHex(alice.publicKey));
  assert.equal(metadata.model, model);
  assert.equal(BigInt(metadata.pricePerHour), 2n * UNIT);
  assert.equal(u8aToString(hexToU8a(metadata.modelName)), 'tiny-mixtral');
  assert.equal(u8aToString(hexToU8a(metadata.instructions)), 'Answer briefly.');
  assert.deepEqual(JSON.parse(u8aToString(hexToU8a(metadata.prompt))), [conversation.messages[1]]);
  assert.equal(metadata.params.maxTokens, 12);
  assert.ok(metadata.dateTimeMs > 1_700_000_000_000);
  assert.ok(u8aToString(hexToU8a(metadata.gpu.model)).length > 0);

  // The engine's own CLI gives the same answer for the same model, messages and parameters.
  const engine = join(dirname(nodeBinary()), 'gintonic-engine');
  const alone = JSON.parse(execFileSync(engine, [
    'generate', '--model', FIXTURE, '--system', 'Answer briefly.', '--user', 'What is a GPU?',
    '--temperature', '0', '--max-tokens', '12', '--json',
  ], { encoding: 'utf8' }));
  assert.equal(u8aToString(hexToU8a(metadata.response)), alone.text);
  assert.deepEqual(metadata.responseTokens, alone.tokens);
  assert.equal(metadata.finishReason, alone.finish_reason === 'stop' ? 'Stop' : 'Length');
  assert.equal(record.usage.completionTokens.toNumber(), alone.tokens.length);
  assert.equal(record.usage.promptTokens.toNumber(), alone.usage.prompt_tokens);

  // The requester's tool: lists it, opens it, checks it against the chain and replays it.
  const account = ['--suri', '//Charlie', '--url', node.wsUrl];
  assert.match(runNode(['records', 'list', ...account]), new RegExp(`#${outcome.record} block`));
  const shown = runNode(['records', 'show', String(outcome.record), ...account]);
  assert.match(shown, /result_hash: matches the chain/);
  assert.ok(shown.includes(JSON.stringify(alone.text)), shown);
  const replayed = runNode(['records', 'replay', String(outcome.record), ...account, '--model', FIXTURE]);
  const report = JSON.parse(replayed.trim().split('\n').at(-1));
  assert.equal(report.compared, alone.tokens.length);
  // Same model, parameters and device: the model's own choices reproduce the answer.
  assert.ok(report.reproduced >= report.compared - 1, replayed);
  assert.throws(() => runNode(['records', 'show', String(outcome.record), '--suri', '//Eve', '--url', node.wsUrl]),
    /not a recipient/);
});

test('a prompt the provider cannot parse is the sender\'s fault: refunded, no strike, no fee', async () => {
  const strikesBefore = (await rpc(node, 'providers_get', [alice.address])).result.strikes;
  const id = await charlieRequests('What is a GPU?', [alice.publicKey], greedy(4));
  const outcome = await outcomeOf(id);
  assert.equal(outcome.status, 'rejected', JSON.stringify(outcome));
  assert.equal(BigInt(outcome.refund), UNIT);
  assert.match(outcome.reason, /not the chat JSON/);
  assert.equal((await rpc(node, 'providers_get', [alice.address])).result.strikes, strikesBefore);
});

test('what a sender sends to make the provider fail is its own fault: a template the model refuses, a context it passes', async () => {
  const strikesBefore = (await rpc(node, 'providers_get', [alice.address])).result.strikes;
  const assistantFirst = JSON.stringify({ messages: [{ role: 'assistant', content: 'hi' }] });
  const pastTheContext = JSON.stringify({ messages: [{ role: 'user', content: 'word '.repeat(2_000) }] });
  for (const [plaintext, why] of [[assistantFirst, /template/], [pastTheContext, /context/]]) {
    const id = await charlieRequests(plaintext, [alice.publicKey], greedy(4));
    const outcome = await outcomeOf(id);
    assert.equal(outcome.status, 'rejected', JSON.stringify(outcome));
    assert.equal(BigInt(outcome.refund), UNIT);
    assert.match(outcome.reason, why);
  }
  assert.equal((await rpc(node, 'providers_get', [alice.address])).result.strikes, strikesBefore);
});

test('a miner killed mid-request and restarted still serves it', async () => {
  const id = await charlieRequests(JSON.stringify(conversation), [alice.publicKey], greedy(200));
  await sleep(3000);
  await api.disconnect();
  node.process.kill('SIGKILL');
  await node.exited;
  await node.start();
  api = await node.api();
  const outcome = await outcomeOf(id, 180);
  assert.equal(outcome.status, 'completed', JSON.stringify(outcome));
  const record = (await api.query.inference.records(outcome.record)).unwrap();
  const metadata = decodeRecordMetadata(api.registry, open(record.sealedMetadata.toU8a(true), pairFromUri('//Charlie'))).toJSON();
  assert.equal(metadata.params.maxTokens, 200);
});

/** The miner service's loopback URL, as the node logged it at its last start. */
function minerUrl () {
  const log = readFileSync(`${node.basePath}.log`, 'utf8');
  const started = [...log.matchAll(/miner service on (http:\/\/127\.0\.0\.1:\d+)/g)].at(-1);
  assert.ok(started, 'the node logs its miner service URL');
  return new URL(started[1]);
}

/** One raw HTTP call to the miner service, with any `Host`: resolves to the status code. */
function callMiner (method, path, { host, authorization, body = Buffer.alloc(0) } = {}) {
  const url = minerUrl();
  return new Promise((resolve, reject) => {
    const headers = { host: host ?? url.host, 'content-length': body.length };
    if (authorization) headers.authorization = authorization;
    const request = httpRequest({ host: '127.0.0.1', port: url.port, method, path, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end(body);
  });
}

test('the miner service serves its own node only: 401 without the secret, 403 for a foreign Host, nothing changed', async () => {
  // What a local process or a web page could send: a job, an overwrite, reads, a "recorded".
  const forgedJob = Buffer.from('00'.repeat(300), 'hex');
  const guarded = [
    ['POST', '/jobs', forgedJob], ['GET', `/jobs/0/${'00'.repeat(32)}`], ['POST', '/jobs/forget', Buffer.from([0])],
    ['GET', '/interactions'], ['POST', '/interactions/done', Buffer.from([4, ...new Array(32).fill(0)])],
  ];
  // The secret lives in offchain storage, which a miner's RPC does not open: its unsafe
  // methods are off (`--rpc-methods auto` becomes safe with --miner).
  const key = u8aToHex(stringToU8a('gintonic::miner-secret'));
  const read = await rpc(node, 'offchain_localStorageGet', ['PERSISTENT', key]);
  assert.ok(read.error && !read.result, `the secret cannot be read over RPC: ${JSON.stringify(read)}`);
  const write = await rpc(node, 'offchain_localStorageSet', ['PERSISTENT', u8aToHex(stringToU8a('gintonic::miner-url')), '0x00']);
  assert.ok(write.error, 'nor the miner URL rewritten');
  for (const [method, path, body] of guarded) {
    assert.equal(await callMiner(method, path, { body }), 401, `${method} ${path} without the secret`);
    assert.equal(await callMiner(method, path, { body, authorization: `Bearer ${'00'.repeat(32)}` }), 401, `${method} ${path}`);
    assert.equal(await callMiner(method, path, { body, host: 'rebound.example' }), 403,
      `${method} ${path} from a foreign Host`);
  }
  assert.equal(await callMiner('GET', '/health'), 200, 'the health check needs no secret');
  // The node's own offchain worker, which holds the secret, is served: a request completes
  // after all of the above.
  const id = await charlieRequests(JSON.stringify(conversation), [alice.publicKey], greedy(4));
  assert.equal((await outcomeOf(id)).status, 'completed');
});

test('a result lost from the pool by a restart does not wedge the provider: its next transactions land', async () => {
  const first = await charlieRequests(JSON.stringify(conversation), [alice.publicKey], greedy(4));
  // Wait for Alice's result to reach the pool, and kill the node before a block includes it.
  const deadline = Date.now() + 60_000;
  let pooled = false;
  while (!pooled && Date.now() < deadline) {
    const pending = (await rpc(node, 'author_pendingExtrinsics')).result ?? [];
    pooled = pending.some((hex) => {
      const xt = api.createType('Extrinsic', hex);
      return xt.signer.toString() === alice.address && xt.method.section === 'inference';
    });
    if (!pooled) await sleep(100);
  }
  assert.ok(pooled, `Alice's result reached the pool:\n${node.logTail()}`);
  const nonce = (await api.query.system.account(alice.address)).nonce.toNumber();
  await api.disconnect();
  node.process.kill('SIGKILL');
  await node.exited;
  await node.start();
  api = await node.api();
  assert.equal((await api.query.system.account(alice.address)).nonce.toNumber(), nonce,
    'the result was not included before the kill (the pool lost it)');

  // Another request after the restart: its result is signed while the lost nonce stays a gap,
  // until the worker sees the chain's nonce stalled and signs again from it.
  const second = await charlieRequests(JSON.stringify(conversation), [alice.publicKey], greedy(4));
  const outcome = await outcomeOf(second, 6 * (TIMEOUT_BLOCKS + 2));
  assert.equal(outcome.status, 'completed', JSON.stringify(outcome));
  assert.ok((await api.query.system.account(alice.address)).nonce.toNumber() > nonce);
  assert.notEqual((await outcomeOf(first)).status, 'pending');
});

test('a request no miner serves expires with a full refund and a strike', async () => {
  // Bob registers as a provider of the same model but runs no miner.
  const gpu = { model: 'NVIDIA H100 80GB HBM3', memoryGib: 80, count: 1 };
  const proof = bob.sign(keyPossessionSigningPayload(bob.address));
  const throughput = { promptTokensPerSecond: 1_000, completionTokensPerSecond: 100 };
  await send(api, api.tx.providers.register(gpu, UNIT, bob.publicKey, proof, null, throughput), bob);
  await send(api, api.tx.providers.serveModels([model]), bob);
  const id = await charlieRequests(JSON.stringify(conversation), [bob.publicKey], greedy(4));
  assert.equal((await rpc(node, 'inference_request', [id])).result.provider, bob.address);
  const outcome = await outcomeOf(id, 20 + 6 * (TIMEOUT_BLOCKS + 2));
  assert.deepEqual(outcome, { status: 'expired', refund: UNIT.toString() });
  assert.equal((await rpc(node, 'providers_get', [bob.address])).result.strikes, 1);
});
