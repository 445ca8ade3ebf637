// The package against the golden vectors that Rust writes (offchain-worker/miner/tests/
// client_vectors.rs checks that the file is still what Rust makes): every format read,
// written and refused here exactly as the chain and the miner do.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import {
  cryptoWaitReady, decodeApiKey, decodeRecordMetadata, encodeApiKey, interactionDigest, open, openRecord,
  pairFromUri, parseEnvelope, permitId, permitMessage, permitSignedBy, recipients, recordMetadataType, seal,
  signApiKey,
} from '../src/index.js';

const vectors = JSON.parse(readFileSync(new URL('./vectors.json', import.meta.url)));

before(() => cryptoWaitReady());

test('an envelope Rust sealed opens for each recipient and for no one else', () => {
  const { envelope, payload, recipients: suris } = vectors.envelope;
  const bytes = hexToU8a(envelope);
  assert.deepEqual(recipients(bytes).map((key) => u8aToHex(key)), suris.map((suri) => u8aToHex(pairFromUri(suri).publicKey)));
  for (const suri of suris) assert.equal(u8aToHex(open(bytes, pairFromUri(suri))), payload);
  assert.throws(() => open(bytes, pairFromUri('//Eve')), /is not a recipient/);
});

test('a tampered, truncated or malformed envelope is refused naming why', () => {
  const bytes = hexToU8a(vectors.envelope.envelope);
  const bob = pairFromUri('//Bob');
  const flipped = bytes.slice();
  flipped[flipped.length - 1] ^= 1;
  assert.throws(() => open(flipped, bob), /tampered envelope: the content/);
  const wrapped = bytes.slice();
  wrapped[58 + 80 + 40] ^= 1; // inside Bob's wrapped key
  assert.throws(() => open(wrapped, bob), /tampered envelope: the wrapped key/);
  assert.throws(() => open(bytes.subarray(0, 58 + 3 * 80 + 15), bob), /truncated envelope/);
  assert.throws(() => open(bytes.subarray(0, 20), bob), /truncated envelope/);
  assert.throws(() => open(vectors.envelope.envelope, bob), /a Uint8Array/);
  const version = bytes.slice();
  version[0] = 2;
  assert.throws(() => open(version, bob), /unsupported envelope version 2/);
  const none = bytes.slice();
  none[57] = 0;
  assert.throws(() => parseEnvelope(none), /1 to 8 recipients, not 0/);
  const twice = bytes.slice();
  twice.set(bytes.subarray(58, 90), 58 + 80);
  assert.throws(() => parseEnvelope(twice), /listed twice/);
});

test('an envelope sealed here opens here; sealing refuses bad recipient lists', () => {
  const keys = ['//Alice', '//Dave'].map((suri) => pairFromUri(suri).publicKey);
  const payload = new TextEncoder().encode('{"messages":[]}');
  assert.deepEqual(open(seal(payload, keys), pairFromUri('//Dave')), payload);
  assert.throws(() => seal(payload, []), /1 to 8 recipients/);
  assert.throws(() => seal(payload, Array(9).fill(0).map((_, i) => new Uint8Array(32).fill(i))), /1 to 8 recipients/);
  assert.throws(() => seal(payload, [keys[0], keys[0]]), /listed twice/);
  assert.throws(() => seal(payload, [new Uint8Array(31)]), /32-byte public key/);
});

test('an API key Rust signed reads as its permit, id and message; one signed here is the same permit', () => {
  const { key, permit, id, message } = vectors.apiKey;
  const decoded = decodeApiKey(key);
  assert.deepEqual(decoded.permit, permit);
  assert.equal(decoded.id, id);
  assert.equal(permitId(permit), id);
  assert.equal(u8aToHex(permitMessage(permit)), message);
  assert.equal(encodeApiKey(decoded.permit, decoded.signature), key);
  const alice = pairFromUri('//Alice');
  const mine = signApiKey(alice, permit);
  assert.equal(mine.length, key.length);
  assert.deepEqual(decodeApiKey(mine).permit, permit);
  assert.equal(decodeApiKey(mine).id, id);
});

