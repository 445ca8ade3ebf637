// @polkadot/api against a real `gintonic-node --dev`: metadata and chain properties decode,
// every call of the three Gintonic pallets is signed and submitted by dev accounts, events and
// storage read back, and the node's own JSON-RPC methods answer in plain JSON with clear
// errors for bad parameters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import {
  blake2AsU8a, blake2AsHex, cryptoWaitReady, randomAsHex,
} from '@polkadot/util-crypto';
import { u8aToHex, u8aWrapBytes, stringToU8a, hexToU8a } from '@polkadot/util';
import { Node, rpc, sleep } from './lib/node.js';
import { send, findEvent } from './lib/tx.js';
import {
  interactionDigest, interactionSigningPayload, keyPossessionMessage, keyPossessionSigningPayload, open, pairFromUri, seal,
} from '@gintonic/client';

const UNIT = 10n ** 12n;
let node;
let api;
let alice;
let bob;
let charlie;
let dave;

before(async () => {
  await cryptoWaitReady();
  node = await new Node({ name: 'dev', args: ['--dev'] }).start();
  api = await node.api();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((uri) =>
    keyring.addFromUri(uri),
  );
});

after(async () => {
  await api?.disconnect();
  await node?.destroy();
});

const params = (overrides = {}) => ({
  temperatureMilli: 700,
  topPMilli: 950,
  topK: 40,
  maxTokens: 64,
  seed: 7,
  repetitionPenaltyMilli: 1100,
  stop: ['</s>'],
  ...overrides,
});
const noWishes = { gpuModel: null, minGpuMemoryGib: null, maxPricePerHour: null };

/** `keyPair`'s proof that it is `account`'s encryption key (@gintonic/client). */
function keyProof (keyPair, account) {
  return keyPair.sign(keyPossessionSigningPayload(account));
}

/** Registers a fresh model owned by `owner`; resolves to its id. */
async function registerModel(owner, name, parent = null) {
  const events = await send(
    api,
    api.tx.models.register(
      name,
      'Mixtral',
      `hf:test/${name}@main`,
      randomAsHex(32),
      randomAsHex(32),
      46_700_000_000,
      32_768,
      'apache-2.0',
      parent,
    ),
    owner,
  );
  return findEvent(events, 'models', 'Registered').data.model.toHex();
}

test('metadata, chain properties and the genesis preset decode', async () => {
  assert.equal((await api.rpc.system.chain()).toString(), 'Gintonic Development');
  assert.deepEqual(api.registry.chainDecimals, [12]);
  assert.deepEqual(api.registry.chainTokens, ['GIN']);
  assert.equal(api.registry.chainSS58, 42);
  for (const pallet of ['models', 'providers', 'inference', 'balances', 'sudo']) {
    assert.ok(api.tx[pallet], `metadata has the ${pallet} calls`);
  }
  const provider = await api.query.providers.providers(alice.address);
  assert.ok(provider.isSome, 'Alice is a provider at genesis');
  assert.equal(provider.unwrap().status.toString(), 'Active');
});

test('the dev node authors and finalizes blocks alone', async () => {
  const deadline = Date.now() + 60_000;
  let finalized = 0;
  while (Date.now() < deadline && finalized < 2) {
    const head = await api.rpc.chain.getFinalizedHead();
    finalized = (await api.rpc.chain.getHeader(head)).number.toNumber();
    await sleep(1000);
  }
  assert.ok(finalized >= 2, `finalized block ${finalized} after 60 s`);
});

test('models: register with lineage, offer and accept, deprecate, remove, and named errors', async () => {
  const base = await registerModel(bob, 'base-model');
  const tuned = await registerModel(bob, 'tuned-model', base);
  const stored = (await api.query.models.models(tuned)).unwrap();
  assert.equal(stored.parent.unwrap().toHex(), base);
  await assert.rejects(registerModel(bob, 'orphan', randomAsHex(32)), /models\.UnknownParent/);

  // Two steps: nothing moves, and no deposit is held from Charlie, until Charlie accepts.
  await send(api, api.tx.models.offerOwnership(tuned, charlie.address), bob);
  assert.equal((await api.query.models.models(tuned)).unwrap().owner.toString(), bob.address);
  await assert.rejects(send(api, api.tx.models.acceptOwnership(tuned), dave), /models\.NotOffered/);
  const moved = await send(api, api.tx.models.acceptOwnership(tuned), charlie);
  assert.equal(findEvent(moved, 'models', 'OwnershipTransferred').data.to.toString(), charlie.address);
  await assert.rejects(send(api, api.tx.models.deprecate(tuned), bob), /models\.NotOwner/);
  await assert.rejects(send(api, api.tx.models.remove(tuned), charlie), /models\.NotDeprecated/);
  await send(api, api.tx.models.deprecate(tuned), charlie);
  const removed = await send(api, api.tx.models.remove(tuned), charlie);
  assert.equal(BigInt(findEvent(removed, 'models', 'Removed').data.deposit.toString()), 10n * UNIT);
  assert.ok((await api.query.models.models(tuned)).isNone);

  const view = (await rpc(node, 'models_get', [base])).result;
  assert.equal(view.name, 'base-model');
  assert.equal(view.architecture, 'Mixtral');
  assert.equal(view.owner, bob.address);
  assert.equal(view.deposit, (10n * UNIT).toString());
});

