// The OpenAI-compatible API of a dev node started with `--miner --api-port`, driven by the
// official `openai` npm client with a key from `gintonic-node api-key`: models, plain and
// streamed chats, seeds, limits, every error with its status and OpenAI's error shape, the
// on-chain record of each call (opened with the caller's key), a spent allowance; and the
// chat page in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import OpenAI from 'openai';
import { chromium } from 'playwright-core';
import { Keyring } from '@polkadot/keyring';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { hexToU8a, u8aToString } from '@polkadot/util';
import { Node, freePort, rpc, runNode, sleep } from './lib/node.js';
import { send } from './lib/tx.js';
import { decodeApiKey, decodeRecordMetadata, open, pairFromUri, permitId } from '@gintonic/client';

const UNIT = 10n ** 12n;
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../offchain-worker/engine/tests/fixtures/tiny-mixtral');
const MAX_IN_FLIGHT = 4;
// Debian's Chromium (scripts/test.sh installs it); the screenshot is kept as a test artefact.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

let node;
let api;
let apiUrl;
let model;
let key;
let client;
let alice;

/** An API key for `suri` from the node binary (its last line of output). */
function apiKey (suri, allowance, extra = []) {
  const out = runNode(['api-key', '--suri', suri, '--url', node.wsUrl, '--allowance', String(allowance), ...extra]);
  return out.trim().split('\n').at(-1);
}

before(async () => {
  await cryptoWaitReady();
  const port = await freePort();
  node = await new Node({
    name: 'api',
    args: ['--dev', '--miner', '--model', FIXTURE, '--api-port', String(port), '--api-max-in-flight', String(MAX_IN_FLIGHT)],
  }).start();
  apiUrl = `http://127.0.0.1:${port}`;
  api = await node.api();
  // Calls are admitted from the first block on (the genesis state cannot check a permit's chain).
  while ((await api.rpc.chain.getHeader()).number.toNumber() < 1) await sleep(500);
  alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  model = (await rpc(node, 'providers_get', [alice.address])).result.models[0];
  key = apiKey('//Charlie', 100n * UNIT);
  client = new OpenAI({ apiKey: key, baseURL: `${apiUrl}/v1`, maxRetries: 0 });
});

after(async () => {
  await api?.disconnect();
  await node?.destroy();
});

const chat = [
  { role: 'system', content: 'Answer briefly.' },
  { role: 'user', content: 'What is a GPU?' },
  { role: 'assistant', content: 'A graphics processor.' },
  { role: 'user', content: 'And a CPU?' },
];

/** The record of interaction `digest`, once the miner's offchain worker has recorded it. */
async function recordOf (digest, seconds = 90) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const { result } = await rpc(node, 'inference_interaction', [digest]);
    if (result) return result;
    await sleep(1000);
  }
  throw new Error(`interaction ${digest} not recorded after ${seconds} s:\n${node.logTail()}`);
}

/** The record's plaintext, read with the chain's own RecordMetadata type. */
function decodeMetadata (plaintext) {
  return decodeRecordMetadata(api.registry, plaintext).toJSON();
}

test('GET /v1/models lists the served model by name with its on-chain id; the node names its miner', async () => {
  const models = await client.models.list();
  assert.deepEqual(models.data.map((m) => m.id), ['tiny-mixtral']);
  assert.equal(models.data[0].gintonic_model_id, model);
  assert.equal(models.data[0].owned_by, alice.address);
  const miner = (await rpc(node, 'inference_miner')).result;
  assert.deepEqual(miner, { providers: [alice.address], apiUrl });
  const health = await (await fetch(`${apiUrl}/health`)).json();
  assert.equal(health.status, 'ok');
});

