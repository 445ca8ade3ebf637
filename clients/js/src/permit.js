// Permits and the API keys that carry them (docs/api.md; the Rust side is
// gintonic_primitives::permit and the miner's api_key.rs). An account signs
//
//   "gintonic/permit/v1" ‖ SCALE(genesis_hash, account, provider, allowance u128, expiry u32, nonce u64)
//
// raw or `<Bytes>`-wrapped (as polkadot.js `signRaw` does), and the API key is
// `gk1_` + base64url(SCALE(permit) ‖ signature).
import { hexToU8a, isHex, stringToU8a, u8aConcat, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { blake2AsHex, decodeAddress, sr25519Sign, sr25519Verify } from '@polkadot/util-crypto';
import { base64url, fromBase64url } from './encoding.js';
import { registry } from './scale.js';

/** What a permit's signature is prefixed with, so that it means nothing elsewhere. */
export const PERMIT_DOMAIN = 'gintonic/permit/v1';
/** The prefix of an API key, naming its format's version. */
export const API_KEY_PREFIX = 'gk1_';
/** The length of a SCALE-encoded permit. */
export const PERMIT_LEN = 124;
const SIGNATURE_LEN = 64;

/** 32 raw bytes of an account given as bytes, hex or an SS58 address. */
function accountBytes (account) {
  if (account instanceof Uint8Array) return account;
  return isHex(account) ? hexToU8a(account) : decodeAddress(account);
}

const PERMIT_FIELDS = ['genesisHash', 'account', 'provider', 'allowance', 'expiry', 'nonce'];

/** The permit as its SCALE type; throws when a field is missing. */
function permitCodec (permit) {
  const missing = PERMIT_FIELDS.filter((field) => permit[field] === undefined || permit[field] === null);
  if (missing.length) throw new Error(`a permit needs ${missing.join(', ')}`);
  const { genesisHash, account, provider, allowance, expiry, nonce } = permit;
  return registry.createType('GintonicPermit', {
    genesisHash, account: accountBytes(account), provider: accountBytes(provider), allowance: BigInt(allowance), expiry, nonce: BigInt(nonce),
  });
}

function permitFromCodec (codec) {
  return {
    genesisHash: codec.genesisHash.toHex(),
    account: u8aToHex(codec.account.toU8a()),
    provider: u8aToHex(codec.provider.toU8a()),
    allowance: codec.allowance.toString(),
    expiry: codec.expiry.toNumber(),
    nonce: codec.nonce.toString(),
  };
}

/**
 * A permit in plain values: `genesisHash` hex, `account` and `provider` as 0x-hex public
 * keys, `allowance` and `nonce` as decimal strings, `expiry` a block number; what
 * `api.tx.inference.revokePermit` takes. Accepts accounts as bytes, hex or SS58 and amounts
 * as bigint, number or string.
 */
export function normalizePermit (permit) {
  return permitFromCodec(permitCodec(permit));
}

/** SCALE(permit): 124 bytes. */
export function encodePermit (permit) {
  return permitCodec(permit).toU8a();
}

/** What the account signs: the domain, then SCALE(permit). */
export function permitMessage (permit) {
  return u8aConcat(stringToU8a(PERMIT_DOMAIN), encodePermit(permit));
}

/** The permit's id (0x-hex), under which the chain keeps what it has spent. */
export function permitId (permit) {
  return blake2AsHex(permitMessage(permit), 256);
}

/**
 * Whether `signature` is the permit account's sr25519 signature, raw or `<Bytes>`-wrapped;
 * false for anything that is no signature or no valid key.
 */
export function permitSignedBy (permit, signature) {
  const message = permitMessage(permit);
  const account = accountBytes(permit.account);
  const sig = typeof signature === 'string' ? hexToU8a(signature) : signature;
  const verifies = (signed) => {
    try {
      return sr25519Verify(signed, sig, account);
    } catch {
      return false;
    }
  };
  return verifies(message) || verifies(u8aWrapBytes(message));
}

/** The printable API key of a permit and the account's signature over it. */
export function encodeApiKey (permit, signature) {
  const sig = typeof signature === 'string' ? hexToU8a(signature) : signature;
  if (sig.length !== SIGNATURE_LEN) throw new Error(`a signature is ${SIGNATURE_LEN} bytes, not ${sig.length}`);
  return `${API_KEY_PREFIX}${base64url(u8aConcat(encodePermit(permit), sig))}`;
}

/**
 * Signs a permit for `provider` with `pair` (the paying account's `{ publicKey, secretKey }`)
 * and returns the API key. `expiry` is a block number; `nonce` tells apart otherwise equal
 * permits (the time in milliseconds unless given).
 */
export function signApiKey (pair, { genesisHash, provider, allowance, expiry, nonce = BigInt(Date.now()) }) {
  const permit = { genesisHash, account: pair.publicKey, provider, allowance, expiry, nonce };
  return encodeApiKey(permit, sr25519Sign(permitMessage(permit), pair));
}

/**
 * Reads an API key: `{ permit, signature, id }`, the permit in plain values (see
 * `normalizePermit`), the signature as hex. Throws, as the miner refuses it, when the prefix,
 * the encoding or the signature is wrong.
 */
export function decodeApiKey (text) {
  // Whitespace trimmed as Rust's `str::trim` does (which keeps U+FEFF).
  const body = text.replace(/^[^\S\uFEFF]+|[^\S\uFEFF]+$/g, '');
  if (!body.startsWith(API_KEY_PREFIX)) throw new Error('an API key starts with gk1_ (make one with `gintonic-node api-key`)');
  let bytes;
  try {
    bytes = fromBase64url(body.slice(API_KEY_PREFIX.length));
  } catch {
    bytes = new Uint8Array();
  }
  if (bytes.length !== PERMIT_LEN + SIGNATURE_LEN) throw new Error('the API key is not base64url of a permit and its signature');
  const permit = permitFromCodec(registry.createType('GintonicPermit', bytes.subarray(0, PERMIT_LEN)));
  const signature = bytes.subarray(PERMIT_LEN);
  if (!permitSignedBy(permit, signature)) throw new Error("the API key's signature does not verify for its account");
  return { permit, signature: u8aToHex(signature), id: permitId(permit) };
}
