// @gintonic/client: the Gintonic chain's wire formats in one place, for wallets, dApps, the
// chat page and the project's own tests. Call `cryptoWaitReady()` from
// @polkadot/util-crypto (re-exported here) before using keys or envelopes.
export { cryptoWaitReady } from '@polkadot/util-crypto';
export { DEV_PHRASE, pairFromUri } from './keys.js';
export { ENVELOPE_VERSION, FIXED_HEADER_LEN, MAX_RECIPIENTS, RECIPIENT_LEN, envelopeLength, open, parseEnvelope, recipients, seal } from './seal.js';
export { API_KEY_PREFIX, PERMIT_DOMAIN, PERMIT_LEN, decodeApiKey, encodeApiKey, encodePermit, normalizePermit, permitId, permitMessage, permitSignedBy, signApiKey } from './permit.js';
export { INTERACTION_DOMAIN, interactionDigest } from './interaction.js';
export { RECORD_METADATA_PATH, decodeRecordMetadata, openRecord, recordMetadataType, recordMetadataView, registryFromMetadata } from './record.js';
export { base64url, fromBase64url } from './encoding.js';
