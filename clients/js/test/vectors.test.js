// The package against the golden vectors that Rust writes (offchain-worker/miner/tests/
// client_vectors.rs checks that the file is still what Rust makes): every format read,
// written and refused here exactly as the chain and the miner do.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, encodeAddress, sr25519Sign } from '@polkadot/util-crypto';
import {
  base64url, cryptoWaitReady, decodeApiKey, decodeRecordMetadata, encodeApiKey, encodePermit, interactionDigest,
  interactionSigningPayload, keyPossessionSigningPayload, keySecretHash, open, openRecord, pairFromUri, parseEnvelope, permitId, permitMessage,
  permitSignedBy, permitSigningPayload, recipients, recordMetadataType, seal, signApiKey,
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

test('an API key Rust signed reads as its permit, id, message and secret; one signed here is the same permit', () => {
  const { key, permit, id, message, signingPayload, secret } = vectors.apiKey;
  const decoded = decodeApiKey(key);
  assert.deepEqual(decoded.permit, permit);
  assert.equal(decoded.id, id);
  assert.equal(decoded.secret, secret);
  assert.equal(keySecretHash(secret), permit.keyHash);
  assert.equal(permitId(permit), id);
  assert.equal(u8aToHex(permitMessage(permit)), message);
  assert.equal(u8aToHex(permitSigningPayload(permit)), signingPayload);
  assert.equal(encodeApiKey(decoded.permit, decoded.signature, decoded.secret), key);
  const alice = pairFromUri('//Alice');
  const mine = signApiKey(alice, { ...permit, secret });
  assert.equal(mine.length, key.length);
  assert.deepEqual(decodeApiKey(mine).permit, permit);
  assert.equal(decodeApiKey(mine).id, id);
  // Unless given, the secret is random: another key hash, another permit.
  const fresh = decodeApiKey(signApiKey(alice, permit));
  assert.notEqual(fresh.permit.keyHash, permit.keyHash);
  assert.equal(keySecretHash(fresh.secret), fresh.permit.keyHash);
});

test('a bad API key is refused as the miner refuses it', () => {
  const { key, permit } = vectors.apiKey;
  const { signature, secret } = decodeApiKey(key);
  assert.throws(() => decodeApiKey('sk-abc'), /starts with gk2_/);
  assert.throws(() => decodeApiKey('gk2_!!!'), /not base64url/);
  assert.throws(() => decodeApiKey(key.slice(0, -4)), /not base64url/);
  assert.equal(decodeApiKey(` ${key}\n`).id, vectors.apiKey.id, 'surrounding whitespace is trimmed');
  assert.throws(() => decodeApiKey(`\uFEFF${key}`), /starts with gk2_/);
  assert.equal(permitSignedBy(permit, new Uint8Array(64)), false, 'no signature is no signature, not an exception');
  // Only the wrapped payload is signed: a signature over the bare message is refused.
  const unwrapped = sr25519Sign(permitMessage(permit), pairFromUri('//Alice'));
  assert.equal(permitSignedBy(permit, unwrapped), false);
  const eve = signApiKey(pairFromUri('//Eve'), { ...permit, secret });
  const forged = encodeApiKey(permit, decodeApiKey(eve).signature, secret);
  assert.throws(() => decodeApiKey(forged), /does not verify/);
  const raised = encodeApiKey({ ...permit, allowance: BigInt(permit.allowance) + 1n }, signature, secret);
  assert.throws(() => decodeApiKey(raised), /does not verify/);
  // What the chain shows of a key (its permit and signature) makes no key: not with another
  // secret, not as a gk1_ key.
  assert.throws(() => decodeApiKey(encodeApiKey(permit, signature, new Uint8Array(32))), /secret does not match/);
  const publicPart = u8aConcat(encodePermit(permit), hexToU8a(signature));
  assert.throws(() => decodeApiKey(`gk1_${base64url(publicPart)}`), /gk1_ API keys are no longer served/);
  assert.throws(() => decodeApiKey(`gk2_${base64url(publicPart)}`), /not base64url/);
  assert.throws(() => permitId({ ...permit, nonce: undefined }), /needs nonce/);
});

test('an interaction digest equals the one Rust computes', () => {
  const { digest, ...inputs } = vectors.interaction;
  const { signingPayload, ...fields } = inputs;
  assert.equal(u8aToHex(interactionDigest(fields)), digest);
  assert.equal(u8aToHex(interactionSigningPayload(hexToU8a(digest))), signingPayload);
  assert.notEqual(u8aToHex(interactionDigest({ ...fields, expiry: fields.expiry + 1 })), digest);
  // A missing field is refused, never hashed as zeros.
  assert.throws(() => interactionDigest({ ...fields, requestHash: undefined }), /needs requestHash/);
});

test('a proof of key possession signs what Rust verifies', () => {
  const { account, signingPayload } = vectors.keyPossession;
  assert.equal(u8aToHex(keyPossessionSigningPayload(account)), signingPayload);
  assert.equal(u8aToHex(keyPossessionSigningPayload(encodeAddress(account))), signingPayload, 'SS58 or hex alike');
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
  // Salted: the hash is not the hash of the rest without the salt, nor with another salt.
  assert.equal(metadata.slice(2, 4), '03', 'version 3 first');
  const unsalted = `0x${metadata.slice(4 + 64)}`;
  const otherSalt = `0x03${'00'.repeat(32)}${metadata.slice(4 + 64)}`;
  for (const guess of [unsalted, otherSalt]) assert.notEqual(blake2AsHex(hexToU8a(guess), 256), resultHash);
  assert.equal(blake2AsHex(hexToU8a(metadata), 256), resultHash);
  // An unsalted (version 1) plaintext is refused by its first byte, one of a later layout too;
  // version 2 (3 without the Cancelled finish reason) still reads.
  assert.throws(() => decodeRecordMetadata(registry, `0x01${metadata.slice(4)}`), /version 2 or 3/);
  assert.throws(() => decodeRecordMetadata(registry, `0x04${metadata.slice(4)}`), /version 2 or 3/);
  assert.equal(decodeRecordMetadata(registry, `0x02${metadata.slice(4)}`).toJSON().version, 2);
});
