#!/usr/bin/env node
// Command-line face of @gintonic/client's envelope for the Rust seal crate's interoperability test:
//   node tools/seal.js public <suri>                       → hex public key
//   node tools/seal.js seal <payload hex> <suri>…          → hex envelope sealed to those accounts
//   node tools/seal.js open <envelope hex> <suri>          → hex payload, or exit 1 with the reason
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { open, seal, pairFromUri } from '@gintonic/client';

await cryptoWaitReady();
const [command, first, ...rest] = process.argv.slice(2);
try {
  if (command === 'public') {
    console.log(u8aToHex(pairFromUri(first).publicKey));
  } else if (command === 'seal') {
    console.log(u8aToHex(seal(hexToU8a(first), rest.map((suri) => pairFromUri(suri).publicKey))));
  } else if (command === 'open') {
    console.log(u8aToHex(open(hexToU8a(first), pairFromUri(rest[0]))));
  } else {
    throw new Error(`unknown command ${command}: public | seal | open`);
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
