// The package runs in a browser with no build step (browser/README.md): each ES module face
// in browser/ exports every name its npm module exports, and every name this package imports
// from @polkadot/* is among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FACES, bundleFile, face } from '../scripts/browser-shims.js';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const PAGE = '../../../offchain-worker/miner/static/chat.js';
const VENDOR = '../../../offchain-worker/miner/static/vendor/';

test('each browser face is current for the installed @polkadot packages', async () => {
  for (const [pkg, global, file] of FACES) {
    assert.equal(read(`../browser/${file}`), await face(pkg, global), `${file} is stale: run node clients/js/scripts/browser-shims.js`);
  }
});

test('every name the package imports from @polkadot/* is exported by its browser face', () => {
  const faces = Object.fromEntries(FACES.map(([pkg, , file]) => {
    const names = read(`../browser/${file}`).match(/export const \{([^}]*)\}/)[1].split(',').map((name) => name.trim()).filter(Boolean);
    return [pkg, new Set(names)];
  }));
  const sources = readdirSync(new URL('../src/', import.meta.url)).filter((name) => name.endsWith('.js')).map((name) => `../src/${name}`);
  // The chat page, in this repository, imports from the faces too.
  if (existsSync(new URL(PAGE, import.meta.url))) sources.push(PAGE);
  for (const file of sources) {
    for (const [, names, pkg] of read(file).matchAll(/(?:import|export) \{([^}]*)\} from '(@polkadot\/[^']+)'/g)) {
      assert.ok(faces[pkg], `${file} imports ${pkg}, which has no browser face`);
      for (const name of names.split(',').map((n) => n.trim()).filter(Boolean)) {
        assert.ok(faces[pkg].has(name), `${file} imports ${name} from ${pkg}, which its face lacks`);
      }
    }
  }
});

test('the chat page vendors the very bundles of the installed packages', { skip: !existsSync(new URL(VENDOR, import.meta.url)) }, async () => {
  for (const [pkg, global] of FACES) {
    const file = bundleFile(global);
    const { path } = (await import(`${pkg}/packageInfo.js`)).packageInfo;
    const installed = readFileSync(join(path, file));
    assert.ok(installed.equals(readFileSync(new URL(VENDOR + file, import.meta.url))), `${VENDOR}${file} is not ${pkg}'s: copy it from node_modules`);
  }
});