test('a chat, plain and streamed, gives the same text at temperature 0 and is recorded for the caller', async () => {
  const plain = await client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, temperature: 0, max_tokens: 12 })
    .withResponse();
  const completion = plain.data;
  assert.equal(completion.object, 'chat.completion');
  assert.equal(completion.choices[0].message.role, 'assistant');
  assert.ok(['stop', 'length'].includes(completion.choices[0].finish_reason));
  assert.equal(completion.usage.total_tokens, completion.usage.prompt_tokens + completion.usage.completion_tokens);
  const digest = plain.response.headers.get('x-gintonic-interaction');
  assert.equal(digest, completion.gintonic.interaction);

  const stream = await client.chat.completions.create({
    model: model, messages: chat, temperature: 0, max_tokens: 12, stream: true, stream_options: { include_usage: true },
  });
  let text = '';
  let finish;
  let usage;
  let streamedRecord;
  for await (const chunk of stream) {
    if (chunk.usage) usage = chunk.usage;
    if (chunk.gintonic) streamedRecord = chunk.gintonic;
    const choice = chunk.choices[0];
    if (!choice) continue;
    text += choice.delta.content ?? '';
    finish = choice.finish_reason ?? finish;
  }
  assert.equal(text, completion.choices[0].message.content);
  assert.equal(finish, completion.choices[0].finish_reason);
  assert.deepEqual(usage, completion.usage);
  assert.ok(streamedRecord.interaction.startsWith('0x'));

  for (const [ref, answer] of [[completion.gintonic, completion.choices[0].message.content], [streamedRecord, text]]) {
    const record = await recordOf(ref.interaction);
    assert.equal(record.sender, new Keyring({ type: 'sr25519' }).addFromUri('//Charlie').address);
    assert.equal(record.provider, alice.address);
    assert.equal(record.interaction, ref.interaction);
    assert.equal(record.resultHash, ref.result_hash);
    // What the answer named is all the caller paid: the provider's tokens and the record's bytes.
    assert.equal(BigInt(record.payment) + BigInt(record.storageFee), BigInt(ref.charge));
    assert.ok(BigInt(record.storageFee) > 0n);
    const plaintext = open(hexToU8a(record.sealedMetadata), pairFromUri('//Charlie'));
    assert.equal(blake2AsHex(plaintext, 256), record.resultHash, 'the record matches its public hash');
    const metadata = decodeMetadata(plaintext);
    assert.equal(u8aToString(hexToU8a(metadata.response)), answer);
    assert.equal(u8aToString(hexToU8a(metadata.instructions)), 'Answer briefly.');
    assert.deepEqual(JSON.parse(u8aToString(hexToU8a(metadata.prompt))), chat.slice(1));
    assert.equal(metadata.params.maxTokens, 12);
    assert.throws(() => open(hexToU8a(record.sealedMetadata), pairFromUri('//Eve')), /not a recipient/);
  }
});

test('a seed reproduces a sampled answer; max_tokens 1 ends with length; stop cuts the text', async () => {
  const sampled = () => client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, temperature: 1, top_p: 0.9, seed: 7, max_tokens: 16 });
  const [first, second] = [await sampled(), await sampled()];
  assert.equal(first.choices[0].message.content, second.choices[0].message.content);

  const one = await client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, max_completion_tokens: 1 });
  assert.equal(one.choices[0].finish_reason, 'length');
  assert.equal(one.usage.completion_tokens, 1);

  const full = first.choices[0].message.content;
  const cut = full.slice(3, 6);
  if (cut.length === 3) {
    const stopped = await client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, temperature: 1, top_p: 0.9, seed: 7, max_tokens: 16, stop: [cut] });
    assert.equal(stopped.choices[0].finish_reason, 'stop');
    assert.ok(full.startsWith(stopped.choices[0].message.content));
    assert.ok(!stopped.choices[0].message.content.includes(cut));
  }
});

