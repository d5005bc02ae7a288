// Opening Parcours again when the safe has a PIN, as after a restart of the
// phone: a first start with a PIN in a kept folder (--first-start --data),
// the preview stopped and started again on the same folder, then the unlock
// screen: a labelled numeric PIN field (44 px), a wrong PIN said in plain
// words, the right PIN opens Home. Then in Arabic: three wrong PINs give
// the core's delay in words; "I forgot my PIN" opens with the recovery code
// and a new PIN is chosen. axe on each screen (fr, ar); screenshot.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/unlock.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, checkAxe, finish, launchBrowser, shotsDir, smallTargets, MIN_TARGET, startPreview, stopPreview } from './lib.mjs';

const TIMEOUT = 15000;

async function errorText(page) {
  return page
    .waitForSelector('#unlock-error .feedback.error', { timeout: TIMEOUT })
    .then((el) => el.textContent(), () => '');
}

/** A first start in `dir` with the PIN 2468; returns the recovery code. */
async function firstStart(browser, dir) {
  const { child, url } = await startPreview('fr', { now: null, server: true, extra: ['--first-start', '--data', dir] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.click('#first-lang-fr', { timeout: TIMEOUT });
    await page.fill('#first-code', 'DEMO-PARC-OURS', { timeout: TIMEOUT });
    await page.click('#first-code-send');
    await page.waitForSelector('#recovery-code li', { timeout: 30000 });
    const groups = await page.$$eval('#recovery-code li', (lis) => lis.map((l) => l.textContent.trim()));
    await page.fill('#first-recovery-tail', groups[6]);
    await page.click('#first-recovery-done');
    await page.fill('#first-pin', '2468', { timeout: TIMEOUT });
    await page.click('#first-pin-set');
    const home = await page.waitForSelector('h1#home-title', { timeout: 45000 }).then(() => true, () => false);
    check('first start with a PIN opens Home', home);
    return groups.join('-');
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

async function unlockScreen(page, lang) {
  const shown = await page.waitForSelector('h1#unlock-title', { timeout: TIMEOUT }).then(() => true, () => false);
  check(`${lang}: after a restart, the app asks for the PIN`, shown);
  const field = await page.$eval('#unlock-pin', (el) => {
    const label = document.querySelector('label[for="unlock-pin"]');
    return {
      label: label ? label.textContent.trim() : '',
      inputmode: el.inputMode,
      type: el.type,
      height: Math.round(el.getBoundingClientRect().height),
    };
  });
  check(`${lang}: the PIN field is labelled`, field.label.length > 3, JSON.stringify(field));
  check(`${lang}: the PIN field asks for the numeric keyboard and hides the digits`, field.inputmode === 'numeric' && field.type === 'password', JSON.stringify(field));
  check(`${lang}: the PIN field is at least 44 px high`, field.height >= 44, JSON.stringify(field));
  const small = await smallTargets(page);
  check(`${lang}: targets at least ${MIN_TARGET} px`, small.length === 0, small.join('\n'));
  const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
  check(`${lang}: the unlock page speaks ${lang}`, html[0] === lang && html[1] === (lang === 'ar' ? 'rtl' : 'ltr'), html.join(' '));
  await checkAxe(page, `${lang} unlock screen`);
}

async function restartFr(browser, dir) {
  const { child, url } = await startPreview('fr', { now: null, server: true, extra: ['--first-start', '--data', dir] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await unlockScreen(page, 'fr');
    await page.screenshot({ path: join(shotsDir, 'unlock-fr.png') });
    await page.fill('#unlock-pin', '1111');
    await page.click('#unlock-open');
    const wrong = await errorText(page);
    check('fr: a wrong PIN is said in plain words, nothing wiped', wrong.includes("n'est pas le bon") && wrong.includes('Rien'), wrong);
    check('fr: still on the unlock screen', (await page.$('#unlock-pin')) !== null);
    check('fr: the field is emptied after a try', (await page.inputValue('#unlock-pin')) === '');
    await checkAxe(page, 'fr unlock screen with a wrong PIN');
    await page.screenshot({ path: join(shotsDir, 'unlock-wrong-fr.png') });
    await page.fill('#unlock-pin', '2468');
    await page.click('#unlock-open');
    const home = await page.waitForSelector('h1#home-title', { timeout: 30000 }).then(() => true, () => false);
    check('fr: the right PIN opens Home', home);
    const body = await page.evaluate(() => document.body.innerText);
    check("fr: Home shows the person's dossier (Nadia)", body.includes('Nadia'), body.slice(0, 400));
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

async function restartAr(browser, dir, code) {
  const { child, url } = await startPreview('ar', { now: null, server: true, extra: ['--first-start', '--data', dir] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await unlockScreen(page, 'ar');
    let said = '';
    for (let i = 0; i < 3; i += 1) {
      await page.fill('#unlock-pin', '9999');
      await page.click('#unlock-open');
      await page.waitForFunction(() => !document.querySelector('#unlock-open').disabled, null, { timeout: TIMEOUT });
      said = await errorText(page);
    }
    // 30 seconds, counted from the third try: a slow machine may already
    // show 29 or 28 when the sentence is read.
    const seconds = Number((said.match(/انتظر (\d+)/) || [])[1]);
    check('ar: after 3 wrong PINs, the delay is said in words (about 30 seconds)', seconds >= 25 && seconds <= 30, said);
    await checkAxe(page, 'ar unlock screen with the delay');
    await page.screenshot({ path: join(shotsDir, 'unlock-wait-ar.png') });
    await page.click('#unlock-forgot');
    await page.waitForSelector('#unlock-code', { timeout: TIMEOUT });
    await checkAxe(page, 'ar recovery code step');
    await page.fill('#unlock-code', 'AAAA-BBBB');
    await page.click('#unlock-code-open');
    const bad = await errorText(page);
    check('ar: a wrong recovery code is explained', bad.trim().length > 10 && !bad.includes('['), bad);
    await page.fill('#unlock-code', code.toLowerCase());
    await page.click('#unlock-code-open');
    const step = await page.waitForSelector('#unlock-new-pin', { timeout: 30000 }).then(() => true, () => false);
    check('ar: the recovery code opens, then asks for a new PIN', step);
    await checkAxe(page, 'ar new PIN step');
    await page.fill('#unlock-new-pin', '1357');
    await page.click('#unlock-new-pin-set');
    const home = await page.waitForSelector('h1#home-title', { timeout: 30000 }).then(() => true, () => false);
    check('ar: with the new PIN chosen, Home opens', home);
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

mkdirSync(shotsDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'parcours-unlock-'));
const browser = await launchBrowser();
try {
  const code = await firstStart(browser, dir);
  await restartFr(browser, dir);
  await restartAr(browser, dir, code);
} catch (e) {
  check('the unlock suite ran to the end', false, e.stack || e.message);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
finish();
