// Shared helpers of the browser suites: the checks' tally, the preview
// process, Chromium, axe-core, touch targets and reflow.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

export const previewBin = process.env.PREVIEW_BIN || join(root, 'target', 'debug', 'parcours-preview');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const NOW = '2026-03-02T08:00:00Z';
export const MIN_TARGET = 44;
export const shotsDir = join(root, 'target', 'screenshots');
export const docsShots = join(root, 'docs', 'screenshots');

let passed = 0;
let failed = 0;

/** Records one check and prints it. */
export function check(name, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}`);
    if (detail) console.log(String(detail).replace(/^/gm, '     '));
  }
  return ok;
}

/** Prints the tally as "N passed, M failed" and exits (1 on failure). */
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

/**
 * Starts the preview; resolves with its process, its URL and the lines it
 * printed (more arrive later). By default at the fixed time NOW and
 * offline (`--no-server`): screens stay the same from run to run. A suite
 * about sync passes `{ now: null, server: true }` (the demo server inside
 * the preview, the real clock) or `{ server: 'http://…' }`; `extra`: more
 * arguments (`['--first-start']`).
 */
export function startPreview(lang, { now = NOW, server = false, extra = [] } = {}) {
  return new Promise((resolvePromise, reject) => {
    const args = ['--listen', '127.0.0.1:0', '--lang', lang];
    if (now) args.push('--now', now);
    if (server === false) args.push('--no-server');
    else if (typeof server === 'string') args.push('--server', server);
    args.push(...extra);
    const child = spawn(previewBin, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const output = [];
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${previewBin} printed no "Listening on" line in 20 s`));
    }, 20000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${previewBin} exited early with ${code}`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.push(line);
      const m = /^Listening on (http:\/\/\S+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolvePromise({ child, url: m[1], output });
      }
    });
  });
}

export function stopPreview(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

/** Debian's Chromium, headless, in a fresh profile; `close()` removes the profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'parcours-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 360, height: 780 },
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: axePath });
  }
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      resultTypes: ['violations', 'incomplete'],
    });
    const brief = (items) =>
      items.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          summary: (n.failureSummary || '').split('\n').slice(0, 3).join(' '),
        })),
      }));
    return { violations: brief(r.violations), incomplete: brief(r.incomplete) };
  });
}

export function formatAxe(items) {
  return items
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `  - ${n.target}${n.summary ? `: ${n.summary}` : ''}`).join('\n'),
    )
    .join('\n');
}

/** Runs axe: a check for zero violations, and what it could not decide printed for review. */
export async function checkAxe(page, label) {
  const axe = await runAxe(page);
  check(`${label}: axe finds no violation`, axe.violations.length === 0, formatAxe(axe.violations));
  if (axe.incomplete.length > 0) {
    console.log(`     axe incomplete (${label}), to review by hand:`);
    console.log(formatAxe(axe.incomplete).replace(/^/gm, '       '));
  } else {
    console.log(`     axe incomplete (${label}): none`);
  }
  return axe;
}

/** Visible links, buttons and form controls smaller than the minimum touch target. */
export async function smallTargets(page) {
  return page.evaluate((min) => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, [role="button"], input, select, textarea')) {
      // Not drawn (display: none, a folded menu): not a target.
      if (el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent || '').trim().slice(0, 40)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
      }
    }
    return out;
  }, MIN_TARGET);
}

/** How many links and buttons are drawn. */
export async function countTargets(page) {
  return page.evaluate(
    () => [...document.querySelectorAll('a[href], button, [role="button"], input')].filter((el) => el.getClientRects().length > 0).length,
  );
}

/** Elements sticking out sideways, and the page's own overflow. */
export async function overflow(page) {
  return page.evaluate(() => {
    const docWidth = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > docWidth) {
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${docWidth}`);
    }
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > docWidth + 0.5 || r.left < -0.5)) {
        const id = el.id ? `#${el.id}` : el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : '';
        out.push(`${el.tagName.toLowerCase()}${id} [${r.left.toFixed(0)}, ${r.right.toFixed(0)}]`);
      }
    }
    return out.slice(0, 10);
  });
}

/** Waits until `selector`'s text (`textContent`, blocks run together)
 * contains `expected`, no-break spaces made plain; true if it did. */
export async function waitTextContent(page, selector, expected, timeout = 10000) {
  return waitFor(page, selector, expected, timeout, 'textContent');
}

/** Like waitTextContent, on the text as drawn (`innerText`: blocks apart,
 * as a person reads it). */
export async function waitDrawnText(page, selector, expected, timeout = 10000) {
  return waitFor(page, selector, expected, timeout, 'innerText');
}

async function waitFor(page, selector, expected, timeout, property) {
  return page
    .waitForFunction(
      ([sel, exp, prop]) => {
        const el = document.querySelector(sel);
        return el && el[prop].replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').includes(exp);
      },
      [selector, expected, property],
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
}

/** Targets and reflow of what is on screen now (the viewport is put back to 360 × 780). */
export async function checkLayout(page, label) {
  const targets = await countTargets(page);
  const small = await smallTargets(page);
  check(`${label}: all ${targets} links, buttons and controls at least ${MIN_TARGET}x${MIN_TARGET} px`, targets > 0 && small.length === 0, small.join('\n'));
  await page.setViewportSize({ width: 320, height: 780 });
  let over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px`, over.length === 0, over.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px and 200 % text`, over.length === 0, over.join('\n'));
  const smallZoomed = await smallTargets(page);
  check(`${label}: targets still at least ${MIN_TARGET} px at 200 % text`, smallZoomed.length === 0, smallZoomed.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.setViewportSize({ width: 360, height: 780 });
}

/** Puts the element just below the sticky header and takes a screenshot. */
export async function shotAt(page, selector, name) {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const header = document.querySelector('.app-header').getBoundingClientRect().height;
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - header - 8, behavior: 'instant' });
  }, selector);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
}