test('a bad API key is refused as the miner refuses it', () => {
  const { key, permit } = vectors.apiKey;
  assert.throws(() => decodeApiKey('sk-abc'), /starts with gk1_/);
  assert.throws(() => decodeApiKey('gk1_!!!'), /not base64url/);
  assert.throws(() => decodeApiKey(key.slice(0, -4)), /not base64url/);
  // Only the canonical spelling: 188 bytes leave 2 unused bits in the last character, and a
  // key with them set (the same bytes to a lax decoder) is refused, as Rust refuses it.
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const respelled = key.slice(0, -1) + alphabet[alphabet.indexOf(key.at(-1)) + 1];
  assert.throws(() => decodeApiKey(respelled), /not base64url/);
  assert.equal(decodeApiKey(` ${key}\n`).id, vectors.apiKey.id, 'surrounding whitespace is trimmed');
  assert.throws(() => decodeApiKey(`\uFEFF${key}`), /starts with gk1_/);
  assert.equal(permitSignedBy(permit, new Uint8Array(64)), false, 'no signature is no signature, not an exception');
  const eve = signApiKey(pairFromUri('//Eve'), { ...permit });
  const forged = encodeApiKey(permit, decodeApiKey(eve).signature);
  assert.throws(() => decodeApiKey(forged), /does not verify/);
  const raised = encodeApiKey({ ...permit, allowance: BigInt(permit.allowance) + 1n }, decodeApiKey(key).signature);
  assert.throws(() => decodeApiKey(raised), /does not verify/);
  assert.throws(() => permitId({ ...permit, nonce: undefined }), /needs nonce/);
});

test('an interaction digest equals the one Rust computes', () => {
  const { digest, ...inputs } = vectors.interaction;
  assert.equal(u8aToHex(interactionDigest(inputs)), digest);
  assert.notEqual(u8aToHex(interactionDigest({ ...inputs, expiry: inputs.expiry + 1 })), digest);
  // A missing field is refused, never hashed as zeros.
  assert.throws(() => interactionDigest({ ...inputs, requestHash: undefined }), /needs requestHash/);
});

test("a sealed record opens and reads through the chain's type information, matching its hash", () => {
  const { types, metadata, resultHash, sealed, view, recipients: suris } = vectors.record;
  const registry = new TypeRegistry();
  registry.setLookup(registry.createType('PortableRegistry', types));
  for (const suri of suris) {
    const opened = openRecord(registry, { sealedMetadata: sealed, resultHash }, pairFromUri(suri));
    assert.equal(u8aToHex(opened.plaintext), metadata);
    assert.equal(opened.matches, true);
    assert.deepEqual(opened.metadata, view);
  }
  const other = openRecord(registry, { sealedMetadata: sealed, resultHash: `0x${'00'.repeat(32)}` }, pairFromUri('//Alice'));
  assert.equal(other.matches, false);
  assert.throws(() => openRecord(registry, { sealedMetadata: sealed, resultHash }, pairFromUri('//Eve')), /is not a recipient/);
  assert.throws(() => decodeRecordMetadata(registry, `${metadata}00`), /1 bytes after its end/);
  assert.throws(() => decodeRecordMetadata(registry, metadata.slice(0, -8)), /not a record's metadata/);
  assert.throws(() => decodeRecordMetadata(registry, metadata.slice(0, -40)), /not a record's metadata/);
  // The same values with a non-canonical length prefix (the precision's compact 16 as two
  // bytes, 0x1100): Rust refuses it, and so does this.
  const precisionAt = metadata.length - 2 * (1 + 4);
  assert.equal(metadata.slice(precisionAt, precisionAt + 2), '10');
  const loose = `${metadata.slice(0, precisionAt)}1100${metadata.slice(precisionAt + 2)}`;
  assert.throws(() => decodeRecordMetadata(registry, loose), /not its canonical encoding/);
  assert.throws(() => recordMetadataType(new TypeRegistry()), /names no gintonic_primitives::record::RecordMetadata/);
});