test('providers: register, update, serve, pause, resume, deregister, and sudo reinstate', async () => {
  const model = await registerModel(dave, 'dave-model');
  const gpu = { model: 'NVIDIA A100 80GB', memoryGib: 80, count: 2 };
  const throughput = { promptTokensPerSecond: 2_000, completionTokensPerSecond: 80 };
  const sealing = new Keyring({ type: 'sr25519' }).addFromUri('//Dave//sealing');
  // A key without its proof of possession, with a proof for another account, or signed
  // without the <Bytes> wrapping a wallet adds, is refused.
  await assert.rejects(
    send(api, api.tx.providers.register(gpu, UNIT, sealing.publicKey, keyProof(sealing, dave.address), null,
      { promptTokensPerSecond: 2_000, completionTokensPerSecond: 0 }), dave),
    /providers\.ZeroThroughput/,
  );
  await assert.rejects(
    send(api, api.tx.providers.register(gpu, UNIT, sealing.publicKey, keyProof(sealing, bob.address), null, throughput), dave),
    /providers\.BadKeyProof/,
  );
  await assert.rejects(
    send(api, api.tx.providers.register(gpu, UNIT, sealing.publicKey, sealing.sign(keyPossessionMessage(dave.address)), null, throughput), dave),
    /providers\.BadKeyProof/,
  );
  const registered = await send(
    api,
    api.tx.providers.register(gpu, UNIT, sealing.publicKey, keyProof(sealing, dave.address), 'http://127.0.0.1:8080', throughput),
    dave,
  );
  findEvent(registered, 'providers', 'Registered');
  await assert.rejects(
    send(api, api.tx.providers.register(gpu, UNIT, sealing.publicKey, keyProof(sealing, dave.address), null, throughput), dave),
    /providers\.AlreadyRegistered/,
  );
  await send(api, api.tx.providers.update(null, 3n * UNIT, null, null, null), dave);
  await send(api, api.tx.providers.serveModels([model]), dave);
  assert.deepEqual((await rpc(node, 'providers_forModel', [model])).result, [dave.address]);
  await send(api, api.tx.providers.setStatus('Paused'), dave);

  const view = (await rpc(node, 'providers_get', [dave.address])).result;
  assert.deepEqual(view.gpu, { model: 'NVIDIA A100 80GB', memoryGib: 80, count: 2 });
  assert.equal(view.pricePerHour, (3n * UNIT).toString());
  assert.deepEqual(view.throughput, throughput);
  assert.equal(view.status, 'Paused');
  assert.deepEqual(view.models, [model]);
  assert.equal(view.endpoint, 'http://127.0.0.1:8080');
  // A paused provider holds no place in the model's list; resuming takes one again.
  assert.deepEqual((await rpc(node, 'providers_forModel', [model])).result, []);

  await send(api, api.tx.providers.setStatus('Active'), dave);
  assert.deepEqual((await rpc(node, 'providers_forModel', [model])).result, [dave.address]);
  // Only root reinstates, and only a suspended provider: through sudo, an active one is refused.
  await assert.rejects(send(api, api.tx.providers.reinstate(dave.address), alice), /BadOrigin/);
  const sudid = await send(api, api.tx.sudo.sudo(api.tx.providers.reinstate(dave.address)), alice);
  const sudoResult = findEvent(sudid, 'sudo', 'Sudid').data.sudoResult;
  assert.ok(sudoResult.isErr);
  const { section, name } = api.registry.findMetaError(sudoResult.asErr.asModule);
  assert.equal(`${section}.${name}`, 'providers.NotSuspended');
  await send(api, api.tx.providers.deregister(), dave);
  assert.ok((await api.query.providers.providers(dave.address)).isNone);
  assert.equal((await rpc(node, 'providers_get', [dave.address])).error.code, 4004);
});

