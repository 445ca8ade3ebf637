// sr25519 key pairs as Substrate derives them, for the accounts that sign permits and open
// records. A wallet or the browser extension holds its own keys; these are for scripts,
// tests and the chat page's typed mnemonic.
import { keyExtractSuri, keyFromPath, mnemonicToMiniSecret, sr25519PairFromSeed } from '@polkadot/util-crypto';

/** The phrase behind Substrate's dev accounts (`//Alice`, `//Bob`, …). */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

/**
 * The sr25519 pair `{ publicKey, secretKey }` of a secret URI: `//Name` (a dev account), or a
 * mnemonic with an optional derivation path (`… walk//hard/soft`). Call after
 * `cryptoWaitReady()`.
 */
export function pairFromUri (suri) {
  const { path, phrase, password } = keyExtractSuri(suri.startsWith('//') ? `${DEV_PHRASE}${suri}` : suri);
  return keyFromPath(sr25519PairFromSeed(mnemonicToMiniSecret(phrase, password)), path, 'sr25519');
}
