// Browser checks of the Home screen ("What's next") in the LiveView preview,
// in French, English, Arabic (right to left) and Ukrainian: accessibility
// (axe-core), touch targets, reflow at 320 px and at 200 % text, the layout
// mirrored in Arabic, screenshots. Uses Debian's Chromium through playwright-core (never
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

/** What Home says in each language: its heading and the next appointment. */
const EXPECTED = {
  fr: { heading: 'Et maintenant', date: 'mardi 3 mars à 14 h', dir: 'ltr' },
  en: { heading: "What's next", date: 'Tuesday 3 March at 14:00', dir: 'ltr' },
  ar: { heading: 'وماذا الآن؟', date: 'الثلاثاء 3 مارس الساعة 14:00', dir: 'rtl' },
  uk: { heading: 'Що далі?', date: 'вівторок, 3 березня, 14:00', dir: 'ltr' },
};

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

    const { heading: expected, date, dir } = EXPECTED[lang];
    const heading = await page.textContent('h1#home-title');
    check(`${lang}: heading says "${expected}"`, heading.includes(expected), heading);
    const htmlLang = await page.getAttribute('html', 'lang');
    check(`${lang}: <html lang="${lang}">`, htmlLang === lang, htmlLang);
    const htmlDir = await page.getAttribute('html', 'dir');
    check(`${lang}: <html dir="${dir}">`, htmlDir === dir, htmlDir);
    const body = (await page.textContent('body')).replace(/[\u00a0\u202f]/g, ' ');
    check(`${lang}: next appointment written in full`, body.includes(date), body.slice(0, 2000));

    // The layout follows the direction of the language: the menu starts
    // with Home on the side the words start from, headings start there too.
    const sides = await page.evaluate(() => {
      const home = document.querySelector('#nav-home').getBoundingClientRect();
      const last = document.querySelector('#nav-contacts').getBoundingClientRect();
      const h1 = document.querySelector('h1#home-title');
      const range = document.createRange();
      range.selectNodeContents(h1);
      const text = range.getBoundingClientRect();
      const box = h1.getBoundingClientRect();
      // The current screen's mark: an inset bar; on a phone (three by
      // three) at the side the words start from, so its offset's sign.
      const mark = getComputedStyle(document.querySelector('#nav-home')).boxShadow;
      const offset = parseFloat((/\)\s+(-?[\d.]+)px/.exec(mark) || [])[1]);
      return {
        mark,
        markAtLeft: offset > 0,
        markAtRight: offset < 0,
        homeFirst: home.left < last.left,
        textAtLeft: Math.abs(text.left - box.left) < 2,
        textAtRight: Math.abs(text.right - box.right) < 2,
      };
    });
    const rtl = dir === 'rtl';
    check(
      `${lang}: menu and heading start on the ${rtl ? 'right' : 'left'}`,
      sides.homeFirst === !rtl && (rtl ? sides.textAtRight : sides.textAtLeft),
      JSON.stringify(sides),
    );
    check(
      `${lang}: the mark of the current screen in the menu is on the ${rtl ? 'right' : 'left'}`,
      rtl ? sides.markAtRight : sides.markAtLeft,
      sides.mark,
    );
    // What people wrote (step titles, names) keeps its own direction.
    const userText = await page.evaluate(() =>
      [...document.querySelectorAll('.user-text')].map((el) => getComputedStyle(el).unicodeBidi),
    );
    check(
      `${lang}: ${userText.length} texts people wrote take their own direction`,
      userText.length > 3 && userText.every((b) => b === 'plaintext'),
      userText.join(', '),
    );

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
    if (lang === 'fr' || lang === 'ar') {
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
    for (const lang of ['fr', 'en', 'ar', 'uk']) {
      try {
        await checkPage(context, lang);
      } catch (e) {
        check(`${lang}: page checks ran`, false, e.stack || e);
      }
    }
    for (const name of ['home-fr', 'home-ar']) {
      try {
        copyFileSync(join(shotsDir, `${name}.png`), join(docsShots, `${name}.png`));
        check(`screenshot copied to docs/screenshots/${name}.png`, true);
      } catch (e) {
        check(`screenshot copied to docs/screenshots/${name}.png`, false, e.message);
      }
    }
  } catch (e) {
    check('browser started', false, e.stack || e);
  } finally {
    if (browser) await browser.close();
  }
  finish();
}

main();