test('inference: request, submit_result, record read back through the custom RPC', async () => {
  const model = await registerModel(bob, 'bob-served');
  const gpu = { model: 'NVIDIA H100 80GB HBM3', memoryGib: 80, count: 1 };
  // 1 UNIT an hour for 1_000 prompt and 100 generated tokens a second.
  const throughput = { promptTokensPerSecond: 1_000, completionTokensPerSecond: 100 };
  // Bob's account key doubles as his encryption key.
  await send(api, api.tx.providers.register(gpu, UNIT, bob.publicKey, keyProof(bob, bob.address), null, throughput), bob);
  await send(api, api.tx.providers.serveModels([model]), bob);

  // The wallet quotes, then seals its prompt to the quoted keys and its own in one step.
  const quote = (await rpc(node, 'inference_quote', [model, null])).result;
  assert.deepEqual(quote.map((q) => [q.provider, q.encryptionKey, q.pricePerHour, q.throughput]),
    [[bob.address, u8aToHex(bob.publicKey), UNIT.toString(), throughput]]);
  assert.deepEqual((await rpc(node, 'inference_quote', [model, { maxPricePerHour: '1' }])).result, []);
  assert.equal((await rpc(node, 'inference_quote', [model, { maxPricePerHour: 'x' }])).error.code, -32602);
  const messages = { messages: [{ role: 'user', content: 'What is a GPU?' }] };
  // Hex, not a Uint8Array: polkadot.js reads a Uint8Array given for `Bytes` as SCALE-encoded.
  const prompt = u8aToHex(seal(stringToU8a(JSON.stringify(messages)),
    [charlie.publicKey, ...quote.map((q) => hexToU8a(q.encryptionKey))]));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(open(hexToU8a(prompt), pairFromUri('//Bob')))), messages);

  // Sealed to a non-provider only, or not a v1 envelope: refused, nothing held.
  await assert.rejects(
    send(api, api.tx.inference.request(model, params(), noWishes, u8aToHex(seal(stringToU8a('{}'), [charlie.publicKey, dave.publicKey])), UNIT), charlie),
    /inference\.PromptNotSealedToProvider/,
  );
  await assert.rejects(
    send(api, api.tx.inference.request(model, params(), noWishes, '0x33', UNIT), charlie),
    /inference\.MalformedPrompt/,
  );
  const requested = await send(
    api,
    api.tx.inference.request(model, params(), noWishes, prompt, 2n * UNIT),
    charlie,
  );
  const { id, provider } = findEvent(requested, 'inference', 'Requested').data;
  assert.equal(provider.toString(), bob.address);

  const pending = (await rpc(node, 'inference_request', [id.toNumber()])).result;
  assert.equal(pending.outcome.status, 'pending');
  assert.equal(pending.sender, charlie.address);
  assert.equal(pending.params.topPMilli, 950);
  assert.deepEqual(pending.params.stop, ['</s>']);
  assert.deepEqual((await rpc(node, 'inference_pending', [bob.address])).result, [id.toNumber()]);

  const resultHash = blake2AsHex('the sealed plaintext', 256);
  // Token counts the sender can check against its record.
  const usage = { promptTokens: 12, completionTokens: 34 };
  await assert.rejects(
    send(api, api.tx.inference.submitResult(id, resultHash, '0x22', usage), charlie),
    /inference\.NotAssignedProvider/,
  );
  const completed = await send(
    api,
    api.tx.inference.submitResult(id, resultHash, '0x' + '22'.repeat(64), usage),
    bob,
  );
  const done = findEvent(completed, 'inference', 'Completed').data;
  // 12 prompt tokens are 12 ms of Bob's hour, 34 generated 340 ms: 352 ms at 1 UNIT an hour,
  // rounded up. The 64-byte record costs its sender 10 mUNIT and 64 × 10 µUNIT, burned.
  const payment = 97_777_778n;
  const storageFee = 10_000_000_000n + 64n * 10_000_000n;
  assert.equal(BigInt(done.payment.toString()), payment);
  assert.equal(BigInt(done.storageFee.toString()), storageFee);
  assert.equal(BigInt(done.refund.toString()), 2n * UNIT - payment - storageFee);
  assert.equal(done.rate.throughput.completionTokensPerSecond.toNumber(), 100);
  // Free for Bob: the sender paid the record's bytes.
  const feePaid = findEvent(completed, 'transactionPayment', 'TransactionFeePaid').data;
  assert.equal(BigInt(feePaid.actualFee.toString()), 0n);

  const record = (await rpc(node, 'inference_record', [done.record.toNumber()])).result;
  assert.equal(record.sender, charlie.address);
  assert.equal(record.provider, bob.address);
  assert.equal(record.resultHash, resultHash);
  assert.equal(record.request, id.toNumber());
  assert.equal(record.payment, payment.toString());
  assert.equal(record.storageFee, storageFee.toString());
  assert.deepEqual(record.rate, { pricePerHour: UNIT.toString(), gpuCount: 1, throughput });
  assert.deepEqual(record.usage, usage);
  const page = (await rpc(node, 'inference_recordsBySender', [charlie.address, null, 10])).result;
  const listed = page.find((r) => r.id === record.id);
  assert.ok(listed);
  // A page leaves the sealed envelopes out; the record itself has it.
  assert.equal(listed.sealedMetadata, undefined);
  assert.equal(listed.sealedMetadataLen, (record.sealedMetadata.length - 2) / 2);
  const stored = await api.query.inference.records(done.record);
  assert.equal(stored.unwrap().resultHash.toHex(), resultHash);

  // A second request, which the provider reports failed: all refunded.
  const again = await send(
    api,
    api.tx.inference.request(model, params(), noWishes, prompt, UNIT),
    charlie,
  );
  const second = findEvent(again, 'inference', 'Requested').data.id;
  const failed = await send(api, api.tx.inference.reportFailure(second, 'out of memory'), bob);
  assert.equal(BigInt(findEvent(failed, 'inference', 'Failed').data.refund.toString()), UNIT);
  const outcome = (await rpc(node, 'inference_request', [second.toNumber()])).result.outcome;
  assert.deepEqual(outcome, { status: 'failed', reason: 'out of memory', refund: UNIT.toString() });
});

