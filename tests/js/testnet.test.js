// The local testnet end to end: four validators (Alice, Bob, Charlie, Dave) from the
// checked-in chain-spec/local-raw.json on loopback. Blocks finalize; with Dave stopped,
// finality goes on (3 of 4 votes); Dave restarted on the same base path keeps its chain and
// catches up.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Node, rpc, runNode, sleep, freePort } from './lib/node.js';

const spec = join(fileURLToPath(new URL('.', import.meta.url)), '../../chain-spec/local-raw.json');
const dir = mkdtempSync(join(tmpdir(), 'gintonic-testnet-'));
const nodes = {};

after(async () => {
  await Promise.all(Object.values(nodes).map((node) => node.destroy()));
  rmSync(dir, { recursive: true, force: true });
});

async function finalizedNumber(node) {
  const head = (await rpc(node, 'chain_getFinalizedHead')).result;
  const header = (await rpc(node, 'chain_getHeader', [head])).result;
  return parseInt(header.number, 16);
}

async function waitFor(description, condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await sleep(1000);
  }
  throw new Error(`timed out waiting until ${description}`);
}

test('four validators finalize, survive one stopped, and the restarted one catches up', async () => {
  // Validators need a network key on a non-dev chain; Alice's peer id is the bootnode.
  const validators = ['alice', 'bob', 'charlie', 'dave'];
  const keyFile = (who) => join(dir, `${who}.node-key`);
  validators.forEach((who, i) => writeFileSync(keyFile(who), String(i + 1).padStart(64, '0')));
  const alicePeer = runNode(['key', 'inspect-node-key', '--file', keyFile('alice')]).trim();
  const aliceP2p = await freePort();
  for (const who of validators) {
    const network = ['--node-key-file', keyFile(who)];
    if (who !== 'alice') network.push('--bootnodes', `/ip4/127.0.0.1/tcp/${aliceP2p}/p2p/${alicePeer}`);
    nodes[who] = new Node({
      name: who,
      basePath: join(dir, who),
      args: ['--chain', spec, `--${who}`, ...network],
    });
    if (who === 'alice') nodes[who].p2pPort = aliceP2p;
  }
  await Promise.all(Object.values(nodes).map((node) => node.start()));

  const { alice, dave } = nodes;
  await waitFor('block 3 is finalized', async () => (await finalizedNumber(alice)) >= 3, 180_000);
  const block1 = (await rpc(dave, 'chain_getBlockHash', [1])).result;
  assert.match(block1, /^0x[0-9a-f]{64}$/);

  await dave.stop();
  const before = await finalizedNumber(alice);
  await waitFor(
    `finality passes ${before + 3} with Dave down`,
    async () => (await finalizedNumber(alice)) >= before + 3,
    180_000,
  );

  await dave.start();
  assert.equal((await rpc(dave, 'chain_getBlockHash', [1])).result, block1, 'Dave kept its chain');
  const target = await finalizedNumber(alice);
  await waitFor(
    `Dave finalizes up to ${target}`,
    async () => (await finalizedNumber(dave)) >= target,
    180_000,
  );
});
