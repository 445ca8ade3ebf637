// On-chain records: the sealed RecordMetadata of every request and API call, read with the
// chain's own metadata (the runtime names the type through its `InferenceApi`), so no client
// copies its field order. A record's public `resultHash` is blake2-256 of the plaintext.
import { Metadata, TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aEq, u8aToHex, u8aToString } from '@polkadot/util';
import { blake2AsHex, encodeAddress } from '@polkadot/util-crypto';
import { open } from './seal.js';

/** The Rust path under which the chain's metadata describes a record's plaintext. */
export const RECORD_METADATA_PATH = 'gintonic_primitives::record::RecordMetadata';

/** The layout of a record's plaintext that miners write now: its first byte. 2 is salted (a
 * random 32 bytes second, so that the public result hash confirms no guess of the rest); 3
 * adds the `Cancelled` finish reason (a stream whose client went away). */
export const RECORD_METADATA_VERSION = 3;

/** The layouts this package reads: 2 is 3 without `Cancelled`. */
export const RECORD_METADATA_VERSIONS_READ = [2, 3];

const bytesOf = (value) => (typeof value === 'string' ? hexToU8a(value) : value);

/**
 * A registry of the chain's types from its runtime metadata (the bytes or hex that
 * `state_getMetadata` returns, or the miner's `/v1/gintonic/metadata`). With @polkadot/api,
 * `api.registry` is one already.
 */
export function registryFromMetadata (metadata) {
  const registry = new TypeRegistry();
  registry.setMetadata(new Metadata(registry, bytesOf(metadata)));
  return registry;
}

/** The type name under which `registry` decodes a record's plaintext. */
export function recordMetadataType (registry) {
  let types = [];
  try {
    types = registry.lookup.types;
  } catch { /* a registry without the chain's types */ }
  const entry = types.find(({ type }) => type.path.map(String).join('::') === RECORD_METADATA_PATH);
  if (!entry) throw new Error(`the chain's metadata names no ${RECORD_METADATA_PATH}`);
  return registry.createLookupType(entry.id);
}

/**
 * The plaintext `RecordMetadata` as the chain's codec. Throws, as Rust's decoding refuses them,
 * on bytes that end early, run past its end, or are not its canonical encoding.
 */
export function decodeRecordMetadata (registry, plaintext) {
  const bytes = bytesOf(plaintext);
  if (!RECORD_METADATA_VERSIONS_READ.includes(bytes[0])) {
    throw new Error(`not a record's metadata of version ${RECORD_METADATA_VERSIONS_READ.join(' or ')} (salted): its first byte is ${bytes[0]}`);
  }
  let codec;
  try {
    codec = registry.createType(recordMetadataType(registry), bytes);
  } catch (error) {
    throw new Error(`not a record's metadata: ${error.message}`);
  }
  const canonical = codec.toU8a();
  if (u8aEq(canonical, bytes)) return codec;
  if (canonical.length < bytes.length && u8aEq(canonical, bytes.subarray(0, canonical.length))) {
    throw new Error(`not a record's metadata: ${bytes.length - canonical.length} bytes after its end`);
  }
  if (canonical.length > bytes.length) throw new Error("not a record's metadata: it ends early");
  throw new Error("not a record's metadata: not its canonical encoding");
}

const text = (bytes) => u8aToString(bytes.toU8a(true));
const milli = (value) => value.toNumber() / 1000;

/**
 * A decoded RecordMetadata in plain values for people and JSON: texts as strings, accounts
 * as SS58 addresses, the prompt parsed from its JSON, amounts as decimal strings.
 */
export function recordMetadataView (metadata, ss58Format = 42) {
  const m = metadata;
  const ms = m.dateTimeMs.toBigInt();
  // Past what a Date holds (±8.64e15 ms), the number itself.
  const dateTime = ms <= 8_640_000_000_000_000n ? new Date(Number(ms)).toISOString() : ms.toString();
  const prompt = text(m.prompt);
  let messages = prompt;
  try { messages = JSON.parse(prompt); } catch { /* kept as text */ }
  return {
    version: m.version.toNumber(),
    salt: m.salt.toHex(),
    dateTime,
    gpu: { model: text(m.gpu.model), memoryGib: m.gpu.memoryGib.toNumber(), count: m.gpu.count.toNumber() },
    provider: encodeAddress(m.provider.toU8a(), ss58Format),
    pricePerHour: m.pricePerHour.toString(),
    model: m.model.toHex(),
    modelName: text(m.modelName),
    params: {
      temperature: milli(m.params.temperatureMilli),
      topP: milli(m.params.topPMilli),
      topK: m.params.topK.toNumber(),
      maxTokens: m.params.maxTokens.toNumber(),
      seed: m.params.seed.toString(),
      repetitionPenalty: milli(m.params.repetitionPenaltyMilli),
      stop: m.params.stop.map(text),
    },
    prompt: messages,
    instructions: text(m.instructions),
    response: text(m.response),
    sender: encodeAddress(m.sender.toU8a(), ss58Format),
    responseTokens: m.responseTokens.map((id) => id.toNumber()),
    finishReason: m.finishReason.type.toLowerCase(),
    precision: text(m.precision),
  };
}

/**
 * Opens a record with `pair`: `{ plaintext, matches, metadata }`, where `matches` says whether
 * the plaintext is what the record's public result hash commits to and `metadata` is
 * `recordMetadataView` of it. The record as the chain's RPC returns it (`sealedMetadata`,
 * `resultHash`) or as the miner's API does (`sealed_metadata`, `result_hash`), bytes or hex.
 * Throws when the pair cannot open it or it is not a record.
 */
export function openRecord (registry, record, pair) {
  const sealedMetadata = record.sealedMetadata ?? record.sealed_metadata;
  const resultHash = record.resultHash ?? record.result_hash;
  if (sealedMetadata === undefined || resultHash === undefined) {
    throw new Error('a record has sealedMetadata and resultHash (or sealed_metadata and result_hash)');
  }
  const plaintext = open(bytesOf(sealedMetadata), pair);
  const hash = typeof resultHash === 'string' ? resultHash : u8aToHex(resultHash);
  return {
    plaintext,
    matches: blake2AsHex(plaintext, 256) === hash.toLowerCase(),
    metadata: recordMetadataView(decodeRecordMetadata(registry, plaintext)),
  };
}
