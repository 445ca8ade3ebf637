// The digest a sender signs to have one API or chat interaction recorded and charged
// (gintonic_primitives::interaction):
//
//   blake2-256("gintonic/interaction/v1" ‖ SCALE(genesis, sender, provider, model, request_hash, max_payment u128, expiry u32))
//
// A wallet signs `interactionSigningPayload(digest)`: the domain and the digest, `<Bytes>`-wrapped
// (what `signRaw` makes of the domain ‖ digest); the chain accepts nothing else.
import { stringToU8a, u8aConcat, u8aWrapBytes } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { registry } from './scale.js';

/** What an interaction's digest is prefixed with. */
export const INTERACTION_DOMAIN = 'gintonic/interaction/v1';
const FIELDS = ['genesisHash', 'sender', 'provider', 'model', 'requestHash', 'maxPayment', 'expiry'];

/**
 * The 32-byte digest of one interaction. Hashes and keys as bytes or 0x-hex (accounts also
 * as SS58), `maxPayment` and `expiry` as bigint or number.
 */
export function interactionDigest (interaction) {
  const missing = FIELDS.filter((field) => interaction[field] === undefined || interaction[field] === null);
  if (missing.length) throw new Error(`an interaction needs ${missing.join(', ')}`);
  const { genesisHash, sender, provider, model, requestHash, maxPayment, expiry } = interaction;
  const preimage = registry.createType('GintonicInteractionPreimage', [genesisHash, sender, provider, model, requestHash, BigInt(maxPayment), expiry]);
  return blake2AsU8a(u8aConcat(stringToU8a(INTERACTION_DOMAIN), preimage.toU8a()), 256);
}

/** What the sender signs for the interaction with `digest`: `<Bytes>` ‖ domain ‖ digest ‖ `</Bytes>`. */
export function interactionSigningPayload (digest) {
  return u8aWrapBytes(u8aConcat(stringToU8a(INTERACTION_DOMAIN), digest));
}
