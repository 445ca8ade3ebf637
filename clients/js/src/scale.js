// The SCALE types of the messages an account signs before the chain has seen them (a permit,
// an interaction's digest), in one registry of @polkadot/types: what the Rust structs in
// pallets/primitives encode to, field for field. Records are read with the chain's own
// metadata instead (record.js); test/vectors.test.js holds both to bytes that Rust wrote.
import { TypeRegistry } from '@polkadot/types';

/** A registry that knows `GintonicPermit` and `GintonicInteractionPreimage`. */
export const registry = new TypeRegistry();

registry.register({
  // gintonic_primitives::permit::Permit<AccountId32, u128, u32>
  GintonicPermit: {
    genesisHash: 'H256',
    account: 'AccountId32',
    provider: 'AccountId32',
    keyHash: '[u8; 32]',
    allowance: 'u128',
    expiry: 'u32',
    nonce: 'u64',
  },
  // What gintonic_primitives::interaction::interaction_digest hashes after its domain.
  GintonicInteractionPreimage: '(H256, AccountId32, AccountId32, H256, H256, u128, u32)',
});
