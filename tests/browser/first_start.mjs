// The first start, as a person with a new phone does it, in the browser:
// the preview with --first-start (a new empty folder, no safe, the demo
// server inside it). Choose the language, type the invitation code
// (a wrong one first, then the demo code typed loosely), read the
// recovery code and type its last 4 symbols back (a wrong tail first),
// skip or choose a PIN, and the first sync opens Home on the dossier.
// axe on every step, touch targets, reflow at 320 px and 200 % text; in
// French (PIN skipped) and in Arabic (a PIN chosen). Reduced motion: the
// stylesheet turns off smooth scrolling and transitions.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/first_start.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  MIN_TARGET,
  check,
  checkAxe,
  docsShots,
  finish,
  launchBrowser,
  overflow,
  shotsDir,
  smallTargets,
  startPreview,
  stopPreview,
} from './lib.mjs';

const TIMEOUT = 15000;

/** axe, touch targets and reflow (320 px, then 200 % text) on the step shown. */
async function checkStep(page, label) {
  await checkAxe(page, label);
  const small = await smallTargets(page);
  check(`${label}: targets at least ${MIN_TARGET} px`, small.length === 0, small.join('\n'));
  await page.setViewportSize({ width: 320, height: 780 });
  let over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px`, over.length === 0, over.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px and 200 % text`, over.length === 0, over.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.setViewportSize({ width: 360, height: 780 });
}

async function waitFocus(page, id) {
  return page
    .waitForFunction((i) => document.activeElement && document.activeElement.id === i, id, { timeout: TIMEOUT })
    .then(
      () => true,
      () => false,
    );
}

