// Types of @gintonic/client (the JavaScript is the source; see README.md).
import type { Codec, Registry } from '@polkadot/types/types';

export { cryptoWaitReady } from '@polkadot/util-crypto';

/** Bytes, or their 0x-prefixed hex. */
export type BytesLike = Uint8Array | string;
/** An account as 32 raw bytes, 0x-hex or an SS58 address. */
export type AccountLike = Uint8Array | string;
export type Amount = bigint | number | string;

/** An sr25519 key pair as @polkadot/util-crypto makes it. */
export interface Sr25519Pair { publicKey: Uint8Array; secretKey: Uint8Array }

export const DEV_PHRASE: string;
export function pairFromUri (suri: string): Sr25519Pair;

export const ENVELOPE_VERSION: 1;
export const FIXED_HEADER_LEN: 58;
export const RECIPIENT_LEN: 80;
export const MAX_RECIPIENTS: 8;
export function envelopeLength (recipientCount: number, payloadLen: number): number;
export function seal (payload: Uint8Array, recipientKeys: Uint8Array[]): Uint8Array;
export interface EnvelopeHeader {
  ephemeral: Uint8Array;
  nonce: Uint8Array;
  recipients: Uint8Array[];
  wrappedKey (index: number): Uint8Array;
  content: Uint8Array;
}
export function parseEnvelope (envelope: Uint8Array): EnvelopeHeader;
export function recipients (envelope: Uint8Array): Uint8Array[];
export function open (envelope: Uint8Array, pair: Sr25519Pair): Uint8Array;

/** A permit in plain values, as `normalizePermit` returns it. */
export interface Permit {
  genesisHash: string;
  account: string;
  provider: string;
  keyHash: string;
  allowance: string;
  expiry: number;
  nonce: string;
}
export interface PermitInput {
  genesisHash: BytesLike;
  account: AccountLike;
  provider: AccountLike;
  keyHash: BytesLike;
  allowance: Amount;
  expiry: number;
  nonce: Amount;
}
export const PERMIT_DOMAIN: string;
export const KEY_SECRET_DOMAIN: string;
export const API_KEY_PREFIX: 'gk2_';
export const LEGACY_API_KEY_PREFIX: 'gk1_';
export const PERMIT_LEN: 156;
export function keySecretHash (secret: BytesLike): string;
export function normalizePermit (permit: PermitInput): Permit;
export function encodePermit (permit: PermitInput): Uint8Array;
export function permitMessage (permit: PermitInput): Uint8Array;
export function permitSigningPayload (permit: PermitInput): Uint8Array;
export function permitId (permit: PermitInput): string;
export function permitSignedBy (permit: PermitInput, signature: BytesLike): boolean;
export function encodeApiKey (permit: PermitInput, signature: BytesLike, secret: BytesLike): string;
export function signApiKey (pair: Sr25519Pair, permit: Omit<PermitInput, 'account' | 'nonce' | 'keyHash'> & { nonce?: Amount; secret?: BytesLike }): string;
export function decodeApiKey (text: string): { permit: Permit; signature: string; secret: string; id: string };

export const INTERACTION_DOMAIN: string;
export function interactionDigest (interaction: {
  genesisHash: BytesLike;
  sender: AccountLike;
  provider: AccountLike;
  model: BytesLike;
  requestHash: BytesLike;
  maxPayment: Amount;
  expiry: number;
}): Uint8Array;
export function interactionSigningPayload (digest: Uint8Array): Uint8Array;

export const KEY_POSSESSION_DOMAIN: string;
export function keyPossessionMessage (account: AccountLike): Uint8Array;
export function keyPossessionSigningPayload (account: AccountLike): Uint8Array;

export const RECORD_METADATA_VERSION: 3;
export const RECORD_METADATA_VERSIONS_READ: [2, 3];
/** A record's plaintext in plain values (`recordMetadataView`). */
export interface RecordView {
  version: number;
  salt: string;
  dateTime: string;
  gpu: { model: string; memoryGib: number; count: number };
  provider: string;
  pricePerHour: string;
  model: string;
  modelName: string;
  params: { temperature: number; topP: number; topK: number; maxTokens: number; seed: string; repetitionPenalty: number; stop: string[] };
  /** The messages as sent (parsed JSON), or the text when it is not JSON. */
  prompt: unknown;
  instructions: string;
  response: string;
  sender: string;
  responseTokens: number[];
  finishReason: 'stop' | 'length' | 'truncated' | 'cancelled';
  precision: string;
}
export const RECORD_METADATA_PATH: string;
export function registryFromMetadata (metadata: BytesLike): Registry;
export function recordMetadataType (registry: Registry): string;
export function decodeRecordMetadata (registry: Registry, plaintext: BytesLike): Codec;
export function recordMetadataView (metadata: Codec, ss58Format?: number): RecordView;
export function openRecord (
  registry: Registry,
  record: { sealedMetadata: BytesLike; resultHash: BytesLike } | { sealed_metadata: BytesLike; result_hash: BytesLike },
  pair: Sr25519Pair,
): { plaintext: Uint8Array; matches: boolean; metadata: RecordView };

export function base64url (bytes: Uint8Array): string;
export function fromBase64url (text: string): Uint8Array;
