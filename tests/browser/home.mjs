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

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  check,
  countTargets,
  docsShots,
  finish,
  formatAxe,
  launchBrowser,
  overflow,
  runAxe,
  shotsDir,
  smallTargets,
  startPreview,
  stopPreview,
  MIN_TARGET,
} from './lib.mjs';

async function waitForHome(page) {
  await page.waitForSelector('h1#home-title', { timeout: 15000 });
  await page.waitForSelector('#emergency a[href="tel:115"]', { timeout: 15000 });
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
  let browser;
  try {
    browser = await launchBrowser();
    const { context } = browser;
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
    if (browser) await browser.close();
  }
  finish();
}

main();
