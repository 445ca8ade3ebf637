// The v1 sealed envelope (docs/sealing.md; the Rust side is offchain-worker/seal): a payload
// encrypted once with a random content key, which is wrapped for each of 1 to 8 sr25519
// recipients by an agreement with an ephemeral key.
//
//   version (1) ‖ E (32) ‖ N (24) ‖ n (1) ‖ n × (R_i (32) ‖ W_i (48)) ‖ C (payload + 16)
//
// W_i = secretbox(content key, N, blake2-256("gintonic-seal-v1" ‖ agree(e, R_i) ‖ E ‖ R_i)),
// C = secretbox(payload, N, content key).
import { u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, naclDecrypt, naclEncrypt, randomAsU8a, sr25519Agreement, sr25519PairFromSeed } from '@polkadot/util-crypto';

/** The envelope format's version byte. */
export const ENVELOPE_VERSION = 1;
/** Version, ephemeral key, nonce and recipient count. */
export const FIXED_HEADER_LEN = 58;
/** A recipient's public key and its wrapped content key. */
export const RECIPIENT_LEN = 80;
/** The most recipients an envelope lists. */
export const MAX_RECIPIENTS = 8;
const TAG_LEN = 16;
const KEY_LEN = 32;
const DOMAIN = new TextEncoder().encode('gintonic-seal-v1');

function keyEncryptionKey (shared, ephemeral, recipient) {
  return blake2AsU8a(u8aConcat(DOMAIN, shared, ephemeral, recipient), 256);
}

/** The length of an envelope of `payloadLen` bytes sealed to `recipientCount` keys. */
export function envelopeLength (recipientCount, payloadLen) {
  return FIXED_HEADER_LEN + recipientCount * RECIPIENT_LEN + payloadLen + TAG_LEN;
}

/** Seals `payload` (Uint8Array) to `recipientKeys`, 1 to 8 distinct 32-byte sr25519 public keys. */
export function seal (payload, recipientKeys) {
  if (recipientKeys.length < 1 || recipientKeys.length > MAX_RECIPIENTS) {
    throw new Error(`an envelope has 1 to ${MAX_RECIPIENTS} recipients, not ${recipientKeys.length}`);
  }
  recipientKeys.forEach((key, i) => {
    if (key.length !== KEY_LEN) throw new Error(`recipient ${i} is not a 32-byte public key`);
    if (recipientKeys.slice(i + 1).some((other) => u8aEq(other, key))) throw new Error(`recipient ${u8aToHex(key)} is listed twice`);
  });
  const ephemeral = sr25519PairFromSeed(randomAsU8a(32));
  const nonce = randomAsU8a(24);
  const contentKey = randomAsU8a(KEY_LEN);
  const entries = recipientKeys.map((recipient) => {
    const shared = sr25519Agreement(ephemeral.secretKey, recipient);
    const wrapped = naclEncrypt(contentKey, keyEncryptionKey(shared, ephemeral.publicKey, recipient), nonce).encrypted;
    return u8aConcat(recipient, wrapped);
  });
  const content = naclEncrypt(payload, contentKey, nonce).encrypted;
  return u8aConcat([ENVELOPE_VERSION], ephemeral.publicKey, nonce, [recipientKeys.length], ...entries, content);
}

/**
 * The envelope's public header, checked as the chain checks it: the version, 1 to 8
 * recipients, none listed twice, long enough for them and the content's tag. Throws naming
 * what is wrong.
 */
export function parseEnvelope (envelope) {
  if (!(envelope instanceof Uint8Array)) throw new Error('an envelope is a Uint8Array (hexToU8a a hex one)');
  if (envelope.length < 1) throw new Error(`truncated envelope: 0 of at least ${FIXED_HEADER_LEN} bytes`);
  if (envelope[0] !== ENVELOPE_VERSION) throw new Error(`unsupported envelope version ${envelope[0]}`);
  if (envelope.length < FIXED_HEADER_LEN) throw new Error(`truncated envelope: ${envelope.length} of at least ${FIXED_HEADER_LEN} bytes`);
  const count = envelope[FIXED_HEADER_LEN - 1];
  if (count < 1 || count > MAX_RECIPIENTS) throw new Error(`an envelope has 1 to ${MAX_RECIPIENTS} recipients, not ${count}`);
  const needed = envelopeLength(count, 0);
  if (envelope.length < needed) throw new Error(`truncated envelope: ${envelope.length} of at least ${needed} bytes`);
  const keys = Array.from({ length: count }, (_, i) => envelope.subarray(FIXED_HEADER_LEN + i * RECIPIENT_LEN, FIXED_HEADER_LEN + i * RECIPIENT_LEN + KEY_LEN));
  keys.forEach((key, i) => {
    if (keys.slice(i + 1).some((other) => u8aEq(other, key))) throw new Error(`recipient ${u8aToHex(key)} is listed twice`);
  });
  return {
    ephemeral: envelope.subarray(1, 1 + KEY_LEN),
    nonce: envelope.subarray(1 + KEY_LEN, FIXED_HEADER_LEN - 1),
    recipients: keys,
    wrappedKey: (i) => envelope.subarray(FIXED_HEADER_LEN + i * RECIPIENT_LEN + KEY_LEN, FIXED_HEADER_LEN + (i + 1) * RECIPIENT_LEN),
    content: envelope.subarray(FIXED_HEADER_LEN + count * RECIPIENT_LEN),
  };
}

/** The recipients' public keys an envelope lists (which does not prove that they can open it). */
export function recipients (envelope) {
  return parseEnvelope(envelope).recipients;
}

/**
 * Opens `envelope` with `pair` (`{ publicKey, secretKey }`, e.g. from `pairFromUri`); throws
 * when the envelope is malformed, the pair is not a recipient, or a part does not
 * authenticate (tampered).
 */
export function open (envelope, pair) {
  const header = parseEnvelope(envelope);
  const index = header.recipients.findIndex((key) => u8aEq(key, pair.publicKey));
  if (index < 0) throw new Error(`${u8aToHex(pair.publicKey)} is not a recipient of the envelope`);
  const shared = sr25519Agreement(pair.secretKey, header.ephemeral);
  const kek = keyEncryptionKey(shared, header.ephemeral, pair.publicKey);
  const contentKey = naclDecrypt(header.wrappedKey(index), header.nonce, kek);
  if (!contentKey || contentKey.length !== KEY_LEN) throw new Error('tampered envelope: the wrapped key does not open');
  const payload = naclDecrypt(header.content, header.nonce, contentKey);
  if (!payload) throw new Error('tampered envelope: the content does not open');
  return payload;
}
