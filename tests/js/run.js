#!/usr/bin/env node
// Runs the end-to-end tests: each `*.test.js` file (or the files named on the command line) in
// its own `node --test` process with the spec reporter, up to GINTONIC_TEST_JOBS files at once
// (2 by default: their nodes mostly wait for 6-second blocks, so two files share the 2-core CI
// machine without slowing each other much), longest first. Each file's output is printed whole
// when it ends, so parallel files never interleave. A file that runs past its time limit is
// killed and fails, so a hung test can never hang CI. Works on the Node.js of Debian 12 (18)
// and later: no option newer than 18 is needed (and playwright-core stays on 1.61, the last
// release that runs on 18).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The most one file may take, in minutes (the longest, dev.test.js, takes about 4). */
const FILE_LIMIT_MINUTES = Number(process.env.GINTONIC_TEST_FILE_MINUTES ?? 20);
/** How many files run at once. */
const JOBS = Number(process.env.GINTONIC_TEST_JOBS ?? 2);
if (!Number.isInteger(JOBS) || JOBS < 1) {
  console.error(`GINTONIC_TEST_JOBS=${process.env.GINTONIC_TEST_JOBS}: a whole number of files, 1 or more`);
  process.exit(1);
}
/** The files that take longest, started first so that the others fill in beside them. */
const LONGEST_FIRST = ['dev.test.js', 'miner.test.js', 'api.test.js', 'testnet.test.js'];

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 18) {
  console.error(`Node.js ${process.versions.node} is too old: the tests need 18 or later`);
  process.exit(1);
}
// Each test's own limit, where this Node.js has the option (20.11 and later).
const perTest = major > 20 || (major === 20 && minor >= 11) ? ['--test-timeout=600000'] : [];

const rank = (file) => {
  const at = LONGEST_FIRST.indexOf(file);
  return at < 0 ? LONGEST_FIRST.length : at;
};
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(here).filter((name) => name.endsWith('.test.js')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const counts = { passed: 0, failed: 0 };
/** The process groups of the files running. */
const groups = new Set();

function killGroup (pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch { /* already gone */ }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const pid of groups) killGroup(pid);
    process.exit(1);
  });
}

/** Adds a file's own totals (the spec reporter's `ℹ pass N`, `ℹ fail N`) to `counts`. */
function count (colored) {
  // eslint-disable-next-line no-control-regex
  const text = colored.replace(/\x1b\[[0-9;]*m/g, '');
  counts.passed += Number(text.match(/^ℹ pass (\d+)$/m)?.[1] ?? 0);
  counts.failed += Number(text.match(/^ℹ fail (\d+)$/m)?.[1] ?? 0);
}

/** Runs one file; resolves to whether it passed, once its output is printed. */
function run (file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const output = [];
    // Its own process group, so that a timeout kills the nodes it started along with it.
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...perTest, file], {
      cwd: here,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    groups.add(child.pid);
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const timer = setTimeout(() => {
      output.push(Buffer.from(`${file}: still running after ${FILE_LIMIT_MINUTES} min: killed\n`));
      killGroup(child.pid);
    }, FILE_LIMIT_MINUTES * 60_000);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      // Whatever the file left running (a node its `after` never stopped) goes with it.
      killGroup(child.pid);
      groups.delete(child.pid);
      const passed = !signal && exitCode === 0;
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n== ${file} (${passed ? 'passed' : 'FAILED'} in ${seconds} s)\n`);
      const text = Buffer.concat(output);
      process.stdout.write(text);
      count(text.toString());
      // A file that died before its totals still counts as a failure.
      if (!passed && !/^ℹ fail [1-9]/m.test(text.toString())) counts.failed += 1;
      resolve(passed);
    });
  });
}

const failed = [];
const queue = [...files];
await Promise.all(Array.from({ length: Math.min(JOBS, files.length) }, async () => {
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (!(await run(file))) failed.push(file);
  }
}));
console.log(`\nend-to-end: ${counts.passed} passed, ${counts.failed} failed`);
if (counts.passed + counts.failed === 0) {
  console.error('no end-to-end test ran');
  process.exit(1);
}
if (failed.length) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exit(1);
}
