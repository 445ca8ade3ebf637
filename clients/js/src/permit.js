// Permits and the API keys that carry them (docs/api.md; the Rust side is
// gintonic_primitives::permit and the miner's api_key.rs). An account signs, `<Bytes>`-wrapped
// as polkadot.js `signRaw` and the browser extension sign (nothing else is accepted),
//
//   "gintonic/permit/v2" ‖ SCALE(genesis_hash, account, provider, key_hash, allowance u128, expiry u32, nonce u64)
//
// where key_hash = blake2-256("gintonic/api-key-secret/v1" ‖ secret) commits to a random
// secret that only the key holds, and the API key is
// `gk2_` + base64url(SCALE(permit) ‖ signature ‖ secret). The permit and its signature go on
// chain with every charge; the secret never does.
import { hexToU8a, isHex, stringToU8a, u8aConcat, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { blake2AsHex, decodeAddress, randomAsU8a, sr25519Sign, sr25519Verify } from '@polkadot/util-crypto';
import { base64url, fromBase64url } from './encoding.js';
import { registry } from './scale.js';

/** What a permit's signature is prefixed with, so that it means nothing elsewhere. */
export const PERMIT_DOMAIN = 'gintonic/permit/v2';
/** What the hash of an API key's secret is prefixed with. */
export const KEY_SECRET_DOMAIN = 'gintonic/api-key-secret/v1';
/** The prefix of an API key, naming its format's version. */
export const API_KEY_PREFIX = 'gk2_';
/** The prefix of the first key format, refused: its bytes went on chain with its first use. */
export const LEGACY_API_KEY_PREFIX = 'gk1_';
/** The length of a SCALE-encoded permit. */
export const PERMIT_LEN = 156;
const SIGNATURE_LEN = 64;
const SECRET_LEN = 32;

function bytesOf (value) {
  return typeof value === 'string' ? hexToU8a(value) : value;
}

/** What a permit names as `keyHash` for a key holding `secret` (32 bytes or 0x-hex): 0x-hex. */
export function keySecretHash (secret) {
  const bytes = bytesOf(secret);
  if (bytes.length !== SECRET_LEN) throw new Error(`an API key's secret is ${SECRET_LEN} bytes, not ${bytes.length}`);
  return blake2AsHex(u8aConcat(stringToU8a(KEY_SECRET_DOMAIN), bytes), 256);
}

/** 32 raw bytes of an account given as bytes, hex or an SS58 address. */
function accountBytes (account) {
  if (account instanceof Uint8Array) return account;
  return isHex(account) ? hexToU8a(account) : decodeAddress(account);
}

const PERMIT_FIELDS = ['genesisHash', 'account', 'provider', 'keyHash', 'allowance', 'expiry', 'nonce'];

/** The permit as its SCALE type; throws when a field is missing. */
function permitCodec (permit) {
  const missing = PERMIT_FIELDS.filter((field) => permit[field] === undefined || permit[field] === null);
  if (missing.length) throw new Error(`a permit needs ${missing.join(', ')}`);
  const { genesisHash, account, provider, keyHash, allowance, expiry, nonce } = permit;
  return registry.createType('GintonicPermit', {
    genesisHash, account: accountBytes(account), provider: accountBytes(provider), keyHash, allowance: BigInt(allowance), expiry, nonce: BigInt(nonce),
  });
}

function permitFromCodec (codec) {
  return {
    genesisHash: codec.genesisHash.toHex(),
    account: u8aToHex(codec.account.toU8a()),
    provider: u8aToHex(codec.provider.toU8a()),
    keyHash: codec.keyHash.toHex(),
    allowance: codec.allowance.toString(),
    expiry: codec.expiry.toNumber(),
    nonce: codec.nonce.toString(),
  };
}

/**
 * A permit in plain values: `genesisHash` and `keyHash` hex, `account` and `provider` as
 * 0x-hex public keys, `allowance` and `nonce` as decimal strings, `expiry` a block number; what
 * `api.tx.inference.revokePermit` takes. Accepts accounts as bytes, hex or SS58 and amounts
 * as bigint, number or string.
 */
export function normalizePermit (permit) {
  return permitFromCodec(permitCodec(permit));
}

/** SCALE(permit): 156 bytes. */
export function encodePermit (permit) {
  return permitCodec(permit).toU8a();
}

/** The permit's message, the domain then SCALE(permit): what its id hashes, and what a wallet's
 * `signRaw` is given (it wraps it as `permitSigningPayload`). */
export function permitMessage (permit) {
  return u8aConcat(stringToU8a(PERMIT_DOMAIN), encodePermit(permit));
}

/** What the account's key signs: the permit's message, `<Bytes>`-wrapped. */
export function permitSigningPayload (permit) {
  return u8aWrapBytes(permitMessage(permit));
}

/** The permit's id (0x-hex), under which the chain keeps what it has spent. */
export function permitId (permit) {
  return blake2AsHex(permitMessage(permit), 256);
}

/**
 * Whether `signature` is the permit account's sr25519 signature over its signing payload;
 * false for anything that is no signature or no valid key.
 */
export function permitSignedBy (permit, signature) {
  try {
    return sr25519Verify(permitSigningPayload(permit), bytesOf(signature), accountBytes(permit.account));
  } catch {
    return false;
  }
}

/** The printable API key of a permit, the account's signature over it and the key's secret. */
export function encodeApiKey (permit, signature, secret) {
  const sig = bytesOf(signature);
  if (sig.length !== SIGNATURE_LEN) throw new Error(`a signature is ${SIGNATURE_LEN} bytes, not ${sig.length}`);
  const secretBytes = bytesOf(secret ?? new Uint8Array());
  if (secretBytes.length !== SECRET_LEN) throw new Error(`an API key's secret is ${SECRET_LEN} bytes, not ${secretBytes.length}`);
  return `${API_KEY_PREFIX}${base64url(u8aConcat(encodePermit(permit), sig, secretBytes))}`;
}

/**
 * Signs a permit for `provider` with `pair` (the paying account's `{ publicKey, secretKey }`)
 * and returns the API key. `expiry` is a block number; `nonce` tells apart otherwise equal
 * permits (the time in milliseconds unless given); `secret` is 32 random bytes unless given
 * (the permit's `keyHash` commits to it).
 */
export function signApiKey (pair, { genesisHash, provider, allowance, expiry, nonce = BigInt(Date.now()), secret = randomAsU8a(SECRET_LEN) }) {
  const permit = { genesisHash, account: pair.publicKey, provider, keyHash: keySecretHash(secret), allowance, expiry, nonce };
  return encodeApiKey(permit, sr25519Sign(permitSigningPayload(permit), pair), secret);
}

/**
 * Reads an API key: `{ permit, signature, secret, id }`, the permit in plain values (see
 * `normalizePermit`), the signature and the secret as hex. Throws, as the miner refuses it,
 * when the prefix, the encoding, the signature or the secret is wrong.
 */
export function decodeApiKey (text) {
  // Whitespace trimmed as Rust's `str::trim` does (which keeps U+FEFF).
  const body = text.replace(/^[^\S\uFEFF]+|[^\S\uFEFF]+$/g, '');
  if (body.startsWith(LEGACY_API_KEY_PREFIX)) throw new Error('gk1_ API keys are no longer served: anyone could rebuild them from the chain once used; make a gk2_ key with `gintonic-node api-key`');
  if (!body.startsWith(API_KEY_PREFIX)) throw new Error('an API key starts with gk2_ (make one with `gintonic-node api-key`)');
  let bytes;
  try {
    bytes = fromBase64url(body.slice(API_KEY_PREFIX.length));
  } catch {
    bytes = new Uint8Array();
  }
  if (bytes.length !== PERMIT_LEN + SIGNATURE_LEN + SECRET_LEN) throw new Error('the API key is not base64url of a permit, its signature and its secret');
  const permit = permitFromCodec(registry.createType('GintonicPermit', bytes.subarray(0, PERMIT_LEN)));
  const signature = bytes.subarray(PERMIT_LEN, PERMIT_LEN + SIGNATURE_LEN);
  const secret = bytes.subarray(PERMIT_LEN + SIGNATURE_LEN);
  if (!permitSignedBy(permit, signature)) throw new Error("the API key's signature does not verify for its account");
  if (keySecretHash(secret) !== permit.keyHash) throw new Error("the API key's secret does not match its permit");
  return { permit, signature: u8aToHex(signature), secret: u8aToHex(secret), id: permitId(permit) };
}
