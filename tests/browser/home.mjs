// Browser checks of the Home screen ("What's next") in the LiveView preview:
// accessibility (axe-core), touch targets, reflow at 320 px and at 200 % text,
// screenshots. Uses Debian's Chromium through playwright-core (never
// `npx playwright install`).
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   (cd tests/browser && npm ci)
//   node tests/browser/home.mjs
//
// Environment: PREVIEW_BIN (default target/debug/parcours-preview),
// CHROMIUM (default /usr/bin/chromium).
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

const previewBin = process.env.PREVIEW_BIN || join(root, 'target', 'debug', 'parcours-preview');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const NOW = '2026-03-02T08:00:00Z';
const MIN_TARGET = 44;
const shotsDir = join(root, 'target', 'screenshots');
const docsShots = join(root, 'docs', 'screenshots');

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}`);
    if (detail) console.log(String(detail).replace(/^/gm, '     '));
  }
}

/** Starts the preview; resolves with its process and URL. */
function startPreview(lang) {
  return new Promise((resolvePromise, reject) => {
    const args = ['--listen', '127.0.0.1:0', '--now', NOW, '--lang', lang];
    const child = spawn(previewBin, args, { stdio: ['ignore', 'pipe', 'inherit'] });
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
      const m = /^Listening on (http:\/\/\S+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolvePromise({ child, url: m[1] });
      }
    });
  });
}

function stopPreview(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

async function waitForHome(page) {
  await page.waitForSelector('h1#home-title', { timeout: 15000 });
  await page.waitForSelector('#emergency a[href="tel:115"]', { timeout: 15000 });
}

async function runAxe(page) {
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

function formatAxe(items) {
  return items
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `  - ${n.target}${n.summary ? `: ${n.summary}` : ''}`).join('\n'),
    )
    .join('\n');
}

/** Links and buttons smaller than the minimum touch target. */
async function smallTargets(page) {
  return page.evaluate((min) => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, [role="button"], input, select, textarea')) {
      const r = el.getBoundingClientRect();
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent || '').trim().slice(0, 40)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
      }
    }
    return out;
  }, MIN_TARGET);
}

async function countTargets(page) {
  return page.evaluate(() => document.querySelectorAll('a[href], button, [role="button"]').length);
}

/** Elements sticking out sideways, and the page's own overflow. */
async function overflow(page) {
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

async function checkPage(context, lang) {
  const { child, url } = await startPreview(lang);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(url, { waitUntil: 'load' });
    await waitForHome(page);
    check(`${lang}: Home heading shown`, true);

    const heading = await page.textContent('h1#home-title');
    const expected = lang === 'fr' ? 'Et maintenant' : "What's next";
    check(`${lang}: heading says "${expected}"`, heading.includes(expected), heading);
    const htmlLang = await page.getAttribute('html', 'lang');
    check(`${lang}: <html lang="${lang}">`, htmlLang === lang, htmlLang);
    const date = lang === 'fr' ? 'mardi 3 mars à 14 h' : 'Tuesday 3 March at 14:00';
    const body = await page.textContent('body');
    check(`${lang}: next appointment written in full`, body.includes(date));

    // Accessibility, normal theme then high contrast.
    for (const theme of ['theme-normal', 'theme-contrast']) {
      await page.evaluate((t) => {
        const app = document.querySelector('.app');
        app.classList.remove('theme-normal', 'theme-contrast');
        app.classList.add(t);
      }, theme);
      const axe = await runAxe(page);
      check(`${lang} ${theme}: axe finds no violation`, axe.violations.length === 0, formatAxe(axe.violations));
      if (axe.incomplete.length > 0) {
        console.log(`     axe incomplete (${lang} ${theme}), to review by hand:`);
        console.log(formatAxe(axe.incomplete).replace(/^/gm, '       '));
      } else {
        console.log(`     axe incomplete (${lang} ${theme}): none`);
      }
      if (theme === 'theme-contrast' && lang === 'fr') {
        await page.screenshot({ path: join(shotsDir, `home-${lang}-contrast.png`) });
      }
    }
    await page.evaluate(() => {
      const app = document.querySelector('.app');
      app.classList.remove('theme-contrast');
      app.classList.add('theme-normal');
    });

    const targets = await countTargets(page);
    const small = await smallTargets(page);
    check(`${lang}: all ${targets} links and buttons at least ${MIN_TARGET}x${MIN_TARGET} px`, targets > 0 && small.length === 0, small.join('\n'));

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotsDir, `home-${lang}.png`) });
    await page.screenshot({ path: join(shotsDir, `home-${lang}-full.png`), fullPage: true });

    // The emergency link leads to the numbers.
    await page.click('a.emergency-link');
    const visible = await page
      .waitForFunction(
        () => {
          const r = document.querySelector('#emergency h2').getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        },
        null,
        { timeout: 5000 },
      )
      .then(() => true, () => false);
    check(`${lang}: emergency link shows the numbers`, visible);
    await page.evaluate(() => window.scrollTo(0, 0));

    // Reflow: 320 px wide, then 200 % text.
    await page.setViewportSize({ width: 320, height: 780 });
    let over = await overflow(page);
    check(`${lang}: no horizontal overflow at 320 px`, over.length === 0, over.join('\n'));
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    over = await overflow(page);
    check(`${lang}: no horizontal overflow at 320 px and 200 % text`, over.length === 0, over.join('\n'));
    const smallZoomed = await smallTargets(page);
    check(`${lang}: targets still at least ${MIN_TARGET} px at 200 % text`, smallZoomed.length === 0, smallZoomed.join('\n'));
    if (lang === 'fr') {
      await page.screenshot({ path: join(shotsDir, `home-${lang}-320-200pct.png`) });
    }
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });

    check(`${lang}: no script error in the page`, errors.length === 0, errors.join('\n'));
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

async function main() {
  mkdirSync(shotsDir, { recursive: true });
  mkdirSync(docsShots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'parcours-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 360, height: 780 },
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
    for (const lang of ['fr', 'en']) {
      try {
        await checkPage(context, lang);
      } catch (e) {
        check(`${lang}: page checks ran`, false, e.stack || e);
      }
    }
    try {
      copyFileSync(join(shotsDir, 'home-fr.png'), join(docsShots, 'home-fr.png'));
      check('screenshot copied to docs/screenshots/home-fr.png', true);
    } catch (e) {
      check('screenshot copied to docs/screenshots/home-fr.png', false, e.message);
    }
  } catch (e) {
    check('browser started', false, e.stack || e);
  } finally {
    if (context) await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
