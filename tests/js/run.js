#!/usr/bin/env node
// Runs the end-to-end tests: each `*.test.js` file (or the files named on the command line) in
// its own `node --test` process, one after another, with the spec reporter. A file that runs
// past its time limit is killed and fails, so a hung test can never hang CI. Works on the
// Node.js of Debian 12 (18) and later: no option newer than 18 is needed (and playwright-core
// stays on 1.61, the last release that runs on 18).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The most one file may take, in minutes (the local testnet's is the longest, about 6). */
const FILE_LIMIT_MINUTES = Number(process.env.GINTONIC_TEST_FILE_MINUTES ?? 20);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 18) {
  console.error(`Node.js ${process.versions.node} is too old: the tests need 18 or later`);
  process.exit(1);
}
// Each test's own limit, where this Node.js has the option (20.11 and later).
const perTest = major > 20 || (major === 20 && minor >= 11) ? ['--test-timeout=600000'] : [];

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(here).filter((name) => name.endsWith('.test.js')).sort();

const failed = [];
for (const file of files) {
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...perTest, file], {
      cwd: here,
      stdio: 'inherit',
    });
    const timer = setTimeout(() => {
      console.error(`${file}: still running after ${FILE_LIMIT_MINUTES} min: killed`);
      child.kill('SIGKILL');
    }, FILE_LIMIT_MINUTES * 60_000);
    child.on('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve(signal ? 1 : exitCode);
    });
  });
  if (code !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exit(1);
}
