// Runs every browser suite of tests/browser one after the other (each starts
// its own preview and Chromium), then prints the total as "N passed, M failed".
// Exits 1 if any suite failed. Environment: see lib.mjs (PREVIEW_BIN, CHROMIUM).

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = ['home.mjs', 'screens.mjs', 'safe.mjs', 'share.mjs', 'attach.mjs', 'sync.mjs', 'restart.mjs', 'first_start.mjs', 'unlock.mjs', 'mandates.mjs', 'read_aloud.mjs', 'settings_safety.mjs'];

function run(suite) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(here, suite)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = null;
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
        if (m) last = { passed: +m[1], failed: +m[2] };
      }
    });
    child.on('exit', (code) => {
      const m = /^(\d+) passed, (\d+) failed$/.exec(buffer.trim());
      if (m) last = { passed: +m[1], failed: +m[2] };
      // A suite that crashed before counting counts as one failure.
      if (!last) last = { passed: 0, failed: 1 };
      if (code !== 0 && last.failed === 0) last.failed = 1;
      resolvePromise(last);
    });
  });
}

let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`--- ${suite}`);
  const r = await run(suite);
  passed += r.passed;
  failed += r.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
