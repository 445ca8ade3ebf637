// The v1 sealed envelope (offchain-worker/seal, docs/sealing.md) with @polkadot/util-crypto
// alone: what a wallet or dApp runs to seal a prompt and to open a record.
import { u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import {
  blake2AsU8a, keyFromPath, keyExtractSuri, mnemonicToMiniSecret, naclDecrypt, naclEncrypt,
  randomAsU8a, sr25519Agreement, sr25519PairFromSeed,
} from '@polkadot/util-crypto';

const VERSION = 1;
const FIXED = 58;
const ENTRY = 80;
const DOMAIN = new TextEncoder().encode('gintonic-seal-v1');
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

/** An sr25519 key pair `{ publicKey, secretKey }` from a dev URI such as `//Charlie`. */
export function sr25519FromUri (suri) {
  const { path, phrase } = keyExtractSuri(suri.startsWith('//') ? `${DEV_PHRASE}${suri}` : suri);
  return keyFromPath(sr25519PairFromSeed(mnemonicToMiniSecret(phrase)), path, 'sr25519');
}

function kek (shared, ephemeral, recipient) {
  return blake2AsU8a(u8aConcat(DOMAIN, shared, ephemeral, recipient), 256);
}

/** Seals `payload` (Uint8Array) to 1..=8 sr25519 public keys. */
export function seal (payload, recipients) {
  if (recipients.length < 1 || recipients.length > 8) throw new Error('1 to 8 recipients');
  const ephemeral = sr25519PairFromSeed(randomAsU8a(32));
  const nonce = randomAsU8a(24);
  const contentKey = randomAsU8a(32);
  const entries = recipients.map((recipient) => {
    const shared = sr25519Agreement(ephemeral.secretKey, recipient);
    const wrapped = naclEncrypt(contentKey, kek(shared, ephemeral.publicKey, recipient), nonce).encrypted;
    return u8aConcat(recipient, wrapped);
  });
  const content = naclEncrypt(payload, contentKey, nonce).encrypted;
  return u8aConcat([VERSION], ephemeral.publicKey, nonce, [recipients.length], ...entries, content);
}

/** The recipients' public keys an envelope lists. */
export function recipients (envelope) {
  const count = envelope[FIXED - 1];
  return Array.from({ length: count }, (_, i) => envelope.subarray(FIXED + i * ENTRY, FIXED + i * ENTRY + 32));
}

/** Opens `envelope` with `pair` ({ publicKey, secretKey }); throws when it cannot. */
export function open (envelope, pair) {
  if (envelope[0] !== VERSION) throw new Error(`unsupported envelope version ${envelope[0]}`);
  const count = envelope[FIXED - 1];
  if (count < 1 || count > 8 || envelope.length < FIXED + count * ENTRY + 16) throw new Error('malformed envelope');
  const ephemeral = envelope.subarray(1, 33);
  const nonce = envelope.subarray(33, 57);
  const index = recipients(envelope).findIndex((key) => u8aEq(key, pair.publicKey));
  if (index < 0) throw new Error(`${u8aToHex(pair.publicKey)} is not a recipient`);
  const start = FIXED + index * ENTRY;
  const shared = sr25519Agreement(pair.secretKey, ephemeral);
  const contentKey = naclDecrypt(envelope.subarray(start + 32, start + ENTRY), nonce, kek(shared, ephemeral, pair.publicKey));
  if (!contentKey) throw new Error('wrapped key does not open');
  const payload = naclDecrypt(envelope.subarray(FIXED + count * ENTRY), nonce, contentKey);
  if (!payload) throw new Error('content does not open');
  return payload;
}
