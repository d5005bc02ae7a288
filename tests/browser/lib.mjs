// Shared helpers of the browser suites: the checks' tally, the preview
// process, Chromium, axe-core, touch targets and reflow; and for the
// suites with the demo server: its address, its API, the referent's key,
// a paper put in the safe.

import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
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

/** The demo server's address, from the line the preview prints after "Listening on". */
export async function demoServerUrl(output) {
  for (let i = 0; i < 50; i += 1) {
    for (const line of output.slice(1)) {
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (m) return m[1];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** A JSON call to the server; throws with the status on anything but 2xx. */
export async function api(base, method, path, { body, token, key } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (key) headers['idempotency-key'] = key;
  const r = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A fresh X25519 key pair (as `parcours pro keygen` makes one): its public
 * key in hex, and its fingerprint as the app shows it. */
export function referentKey() {
  const { publicKey } = generateKeyPairSync('x25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const hex = raw.toString('hex');
  const digest = createHash('sha256').update(raw).digest('hex').slice(0, 32);
  return { hex, fingerprint: digest.match(/.{4}/g).join(' ') };
}

/** A small PNG of a paper (a header band on a light page). */
export function paperPng() {
  const width = 120;
  const height = 80;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(y < 16 ? [31, 79, 143] : [250, 248, 240], 1 + x * 3);
    rows.push(row);
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Opens "My papers", adds a PNG paper called `title`; returns its id. */
export async function addPaper(page, url, title, timeout = 15000) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('h1#home-title', { timeout });
  await page.click('#nav-safe');
  await page.waitForSelector('h1#safe-title', { timeout });
  await page.setInputFiles('#safe-file-input', [{ name: 'scan.png', mimeType: 'image/png', buffer: paperPng() }]);
  await page.waitForSelector('#safe-add-name', { timeout });
  await page.fill('#safe-add-name', title);
  await page.selectOption('#safe-add-category', 'other');
  await page.click('#safe-add-save');
  await page.waitForSelector('#safe-feedback', { timeout });
  return page.evaluate((t) => {
    const p = [...document.querySelectorAll('li.document .item-title')].find((e) => e.textContent.trim() === t);
    return p ? p.closest('li').id.replace(/^doc-/, '') : null;
  }, title);
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
