#!/usr/bin/env node
// Writes browser/*.js: ES module faces of the UMD bundles that @polkadot/util,
// @polkadot/util-crypto and @polkadot/types ship (bundle-polkadot-*.js), exporting every
// name the npm module exports, so that this package runs in a browser with no build step
// (browser/README.md). Run after upgrading those packages; test/browser.test.js fails until
// then.
import { writeFileSync } from 'node:fs';

export const FACES = [
  ['@polkadot/util', 'polkadotUtil', 'polkadot-util.js'],
  ['@polkadot/util-crypto', 'polkadotUtilCrypto', 'polkadot-util-crypto.js'],
  ['@polkadot/types', 'polkadotTypes', 'polkadot-types.js'],
];

/** The UMD bundle that sets `globalThis[global]`: `polkadotUtilCrypto` → `bundle-polkadot-util-crypto.js`. */
export function bundleFile (global) {
  return `bundle-${global.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.js`;
}

/** The text of the face of `pkg`, whose bundle sets `globalThis[global]`. */
export async function face (pkg, global) {
  const names = Object.keys(await import(pkg)).filter((name) => name !== 'default').sort();
  const lines = [];
  for (let i = 0; i < names.length; i += 6) lines.push(`  ${names.slice(i, i + 6).join(', ')},`);
  const { version } = (await import(`${pkg}/packageInfo.js`)).packageInfo;
  return `// ${pkg} ${version} as an ES module, over its UMD bundle (${bundleFile(global)}),
// which the page loads first as a classic script. Written by clients/js/scripts/browser-shims.js.
const bundle = globalThis.${global};
if (!bundle) throw new Error('load bundle for ${pkg} before this module');
export const {
${lines.join('\n')}
} = bundle;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [pkg, global, file] of FACES) {
    writeFileSync(new URL(`../browser/${file}`, import.meta.url), await face(pkg, global));
  }
}
