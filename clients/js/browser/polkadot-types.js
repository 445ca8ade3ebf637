// @polkadot/types 16.5.6 as an ES module, over its UMD bundle (bundle-polkadot-types.js),
// which the page loads first as a classic script. Written by clients/js/scripts/browser-shims.js.
const bundle = globalThis.polkadotTypes;
if (!bundle) throw new Error('load bundle for @polkadot/types before this module');
export const {
  BTreeMap, BTreeSet, BitVec, Bool, Bytes, CodecMap,
  CodecSet, Compact, Data, DoNotConstruct, Enum, F32,
  F64, GeneralExtrinsic, GenericAccountId, GenericAccountId32, GenericAccountId33, GenericAccountIndex,
  GenericAddress, GenericBlock, GenericCall, GenericChainProperties, GenericConsensusEngineId, GenericEthereumAccountId,
  GenericEthereumLookupSource, GenericEvent, GenericEventData, GenericExtrinsic, GenericExtrinsicEra, GenericExtrinsicPayload,
  GenericExtrinsicPayloadUnknown, GenericExtrinsicPayloadV4, GenericExtrinsicPayloadV5, GenericExtrinsicSignatureV4, GenericExtrinsicSignatureV5, GenericExtrinsicUnknown,
  GenericExtrinsicV4, GenericExtrinsicV5, GenericImmortalEra, GenericLookupSource, GenericMortalEra, GenericMultiAddress,
  GenericSignerPayload, GenericVote, HashMap, I128, I16, I256,
  I32, I64, I8, ISize, Int, Json,
  Linkage, Map, Metadata, Null, Option, OptionBool,
  PortableRegistry, Range, RangeInclusive, Raw, Result, Set,
  StorageKey, Struct, Text, Tuple, Type, TypeDefInfo,
  TypeRegistry, U128, U16, U256, U32, U64,
  U8, U8aFixed, UInt, USize, Vec, VecFixed,
  WrapperKeepOpaque, WrapperOpaque, XCM_MAPPINGS, bool, constructTypeClass, convertSiV0toV1,
  createClass, createClassUnsafe, createType, createTypeUnsafe, decorateConstants, decorateExtrinsics,
  decorateStorage, encodeTypeDef, expandMetadata, f32, f64, getTypeClass,
  getTypeDef, i128, i16, i256, i32, i64,
  i8, isize, lazyVariants, mapXcmTypes, packageInfo, paramsNotation,
  rpcDefinitions, typeDefinitions, typeSplit, u128, u16, u256,
  u32, u64, u8, unwrapStorageType, usize, withTypeString,
} = bundle;