async function journey(browser, lang, { pin }) {
  const { child, url } = await startPreview('fr', { now: null, server: true, extra: ['--first-start'] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });

    // 1. The language: four big buttons, each language named in itself.
    await page.waitForSelector('h1#first-language-title', { timeout: TIMEOUT });
    const names = await page.$$eval('.first-languages button', (bs) => bs.map((b) => [b.lang, b.textContent.trim()]));
    check(
      `${lang}: four languages, each named in itself`,
      JSON.stringify(names) === JSON.stringify([['fr', 'Français'], ['en', 'English'], ['ar', 'العربية'], ['uk', 'Українська']]),
      JSON.stringify(names),
    );
    check(`${lang}: no flag pictures among the languages`, (await page.$$('.first-languages img')).length === 0);
    await checkStep(page, `${lang} step 1 (language)`);
    await page.click(`#first-lang-${lang}`);

    // 2. The invitation code.
    await page.waitForSelector('#first-code', { timeout: TIMEOUT });
    check(`${lang}: the title of step 2 takes the focus`, await waitFocus(page, 'first-code-title'));
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    check(`${lang}: the page speaks the chosen language`, html[0] === lang && html[1] === (lang === 'ar' ? 'rtl' : 'ltr'), html.join(' '));
    const label = await page.$eval('label[for="first-code"]', (l) => l.textContent.trim());
    check(`${lang}: the code field is labelled`, label.length > 3, label);
    await checkStep(page, `${lang} step 2 (invitation code)`);
    // A code that does not exist: a translated explanation, then again.
    await page.fill('#first-code', 'NOPE-NOPE-NOPE');
    await page.click('#first-code-send');
    const refused = await page
      .waitForSelector('#first-error .feedback.error', { timeout: TIMEOUT })
      .then((el) => el.textContent(), () => '');
    check(`${lang}: a wrong code is explained`, refused.trim().length > 20 && !refused.includes('['), refused);
    if (lang === 'fr') check('fr: the explanation says to ask for a new code', refused.includes('nouveau code'), refused);
    await checkAxe(page, `${lang} step 2 with its error`);
    // The demo code, typed loosely (lower case, spaces).
    await page.fill('#first-code', ' demo parc-ours ');
    await page.click('#first-code-send');

    // 3. The recovery code, shown once, in groups of 4.
    await page.waitForSelector('#recovery-code li', { timeout: 30000 });
    check(`${lang}: the title of step 3 takes the focus`, await waitFocus(page, 'first-recovery-title'));
    const groups = await page.$$eval('#recovery-code li', (lis) => lis.map((l) => l.textContent.trim()));
    check(`${lang}: the recovery code in 7 groups of 4`, groups.length === 7 && groups.every((g) => /^[0-9A-Z]{4}$/.test(g)), groups.join('-'));
    const size = await page.$eval('#recovery-code', (el) => parseFloat(getComputedStyle(el).fontSize));
    check(`${lang}: the recovery code is big (${size} px)`, size >= 28);
    await checkStep(page, `${lang} step 3 (recovery code)`);
    if (lang === 'fr') {
      await page.screenshot({ path: join(shotsDir, 'first-start-recovery-fr.png') });
    }
    // The first group is not the last 4 symbols.
    await page.fill('#first-recovery-tail', groups[0] === groups[6] ? 'ZZZZ' : groups[0]);
    await page.click('#first-recovery-done');
    const mismatch = await page
      .waitForSelector('#first-error .feedback.error', { timeout: TIMEOUT })
      .then((el) => el.textContent(), () => '');
    check(`${lang}: a wrong tail is refused and explained`, mismatch.trim().length > 20, mismatch);
    check(`${lang}: still on the recovery code`, (await page.$('#recovery-code')) !== null);
    await page.fill('#first-recovery-tail', groups[6].toLowerCase());
    await page.click('#first-recovery-done');

    // 4. The PIN, "no PIN" as visible as "choose this PIN".
    await page.waitForSelector('#first-pin', { timeout: TIMEOUT });
    check(`${lang}: the recovery code is gone from the page`, !(await page.content()).includes(groups.join('')) && (await page.$('#recovery-code')) === null);
    const looks = await page.evaluate(() =>
      ['first-pin-set', 'first-pin-skip'].map((id) => {
        const el = document.getElementById(id);
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return [el.className, s.backgroundColor, s.fontSize, Math.round(r.height), Math.round(r.width)].join('|');
      }),
    );
    check(`${lang}: "no PIN" looks exactly like "choose this PIN"`, looks[0] === looks[1], looks.join(' / '));
    await checkStep(page, `${lang} step 4 (PIN)`);
    if (pin) {
      await page.fill('#first-pin', '12');
      await page.click('#first-pin-set');
      const format = await page
        .waitForSelector('#first-error .feedback.error', { timeout: TIMEOUT })
        .then((el) => el.textContent(), () => '');
      check(`${lang}: a PIN too short is explained`, format.includes('4') && format.includes('12'), format);
      await page.fill('#first-pin', '2468');
      await page.click('#first-pin-set');
    } else {
      await page.click('#first-pin-skip');
    }

    // Then the first sync, and Home on the dossier.
    const home = await page.waitForSelector('h1#home-title', { timeout: 45000 }).then(
      () => true,
      () => false,
    );
    check(`${lang}: the first sync opens Home`, home);
    const body = await page.evaluate(() => document.body.innerText);
    check(`${lang}: Home shows the person's dossier (Nadia)`, body.includes('Nadia'), body.slice(0, 600));
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    check(`${lang}: the app stays in the chosen language`, htmlLang === lang, htmlLang);
    await checkAxe(page, `${lang} Home after the first start`);
    if (lang === 'fr') {
      await page.screenshot({ path: join(shotsDir, 'first-start-home-fr.png') });
    }
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

/** The screenshot of step 2 for the docs. */
async function docsScreenshot(browser) {
  const { child, url } = await startPreview('fr', { now: null, server: true, extra: ['--first-start'] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#first-lang-fr', { timeout: TIMEOUT });
    await page.screenshot({ path: join(shotsDir, 'first-start-fr.png') });
    try {
      mkdirSync(docsShots, { recursive: true });
      copyFileSync(join(shotsDir, 'first-start-fr.png'), join(docsShots, 'first-start-fr.png'));
      check('screenshot copied to docs/screenshots/first-start-fr.png', true);
    } catch (e) {
      check('screenshot copied to docs/screenshots/first-start-fr.png', false, e.message);
    }
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

/** Reduced motion: no smooth scrolling, no transition, no animation. */
async function reducedMotion(browser) {
  const { child, url } = await startPreview('fr', { now: null, server: true, extra: ['--first-start'] });
  const page = await browser.context.newPage();
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#first-lang-fr', { timeout: TIMEOUT });
    const reduced = await page.evaluate(() => {
      const b = document.querySelector('#first-lang-fr');
      const s = getComputedStyle(b);
      return {
        media: matchMedia('(prefers-reduced-motion: reduce)').matches,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        transition: s.transitionDuration,
        animation: s.animationName,
      };
    });
    check('reduced motion: the browser says "reduce"', reduced.media, JSON.stringify(reduced));
    check(
      'reduced motion: no smooth scrolling, no transition, no animation',
      reduced.scroll === 'auto' && /^0s(, 0s)*$/.test(reduced.transition) && reduced.animation === 'none',
      JSON.stringify(reduced),
    );
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const smooth = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    check('without reduced motion the page scrolls smoothly (the check above can fail)', smooth === 'smooth', smooth);
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

mkdirSync(shotsDir, { recursive: true });
const browser = await launchBrowser();
try {
  await journey(browser, 'fr', { pin: false });
  await journey(browser, 'ar', { pin: true });
  await docsScreenshot(browser);
  await reducedMotion(browser);
} catch (e) {
  check('the first-start suite ran to the end', false, e.stack || e.message);
} finally {
  await browser.close();
}
finish();