/** POSTs a chat completion body (`raw` as is) with `headers`; the status, headers and JSON. */
async function post (body, headers = { authorization: `Bearer ${key}` }) {
  const response = await fetch(`${apiUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

function assertOpenAIError ({ status, json }, expectedStatus, code) {
  assert.equal(status, expectedStatus, JSON.stringify(json));
  assert.equal(typeof json.error.message, 'string');
  assert.ok('type' in json.error && 'param' in json.error && 'code' in json.error);
  if (code) assert.equal(json.error.code, code);
}

test('each bad request gets its status and OpenAI\'s error shape', async () => {
  const ok = { model: 'tiny-mixtral', messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 };
  assertOpenAIError(await post(ok, {}), 401, 'invalid_api_key');
  assertOpenAIError(await post(ok, { authorization: 'Bearer sk-not-ours' }), 401, 'invalid_api_key');
  const tampered = key.slice(0, -6) + (key.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
  assertOpenAIError(await post(ok, { authorization: `Bearer ${tampered}` }), 401, 'invalid_api_key');
  assertOpenAIError(await post({ ...ok, model: 'gpt-4o' }), 404, 'model_not_found');
  assertOpenAIError(await post('{"model":'), 400);
  assertOpenAIError(await post({ ...ok, messages: [] }), 400);
  assertOpenAIError(await post({ ...ok, messages: [{ role: 'tool', content: 'x' }] }), 400);
  assertOpenAIError(await post({ ...ok, temperature: 5 }), 400);
  assertOpenAIError(await post({ ...ok, max_tokens: 0 }), 400);
  assertOpenAIError(await post({ ...ok, n: 2 }), 400);
  assertOpenAIError(await post({ ...ok, stop: ['a', 'b', 'c', 'd', 'e'] }), 400);
  const long = 'word '.repeat(2000);
  assertOpenAIError(await post({ ...ok, messages: [{ role: 'user', content: long }] }), 400, 'context_length_exceeded');
  // max_tokens past the context: refused naming the model's limit, as OpenAI and vLLM do.
  const pastContext = await post({ ...ok, max_tokens: 1_000_000_000 });
  assertOpenAIError(pastContext, 400, 'context_length_exceeded');
  assert.match(pastContext.json.error.message, /maximum context length is 1024 tokens/);
  await assert.rejects(client.chat.completions.create({ ...ok, max_tokens: 1_000_000_000 }), (e) => e instanceof OpenAI.BadRequestError);

  // The official client raises its typed errors for the same answers.
  const stranger = new OpenAI({ apiKey: 'nope', baseURL: `${apiUrl}/v1`, maxRetries: 0 });
  await assert.rejects(stranger.models.list().then(() => stranger.chat.completions.create(ok)), (e) => e.status === 401);
  await assert.rejects(client.chat.completions.create({ ...ok, model: 'nope' }), (e) => e instanceof OpenAI.NotFoundError);
});

test('a client that reads a few tokens and disconnects frees its place, and is charged and recorded for them', async () => {
  const bobKey = apiKey('//Bob', 100n * UNIT);
  const abort = new AbortController();
  const response = await fetch(`${apiUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bobKey}` },
    body: JSON.stringify({ model: 'tiny-mixtral', messages: chat, max_tokens: 900, temperature: 1, stream: true }),
    signal: abort.signal,
  });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = '';
  let pieces = 0;
  while (pieces < 5) {
    const { value, done } = await reader.read();
    assert.ok(!done, 'the stream goes on');
    received += decoder.decode(value, { stream: true });
    pieces = (received.match(/"content":"[^"]+"/g) ?? []).length;
  }
  assert.equal((await (await fetch(`${apiUrl}/health`)).json()).in_flight, 1);
  abort.abort();
  const deadline = Date.now() + 10_000;
  let inFlight = 1;
  while (inFlight > 0 && Date.now() < deadline) {
    await sleep(100);
    inFlight = (await (await fetch(`${apiUrl}/health`)).json()).in_flight;
  }
  assert.equal(inFlight, 0, 'the abandoned stream no longer holds a place');

  // Its record: what was generated until the miner saw the disconnect, charged, and saying so.
  const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
  let page = [];
  for (let tries = 0; page.length === 0 && tries < 90; tries++) {
    page = (await rpc(node, 'inference_recordsBySender', [bob.address, null, 10])).result ?? [];
    if (page.length === 0) await sleep(1000);
  }
  assert.equal(page.length, 1, `one record for the stopped stream:\n${node.logTail()}`);
  const record = (await rpc(node, 'inference_record', [page[0].id])).result;
  const metadata = decodeMetadata(open(hexToU8a(record.sealedMetadata), pairFromUri('//Bob')));
  assert.equal(metadata.finishReason, 'Cancelled');
  assert.ok(metadata.responseTokens.length >= 5 && metadata.responseTokens.length < 900,
    `${metadata.responseTokens.length} tokens generated before the stop`);
  assert.equal(record.usage.completionTokens, metadata.responseTokens.length);
  assert.ok(BigInt(record.payment) > 0n && BigInt(record.storageFee) > 0n, 'charged for them');
});

test('a saturated miner answers 503 with Retry-After; every admitted call completes', async () => {
  const body = { model: 'tiny-mixtral', messages: [{ role: 'user', content: 'Count.' }], max_tokens: 48, temperature: 0 };
  const answers = await Promise.all(Array.from({ length: 3 * MAX_IN_FLIGHT }, () => post(body)));
  const refused = answers.filter((a) => a.status === 503);
  assert.ok(refused.length > 0, `some of ${answers.length} concurrent calls are refused`);
  for (const answer of refused) {
    assertOpenAIError(answer, 503);
    assert.ok(Number(answer.headers.get('retry-after')) >= 1);
  }
  assert.ok(answers.every((a) => a.status === 200 || a.status === 503));
});

/** The permit inside an API key and its signature (docs/api.md). */
function permitOf (apiKeyText) {
  const { permit, signature } = decodeApiKey(apiKeyText);
  return { ...permit, signature };
}

/** Posts `body` until the miner has a place for it (503 is retried, as its Retry-After says). */
async function postWhenAdmitted (body, headers) {
  for (;;) {
    const answer = await post(body, headers);
    if (answer.status !== 503) return answer;
    await sleep(200);
  }
}

test('a call reserves its worst case: 16 parallel calls on an allowance of three and a half get what it covers, and the chain charges what the answers named', async () => {
  const body = { model: 'tiny-mixtral', messages: [{ role: 'user', content: 'Name a colour.' }], max_tokens: 4, temperature: 0 };
  // The worst case of this very call, as the miner reserves it.
  const probe = await client.chat.completions.create(body);
  const worst = BigInt(probe.gintonic.reserved);
  assert.ok(BigInt(probe.gintonic.charge) <= worst && BigInt(probe.gintonic.charge) > 0n);
  const allowance = 3n * worst + worst / 2n;
  const dave = apiKey('//Dave', allowance);
  const headers = { authorization: `Bearer ${dave}` };
  const answers = await Promise.all(Array.from({ length: 16 }, () => postWhenAdmitted(body, headers)));
  const served = answers.filter((a) => a.status === 200);
  const refused = answers.filter((a) => a.status === 402);
  assert.equal(served.length + refused.length, 16, JSON.stringify(answers.map((a) => a.status)));
  assert.ok(served.length >= 3, `at least three worst cases fit: ${served.length} served`);
  for (const answer of refused) {
    assertOpenAIError(answer, 402, 'allowance_spent');
    assert.match(answer.json.error.message, /may cost up to/);
  }
  const charged = served.reduce((sum, a) => sum + BigInt(a.json.gintonic.charge), 0n);
  assert.ok(charged <= allowance, `${charged} charged within ${allowance}`);
  for (const answer of served) await recordOf(answer.json.gintonic.interaction);
  const { signature, ...permit } = permitOf(dave);
  const state = (await rpc(node, 'inference_permit', [permitId(permit)])).result;
  assert.equal(BigInt(state.spent), charged, 'the chain charged exactly what the answers named');

  // Alice, the provider, tries to charge the permit beyond its allowance directly.
  const beyond = api.tx.inference.recordInteraction(
    permit.account, { Permit: { permit, signature: { Sr25519: signature } } }, model,
    blake2AsHex('another call', 256), allowance - charged + 1n, blake2AsHex('metadata', 256), '0x44',
    { promptTokens: 1, completionTokens: 1 },
  );
  await assert.rejects(send(api, beyond, alice), /inference\.AllowanceExceeded/);

  // An allowance below one call's worst case is refused before anything is served.
  const small = apiKey('//Dave', 1, ['--nonce', '77']);
  assertOpenAIError(await post(body, { authorization: `Bearer ${small}` }), 402, 'allowance_spent');

  // Revoked: the key no longer opens the API.
  const revocable = apiKey('//Ferdie', 10n * UNIT);
  const { signature: _, ...revokedPermit } = permitOf(revocable);
  const ferdie = new Keyring({ type: 'sr25519' }).addFromUri('//Ferdie');
  await send(api, api.tx.inference.revokePermit(revokedPermit), ferdie);
  assertOpenAIError(await post(body, { authorization: `Bearer ${revocable}` }), 401, 'invalid_api_key');
});

test('an account drained between calls costs the provider at most one call\'s reservation, counted and never silent', async () => {
  const keyring = new Keyring({ type: 'sr25519' });
  const [bob, eve] = ['//Bob', '//Eve'].map((uri) => keyring.addFromUri(uri));
  const eveKey = apiKey('//Eve', 100n * UNIT);
  const headers = { authorization: `Bearer ${eveKey}` };
  const body = { model: 'tiny-mixtral', messages: [{ role: 'user', content: 'Hello.' }], max_tokens: 4, temperature: 0 };
  const before = await (await fetch(`${apiUrl}/health`)).json();
  const first = await post(body, headers);
  assert.equal(first.status, 200, JSON.stringify(first.json));
  // Eve moves everything away before her call is recorded.
  await send(api, api.tx.balances.transferAll(bob.address, false), eve);
  // Refused: the account cannot pay (402), or its key is stopped already because the chain
  // refused the first call's record in the meantime (401).
  const second = await post(body, headers);
  if (second.status === 402) assertOpenAIError(second, 402, 'insufficient_balance');
  else assertOpenAIError(second, 401, 'invalid_api_key');
  // The first call's record is either on chain (it landed before the transfer) or refused by
  // the chain and counted as the provider's loss: never more than its reservation, never silent.
  const deadline = Date.now() + 90_000;
  let health;
  let recorded;
  do {
    await sleep(1000);
    health = await (await fetch(`${apiUrl}/health`)).json();
    recorded = (await rpc(node, 'inference_interaction', [first.json.gintonic.interaction])).result;
  } while (!recorded && health.refused_records === before.refused_records && Date.now() < deadline);
  if (recorded) {
    assert.equal(BigInt(recorded.payment) + BigInt(recorded.storageFee), BigInt(first.json.gintonic.charge));
  } else {
    assert.equal(health.refused_records, before.refused_records + 1, `refused and counted:\n${node.logTail()}`);
    const lost = BigInt(health.refused_charges) - BigInt(before.refused_charges);
    assert.equal(lost, BigInt(first.json.gintonic.charge));
    assert.ok(lost <= BigInt(first.json.gintonic.reserved));
    assert.match(node.logTail(20_000), /the chain refuses the record of .*InsufficientBalance/);
    // The key that cost the provider is served no more, even once the account is funded again.
    await send(api, api.tx.balances.transferKeepAlive(eve.address, 10n * UNIT), bob);
    assertOpenAIError(await post(body, headers), 401, 'invalid_api_key');
  }
});

test('200 idle connections and 20 slow bodies do not stop a normal client, and the idle ones are closed', async () => {
  const port = Number(new URL(apiUrl).port);
  const connect = () => new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
  const idle = [];
  for (let i = 0; i < 200; i++) idle.push(await connect());
  const closed = idle.map((socket) => new Promise((resolve) => socket.once('close', resolve)));
  const slow = [];
  for (let i = 0; i < 20; i++) {
    const socket = await connect();
    socket.on('error', () => {});
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${key}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{');
    slow.push(socket);
  }
  const drip = setInterval(() => { for (const socket of slow) if (socket.writable) socket.write(' '); }, 1000);
  try {
    assert.equal((await fetch(`${apiUrl}/health`)).status, 200);
    const answer = await client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, max_tokens: 2 });
    assert.ok(answer.choices[0].message.content !== undefined);
    // The server closes connections that send no request head (10 s), freeing their places.
    const deadline = new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000));
    assert.notEqual(await Promise.race([Promise.all(closed), deadline]), 'timeout', 'idle connections closed');
  } finally {
    clearInterval(drip);
    for (const socket of [...idle, ...slow]) socket.destroy();
  }
});

test('HTTPS with --api-tls-cert/--api-tls-key: the official client over TLS, plain HTTP refused', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'gintonic-tls-'));
  const [cert, tlsKey] = [join(folder, 'cert.pem'), join(folder, 'key.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', tlsKey, '-out', cert, '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  const port = await freePort();
  const secure = await new Node({
    name: 'api-tls',
    args: ['--dev', '--miner', '--model', FIXTURE, '--api-port', String(port), '--api-tls-cert', cert, '--api-tls-key', tlsKey],
  }).start();
  try {
    const secureApi = await secure.api();
    while ((await secureApi.rpc.chain.getHeader()).number.toNumber() < 1) await sleep(500);
    await secureApi.disconnect();
    assert.deepEqual((await rpc(secure, 'inference_miner')).result.apiUrl, `https://127.0.0.1:${port}`);
    const out = runNode(['api-key', '--suri', '//Charlie', '--url', secure.wsUrl, '--allowance', String(UNIT)]);
    const tlsApiKey = out.trim().split('\n').at(-1);
    // The official client in its own process, trusting the self-signed certificate.
    const script = `
      import OpenAI from 'openai';
      const client = new OpenAI({ apiKey: process.env.KEY, baseURL: process.env.BASE, maxRetries: 0 });
      const models = await client.models.list();
      const answer = await client.chat.completions.create({ model: 'tiny-mixtral', messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 });
      console.log(JSON.stringify({ models: models.data.map((m) => m.id), charge: answer.gintonic.charge }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: dirname(fileURLToPath(import.meta.url)),
      env: { ...process.env, NODE_EXTRA_CA_CERTS: cert, KEY: tlsApiKey, BASE: `https://127.0.0.1:${port}/v1` },
      encoding: 'utf8',
    }));
    assert.deepEqual(result.models, ['tiny-mixtral']);
    assert.ok(BigInt(result.charge) > 0n);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/health`), 'plain HTTP gets no answer');
  } finally {
    await secure.destroy();
  }
});

test('a key rebuilt from what the chain shows of its calls is refused', async () => {
  const answer = await client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, max_tokens: 2 });
  const record = await recordOf(answer.gintonic.interaction);
  // Everything a block holds of the call: record_interaction's arguments.
  const block = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(record.block));
  const call = block.block.extrinsics.map((xt) => xt.method)
    .find((method) => method.section === 'inference' && method.method === 'recordInteraction');
  assert.ok(call, `block ${record.block} records the call`);
  const proof = call.args[1].asPermit;
  const permitBytes = proof.permit.toU8a();
  const signature = proof.signature.asSr25519.toU8a();
  assert.equal(permitId(proof.permit.toJSON()), decodeApiKey(key).id, 'the permit on chain is the key\'s');
  const base64url = (bytes) => Buffer.from(bytes).toString('base64url');
  for (const lifted of [
    `gk1_${base64url(Buffer.concat([permitBytes, signature]))}`,
    `gk2_${base64url(Buffer.concat([permitBytes, signature]))}`,
    `gk2_${base64url(Buffer.concat([permitBytes, signature, new Uint8Array(32)]))}`,
  ]) {
    assertOpenAIError(await post({ model: 'tiny-mixtral', messages: chat, max_tokens: 2 }, { authorization: `Bearer ${lifted}` }), 401, 'invalid_api_key');
  }
});

test('a permit the chain would not charge is refused before anything is served', async () => {
  const body = { model: 'tiny-mixtral', messages: chat, max_tokens: 2 };
  const lifetime = api.consts.inference.maxPermitLifetime.toNumber();
  // Further ahead than a permit may be charged: the chain would refuse the record (PermitTooLong).
  const farFuture = apiKey('//Charlie', UNIT, ['--expires-in', String(lifetime + 1_000)]);
  const refused = await post(body, { authorization: `Bearer ${farFuture}` });
  assertOpenAIError(refused, 401, 'invalid_api_key');
  assert.match(refused.json.error.message, /MaxPermitLifetime/);
  // Expiring before its record could be included.
  const expiring = apiKey('//Charlie', UNIT, ['--expires-in', '10']);
  const late = await post(body, { authorization: `Bearer ${expiring}` });
  assertOpenAIError(late, 401, 'invalid_api_key');
  assert.match(late.json.error.message, /before a call made now could be recorded/);
});

test('api-key names the chain and provider it signs for, and refuses another genesis than the one pinned', () => {
  const args = ['api-key', '--suri', '//Bob', '--url', node.wsUrl, '--allowance', '5', '--provider', alice.address, '--expires-in', '10', '--nonce', '1'];
  const out = runNode(args);
  const lines = out.trim().split('\n');
  const line = lines.at(-1);
  assert.match(line, /^gk2_[A-Za-z0-9_-]{336}$/);
  assert.equal(permitOf(line).nonce, '1');
  assert.ok(lines.includes(`chain:     ${api.genesisHash.toHex()} (genesis)`), out);
  assert.ok(lines.includes(`provider:  ${alice.address}`), out);
  const pinned = runNode([...args, '--genesis', api.genesisHash.toHex()]);
  assert.match(pinned.trim().split('\n').at(-1), /^gk2_/);
  assert.throws(() => runNode([...args, '--genesis', `0x${'11'.repeat(32)}`]), /not the --genesis given/);
});

test('a call answered just before the miner is killed is recorded after it restarts', async () => {
  const answer = await client.chat.completions.create({ model: 'tiny-mixtral', messages: chat, temperature: 0, max_tokens: 4 });
  await api.disconnect();
  node.process.kill('SIGKILL');
  await node.exited;
  await node.start();
  api = await node.api();
  const record = await recordOf(answer.gintonic.interaction);
  assert.equal(record.resultHash, answer.gintonic.result_hash);
  // The API is back on the same port, with the same key.
  assert.equal((await client.models.list()).data.length, 1);
});

test('the chat page in headless Chromium: a streamed answer and its record, opened in the page', async () => {
  // miner.test: a name for the miner that is not this machine's, to see the page as a visitor
  // over plain HTTP would.
  const browser = await chromium.launch({
    executablePath: CHROMIUM, args: ['--no-sandbox', '--host-resolver-rules=MAP miner.test 127.0.0.1'],
  });
  try {
    // A phone-width screen.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${apiUrl}/`);
    await page.waitForFunction(() => document.querySelector('#model option')?.value === 'tiny-mixtral');
    await page.fill('#prompt', 'What is a GPU?');
    await page.press('#prompt', 'Enter');
    const answer = page.locator('.message.assistant .text').first();
    await page.waitForFunction(() => document.querySelector('.message.assistant .text')?.textContent.length > 0);
    assert.ok((await answer.textContent()).length > 0);
    // The record appears once the miner's offchain worker has put it on chain.
    await page.locator('.open-record').first().waitFor({ timeout: 90_000 });
    assert.match(await page.locator('.record-id').first().textContent(), /^record #\d+ · block \d+ · hash 0x/);
    await page.screenshot({ path: join(ARTIFACTS, 'chat-page.png') });
    await page.locator('.open-record').first().click();
    const dialog = page.locator('#record-dialog');
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /✓ the opened record matches its on-chain result_hash/);
    assert.match(await dialog.textContent(), /"finishReason": "(stop|length)"/, 'the record is read with the chain\'s types');
    assert.match(await dialog.textContent(), /What is a GPU\?/);
    await page.screenshot({ path: join(ARTIFACTS, 'chat-record.png') });
    assert.deepEqual(errors, []);

    // Served from this machine, the mnemonic is usable at once; reached over plain HTTP by a
    // name (another machine, as far as the page can tell), it is not before the warning is read.
    const local = await browser.newPage();
    await local.goto(`${apiUrl}/`);
    await local.selectOption('#account', 'mnemonic');
    assert.equal(await local.isVisible('#insecure'), false);
    assert.equal(await local.isDisabled('#mnemonic'), false);
    const exposed = await browser.newPage();
    await exposed.goto(`http://miner.test:${new URL(apiUrl).port}/`);
    await exposed.selectOption('#account', 'mnemonic');
    assert.equal(await exposed.isVisible('#insecure'), true);
    assert.match(await exposed.locator('#insecure').textContent(), /plain HTTP from another machine/);
    assert.equal(await exposed.isDisabled('#mnemonic'), true);
    await exposed.check('#insecure-ok');
    assert.equal(await exposed.isDisabled('#mnemonic'), false);
  } finally {
    await browser.close();
  }
});
