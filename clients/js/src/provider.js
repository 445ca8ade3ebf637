// A provider's proof that it holds its encryption key (gintonic_primitives::key_possession):
// the encryption key's sr25519 signature over
//
//   "<Bytes>" ‖ "gintonic/encryption-key/v1" ‖ account (32 bytes) ‖ "</Bytes>"
//
// what a wallet's `signRaw` makes of `keyPossessionMessage(account)`; `providers.register` and
// `providers.update` take it beside the key. Nothing else is accepted.
import { stringToU8a, u8aConcat, u8aWrapBytes } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';

/** What the proof of possession is prefixed with. */
export const KEY_POSSESSION_DOMAIN = 'gintonic/encryption-key/v1';

/** The domain and the provider's account (bytes, hex or SS58): what `signRaw` is given. */
export function keyPossessionMessage (account) {
  return u8aConcat(stringToU8a(KEY_POSSESSION_DOMAIN), decodeAddress(account));
}

/** What the encryption key signs: `keyPossessionMessage(account)`, `<Bytes>`-wrapped. */
export function keyPossessionSigningPayload (account) {
  return u8aWrapBytes(keyPossessionMessage(account));
}