test('inference: record_interaction with the signRaw-style (<Bytes>-wrapped) domain and digest signed by the sender', async () => {
  const model = (await rpc(node, 'providers_get', [alice.address])).result.models[0];
  const requestHash = blake2AsU8a(stringToU8a('{"messages":[{"role":"user","content":"hi"}]}'));
  const maxPayment = UNIT;
  // The digest the pallet checks (@gintonic/client); the wallet signs the domain and the
  // digest as signRaw does, and nothing else is taken.
  const expiry = (await api.rpc.chain.getHeader()).number.toNumber() + 100;
  const digest = interactionDigest({
    genesisHash: api.genesisHash.toU8a(),
    sender: charlie.publicKey,
    provider: alice.publicKey,
    model,
    requestHash,
    maxPayment,
    expiry,
  });
  const signature = charlie.sign(interactionSigningPayload(digest));
  const usage = { promptTokens: 5, completionTokens: 9 };
  const call = (sig) =>
    api.tx.inference.recordInteraction(
      charlie.address,
      { Signed: { signature: { Sr25519: sig }, expiry } },
      model,
      requestHash,
      maxPayment,
      blake2AsHex('metadata', 256),
      '0x44',
      usage,
    );
  await assert.rejects(send(api, call(bob.sign(interactionSigningPayload(digest))), alice), /inference\.BadSignature/);
  for (const bare of [digest, u8aWrapBytes(digest)]) {
    await assert.rejects(send(api, call(charlie.sign(bare)), alice), /inference\.BadSignature/);
  }
  const recorded = await send(api, call(signature), alice);
  const { record } = findEvent(recorded, 'inference', 'InteractionRecorded').data;
  const view = (await rpc(node, 'inference_record', [record.toNumber()])).result;
  assert.equal(view.sender, charlie.address);
  assert.equal(view.interaction, `0x${Buffer.from(digest).toString("hex")}`);
  await assert.rejects(send(api, call(signature), alice), /inference\.AlreadyRecorded/);
});

test('custom RPC: unknown ids, bad addresses and oversize pages get clear errors', async () => {
  const unknown = await rpc(node, 'inference_request', [999_999]);
  assert.equal(unknown.error.code, 4004);
  assert.match(unknown.error.message, /not found: request 999999/);
  assert.equal((await rpc(node, 'inference_record', [999_999])).error.code, 4004);
  assert.equal((await rpc(node, 'models_get', ['0x' + '00'.repeat(32)])).error.code, 4004);

  const badAddress = await rpc(node, 'providers_get', ['not-an-address']);
  assert.equal(badAddress.error.code, -32602);
  assert.match(badAddress.error.message, /bad address/);
  const badModel = await rpc(node, 'models_get', ['0x1234']);
  assert.equal(badModel.error.code, -32602);

  const tooLarge = await rpc(node, 'inference_recordsBySender', [alice.address, null, 101]);
  assert.equal(tooLarge.error.code, -32602);
  assert.match(tooLarge.error.message, /page too large/);
  const list = (await rpc(node, 'providers_list', [null, 100])).result;
  assert.ok(list.some((p) => p.account === alice.address));
  const models = (await rpc(node, 'models_list', [null, 1])).result;
  assert.equal(models.length, 1);
});
