// @polkadot/util-crypto 14.0.3 as an ES module, over its UMD bundle (bundle-polkadot-util-crypto.js),
// which the page loads first as a classic script. Written by clients/js/scripts/browser-shims.js.
const bundle = globalThis.polkadotUtilCrypto;
if (!bundle) throw new Error('load bundle for @polkadot/util-crypto before this module');
export const {
  addressEq, addressToEvm, allNetworks, availableNetworks, base32Decode, base32Encode,
  base32Validate, base58Decode, base58Encode, base58Validate, base64Decode, base64Encode,
  base64Pad, base64Trim, base64Validate, blake2AsHex, blake2AsU8a, checkAddress,
  checkAddressChecksum, createKeyDerived, createKeyMulti, cryptoIsReady, cryptoWaitReady, decodeAddress,
  deriveAddress, ed25519DeriveHard, ed25519PairFromRandom, ed25519PairFromSecret, ed25519PairFromSeed, ed25519PairFromString,
  ed25519Sign, ed25519Verify, encodeAddress, encodeDerivedAddress, encodeMultiAddress, ethereumEncode,
  evmToAddress, hdEthereum, hdLedger, hdValidatePath, hmacSha256AsU8a, hmacSha512AsU8a,
  hmacShaAsU8a, isAddress, isBase32, isBase58, isBase64, isEthereumAddress,
  isEthereumChecksum, jsonDecrypt, jsonDecryptData, jsonEncrypt, jsonEncryptFormat, keccak256AsU8a,
  keccak512AsU8a, keccakAsHex, keccakAsU8a, keyExtractPath, keyExtractSuri, keyFromPath,
  keyHdkdEcdsa, keyHdkdEd25519, keyHdkdSr25519, mnemonicGenerate, mnemonicToEntropy, mnemonicToLegacySeed,
  mnemonicToMiniSecret, mnemonicValidate, naclDecrypt, naclEncrypt, packageInfo, pbkdf2Encode,
  randomAsHex, randomAsNumber, randomAsU8a, scryptEncode, scryptFromU8a, scryptToU8a,
  secp256k1Compress, secp256k1Expand, secp256k1PairFromSeed, secp256k1PrivateKeyTweakAdd, secp256k1Recover, secp256k1Sign,
  secp256k1Verify, selectableNetworks, setSS58Format, sha256AsU8a, sha512AsU8a, shaAsU8a,
  signatureVerify, sortAddresses, sr25519Agreement, sr25519DeriveHard, sr25519DerivePublic, sr25519DeriveSoft,
  sr25519PairFromSeed, sr25519Sign, sr25519Verify, sr25519VrfSign, sr25519VrfVerify, validateAddress,
  xxhashAsHex, xxhashAsU8a,
} = bundle;
