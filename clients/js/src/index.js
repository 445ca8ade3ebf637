// @gintonic/client: the Gintonic chain's wire formats in one place, for wallets, dApps, the
// chat page and the project's own tests. Call `cryptoWaitReady()` from
// @polkadot/util-crypto (re-exported here) before using keys or envelopes.
export { cryptoWaitReady } from '@polkadot/util-crypto';
export { DEV_PHRASE, pairFromUri } from './keys.js';
export { ENVELOPE_VERSION, FIXED_HEADER_LEN, MAX_RECIPIENTS, RECIPIENT_LEN, envelopeLength, open, parseEnvelope, recipients, seal } from './seal.js';
export { API_KEY_PREFIX, KEY_SECRET_DOMAIN, LEGACY_API_KEY_PREFIX, PERMIT_DOMAIN, PERMIT_LEN, decodeApiKey, encodeApiKey, encodePermit, keySecretHash, normalizePermit, permitId, permitMessage, permitSignedBy, permitSigningPayload, signApiKey } from './permit.js';
export { INTERACTION_DOMAIN, interactionDigest, interactionSigningPayload } from './interaction.js';
export { KEY_POSSESSION_DOMAIN, keyPossessionMessage, keyPossessionSigningPayload } from './provider.js';
export { RECORD_METADATA_PATH, RECORD_METADATA_VERSION, RECORD_METADATA_VERSIONS_READ, decodeRecordMetadata, openRecord, recordMetadataType, recordMetadataView, registryFromMetadata } from './record.js';
export { base64url, fromBase64url } from './encoding.js';
