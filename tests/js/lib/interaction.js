// The interaction digest a sender signs for `record_interaction` (pallets/primitives/src/
// interaction.rs): blake2-256("gintonic/interaction/v1" ‖ SCALE(genesis, sender, provider,
// model, request_hash, max_payment u128, expiry u32)); a wallet signs it as signRaw does
// (`u8aWrapBytes`).
import { blake2AsU8a } from '@polkadot/util-crypto';
import { bnToU8a, hexToU8a, stringToU8a, u8aConcat } from '@polkadot/util';

/** The digest of one interaction; keys as bytes, `model` as hex, amounts as bigint/number. */
export function interactionDigest({ genesisHash, sender, provider, model, requestHash, maxPayment, expiry }) {
  return blake2AsU8a(
    u8aConcat(
      stringToU8a('gintonic/interaction/v1'),
      genesisHash,
      sender,
      provider,
      hexToU8a(model),
      requestHash,
      bnToU8a(maxPayment, { bitLength: 128, isLe: true }),
      bnToU8a(expiry, { bitLength: 32, isLe: true }),
    ),
  );
}
