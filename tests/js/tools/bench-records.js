#!/usr/bin/env node
// Load benchmark of recording: how many `record_interaction` records per second a dev chain
// finalizes when many senders' interactions are submitted at once, as a busy API miner does.
// Starts its own dev node (GINTONIC_NODE; use a release build for figures), funds the senders,
// signs every interaction as its sender (the per-call signature proof), submits them as
// the provider (Alice) and follows finalized blocks until every record is in. Loopback only;
// bounded by --records and --timeout. With --base-path the chain's database is kept there
// (for `gintonic-node benchmark storage`, which measures the database weights on it), and
// --chain runs a chain spec file in place of the built-in dev chain.
//
//   scripts/bench/records.sh [--records 6000] [--senders 64] [--record-bytes 1024]
//                            [--in-flight 5000] [--base-path DIR] [--chain SPEC]
//
// Prints one JSON line: records, seconds from the first to the last block holding one
// (by the blocks' timestamps), records per second, records per block (mean, max), the block
// weight and length they used at most, and what one record paid in fees.
import { parseArgs } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { stringToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { interactionDigest } from '@gintonic/client';
import { Node, rpc, sleep } from '../lib/node.js';

const { values: options } = parseArgs({
  options: {
    records: { type: 'string', default: '6000' },
    senders: { type: 'string', default: '64' },
    'record-bytes': { type: 'string', default: '1024' },
    timeout: { type: 'string', default: '600' },
    'in-flight': { type: 'string', default: '5000' },
    'base-path': { type: 'string' },
    chain: { type: 'string' },
  },
});
const total = Number(options.records);
const senderCount = Number(options.senders);
const recordBytes = Number(options['record-bytes']);
const inFlight = Number(options['in-flight']);
const deadline = Date.now() + Number(options.timeout) * 1000;
const UNIT = 10n ** 12n;

await cryptoWaitReady();
const poolKbytes = Math.ceil((total * (recordBytes + 400)) / 1024) + 10_000;
const node = await new Node({
  name: 'bench-records',
  basePath: options['base-path'],
  args: [
    '--dev',
    ...(options.chain ? ['--chain', options.chain] : []),
    '--pool-limit', String(total + 1000),
    '--pool-kbytes', String(poolKbytes),
  ],
}).start();
try {
  const api = await node.api();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const alice = keyring.addFromUri('//Alice');
  const model = (await rpc(node, 'providers_get', [alice.address])).result.models[0];
  const senders = Array.from({ length: senderCount }, (_, i) => keyring.addFromUri(`//Recorder${i}`));

  // Fund every sender (sudo, one transaction each, submitted at once), then wait for them.
  let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  for (const sender of senders) {
    const fund = api.tx.sudo.sudo(api.tx.balances.forceSetBalance(sender.address, 1000n * UNIT));
    await api.rpc.author.submitExtrinsic(await fund.signAsync(alice, { nonce: nonce++ }));
  }
  const funded = async () => (await api.query.system.account(senders[senderCount - 1].address)).data.free.toBigInt() > 0n;
  while (!(await funded())) {
    if (Date.now() > deadline) throw new Error('the senders were not funded in time');
    await sleep(1000);
  }

  // Every interaction signed by its sender, then every extrinsic signed by the provider.
  const expiry = (await api.rpc.chain.getHeader()).number.toNumber() + 1000;
  const maxPayment = UNIT / 100n;
  const usage = { promptTokens: 20, completionTokens: 100 };
  // Bytes from a hex string are taken as they are (a Uint8Array would be read as SCALE).
  const sealed = u8aToHex(new Uint8Array(recordBytes).fill(7));
  nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const signingContext = {
    era: 0,
    blockHash: api.genesisHash,
    genesisHash: api.genesisHash,
    runtimeVersion: api.runtimeVersion,
    signedExtensions: api.registry.signedExtensions,
  };
  const extrinsics = [];
  for (let i = 0; i < total; i++) {
    const sender = senders[i % senderCount];
    const requestHash = blake2AsU8a(stringToU8a(`request ${i}`));
    const digest = interactionDigest({
      genesisHash: api.genesisHash.toU8a(),
      sender: sender.publicKey,
      provider: alice.publicKey,
      model,
      requestHash,
      maxPayment,
      expiry,
    });
    const tx = api.tx.inference.recordInteraction(
      sender.address,
      { Signed: { signature: { Sr25519: sender.sign(u8aWrapBytes(digest)) }, expiry } },
      model,
      requestHash,
      maxPayment,
      blake2AsU8a(stringToU8a(`result ${i}`)),
      sealed,
      usage,
    );
    // Signed offline (an immortal era from genesis): signAsync would ask the node for the
    // signing context once per extrinsic.
    extrinsics.push(tx.sign(alice, { ...signingContext, nonce: nonce++ }));
  }
  // What one record paid: the fee event of the first record finalized.
  let fee;

  // Count records in finalized blocks while submitting.
  const perBlock = [];
  let recorded = 0;
  const finalizedAll = new Promise((resolve) => {
    api.rpc.chain.subscribeFinalizedHeads(async (header) => {
      const at = await api.at(header.hash);
      const events = await at.query.system.events();
      const count = events.filter(({ event }) => event.section === 'inference' && event.method === 'InteractionRecorded').length;
      if (count === 0) return;
      fee ??= events.find(({ event }) => event.section === 'transactionPayment' && event.method === 'TransactionFeePaid')?.event.data.actualFee.toBigInt();
      const weight = await at.query.system.blockWeight();
      const length = await api.rpc.chain.getBlock(header.hash).then((b) => b.block.encodedLength);
      perBlock.push({ number: header.number.toNumber(), count, timestamp: (await at.query.timestamp.now()).toNumber(), normalRefTime: weight.normal.refTime.toBigInt(), length });
      recorded += count;
      if (recorded >= total) resolve();
    });
  });
  // At most --in-flight extrinsics wait in the pool at once (as a miner recording a steady
  // stream would have): the pool keeps a few blocks' worth, and none is dropped for room.
  const included = async () => (await api.query.system.account(alice.address)).nonce.toNumber();
  let includedNonce = await included();
  for (const xt of extrinsics) {
    while (xt.nonce.toNumber() - includedNonce >= inFlight) {
      if (Date.now() > deadline) throw new Error(`timed out with ${recorded} of ${total} records finalized`);
      await sleep(200);
      includedNonce = await included();
    }
    await api.rpc.author.submitExtrinsic(xt);
  }
  let finished = false;
  await Promise.race([
    finalizedAll.then(() => {
      finished = true;
    }),
    (async () => {
      while (!finished && Date.now() < deadline) await sleep(1000);
      if (!finished) throw new Error(`timed out with ${recorded} of ${total} records finalized`);
    })(),
  ]);

  perBlock.sort((a, b) => a.number - b.number);
  const first = perBlock[0];
  const last = perBlock[perBlock.length - 1];
  // The first block's records were made in the slot before it: count its slot too.
  const seconds = (last.timestamp - first.timestamp) / 1000 + 6;
  const maxWeight = (await api.consts.system.blockWeights).perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  console.log(
    JSON.stringify({
      records: recorded,
      recordBytes,
      senders: senderCount,
      blocks: perBlock.length,
      seconds,
      recordsPerSecond: Number((recorded / seconds).toFixed(1)),
      // A full block every slot: what the chain sustains while the pool stays fed.
      fullBlockRecordsPerSecond: Number((Math.max(...perBlock.map((b) => b.count)) / 6).toFixed(1)),
      recordsPerBlock: { mean: Number((recorded / perBlock.length).toFixed(1)), max: Math.max(...perBlock.map((b) => b.count)) },
      normalWeightUsedMax: Number((Number(perBlock.reduce((m, b) => (b.normalRefTime > m ? b.normalRefTime : m), 0n)) / Number(maxWeight)).toFixed(3)),
      blockBytesMax: Math.max(...perBlock.map((b) => b.length)),
      feePerRecordUnits: Number(fee ?? 0n) / 1e12,
    }),
  );
  await api.disconnect();
} finally {
  await node.destroy();
}
