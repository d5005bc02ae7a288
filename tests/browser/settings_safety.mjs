// The safety part of Settings, as a person uses it, by taps and typing
// only: a first start with a PIN in a kept folder (--first-start --data,
// the demo server inside the preview for the enrollment), then in
// Settings: the PIN said to be set; "change the PIN" with a wrong current
// PIN (said in plain words, the form kept), then the right one; a new
// recovery code (the PIN asked, the code shown once in groups, its last
// group typed back). Then the preview started again on the same folder,
// offline (--no-server): the old recovery code is refused, the new PIN
// opens the app; in Arabic, "delete everything": the warning, a second,
// differently worded button and the PIN; the server cannot be reached, so
// nothing is deleted until the person chooses "this phone only"; then the
// neutral screen says what was done, the safe's folder is gone, and a new
// start of the preview shows the first start. axe, 44 px targets and the
// PIN fields on each new state, in French and Arabic; screenshots.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/settings_safety.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MIN_TARGET,
  check,
  checkAxe,
  finish,
  launchBrowser,
  overflow,
  shotsDir,
  smallTargets,
  startPreview,
  stopPreview,
  waitTextContent,
} from './lib.mjs';

const TIMEOUT = 15000;

/** The words of the feedback line `id` once it shows something. */
async function feedback(page, id) {
  return page
    .waitForSelector(`#${id} .feedback`, { timeout: 30000 })
    .then((el) => el.textContent(), () => '');
}

/** The PIN field `id`: labelled, numeric keyboard, hidden digits, no autofill, 44 px. */
async function checkPinField(page, id, label) {
  const field = await page.$eval(`#${id}`, (el) => {
    const l = document.querySelector(`label[for="${el.id}"]`);
    return {
      label: l ? l.textContent.trim() : '',
      inputmode: el.inputMode,
      type: el.type,
      autocomplete: el.getAttribute('autocomplete'),
      height: Math.round(el.getBoundingClientRect().height),
    };
  });
  check(
    `${label}: #${id} is labelled, numeric, hidden, without autofill, at least 44 px high`,
    field.label.length > 3 && field.inputmode === 'numeric' && field.type === 'password' && field.autocomplete === 'off' && field.height >= MIN_TARGET,
    JSON.stringify(field),
  );
}

/** axe, touch targets and reflow at 320 px on the state shown. */
async function checkState(page, label) {
  await checkAxe(page, label);
  const small = await smallTargets(page);
  check(`${label}: targets at least ${MIN_TARGET} px`, small.length === 0, small.join('\n'));
  await page.setViewportSize({ width: 320, height: 780 });
  const over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px`, over.length === 0, over.join('\n'));
  await page.setViewportSize({ width: 360, height: 780 });
}

async function openSettings(page) {
  await page.click('#header-settings', { timeout: TIMEOUT });
  await page.waitForSelector('h1#settings-title', { timeout: TIMEOUT });
}

/** A first start in `dir` with the PIN 2468, then the PIN and the recovery
 * code in Settings (French); returns the old and the new recovery codes. */
async function firstStartAndSettings(browser, dir) {
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

    await openSettings(page);
    const state = await page.textContent('#settings-pin-state');
    check('fr: Settings say a PIN is set', state.includes('Un code PIN est demandé'), state);
    check('fr: with a PIN, "choose a PIN" is not offered', (await page.$('#settings-pin-choose')) === null);
    await page.$eval('#settings-pin', (el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.screenshot({ path: join(shotsDir, 'settings-safety-fr.png'), fullPage: true });
    await checkState(page, 'fr settings with a PIN');

    // Change the PIN: a wrong current PIN first.
    await page.click('#settings-pin-change');
    await page.waitForSelector('#settings-pin-current', { timeout: TIMEOUT });
    for (const id of ['settings-pin-current', 'settings-pin-new', 'settings-pin-again']) await checkPinField(page, id, 'fr change PIN');
    await page.fill('#settings-pin-current', '1111');
    await page.fill('#settings-pin-new', '1357');
    await page.fill('#settings-pin-again', '1357');
    await page.click('#settings-pin-save');
    const wrong = await feedback(page, 'settings-pin-feedback');
    check('fr: a wrong current PIN is said in plain words, nothing changed', wrong.includes("n'est pas le bon") && wrong.includes('Rien n') && wrong.includes('changé'), wrong);
    check('fr: the error has its pictogram (not colour alone)', (await page.$('#settings-pin-feedback .feedback.error svg')) !== null);
    check('fr: the form stays, emptied', (await page.$('#settings-pin-form')) !== null && (await page.inputValue('#settings-pin-current')) === '');
    await page.$eval('#settings-pin-form', (el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.evaluate(() => window.scrollBy({ top: -80, behavior: 'instant' }));
    await page.screenshot({ path: join(shotsDir, 'settings-pin-wrong-fr.png') });
    await checkState(page, 'fr change PIN, wrong current PIN');
    await page.fill('#settings-pin-current', '2468');
    await page.fill('#settings-pin-new', '1357');
    await page.fill('#settings-pin-again', '1357');
    await page.click('#settings-pin-save');
    const changed = await waitTextContent(page, '#settings-pin-feedback', 'Votre nouveau code PIN est enregistré', 30000);
    check('fr: with the right current PIN, the new PIN is saved', changed, await page.textContent('#settings-pin-feedback'));
    check('fr: the form is closed', (await page.$('#settings-pin-form')) === null);
    const saidDone = await page
      .waitForFunction(() => document.activeElement && document.activeElement.id === 'settings-pin-feedback', null, { timeout: TIMEOUT })
      .then(() => true, () => false);
    check('fr: the focus goes to the line that says it is done', saidDone);

    // A new recovery code: the PIN asked, then shown once.
    await page.click('#settings-recovery-new');
    await page.waitForSelector('#settings-recovery-pin', { timeout: TIMEOUT });
    await checkPinField(page, 'settings-recovery-pin', 'fr new recovery code');
    const warn = await page.textContent('#settings-recovery-form');
    check('fr: before a new code, the old one is said to stop working', warn.includes("l'ancien code ne marche plus"), warn);
    await checkState(page, 'fr new recovery code, asking');
    await page.fill('#settings-recovery-pin', '1357');
    await page.click('#settings-recovery-make');
    await page.waitForSelector('#settings-recovery-code li', { timeout: 30000 });
    const fresh = await page.$$eval('#settings-recovery-code li', (lis) => lis.map((l) => l.textContent.trim()));
    check('fr: the new code is shown in 7 groups of 4', fresh.length === 7 && fresh.every((g) => /^[0-9A-Z]{4}$/.test(g)), fresh.join('-'));
    check('fr: the new code is not the old one', fresh.join('-') !== groups.join('-'));
    const advice = await page.textContent('section:has(#settings-recovery-code)');
    check('fr: with the advice to write it down, shown once', advice.includes('Écrivez ce code sur un papier') && advice.includes('une seule fois'), advice.slice(0, 300));
    await page.$eval('#settings-recovery-code', (el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.screenshot({ path: join(shotsDir, 'settings-recovery-fr.png') });
    await checkState(page, 'fr new recovery code, shown');
    await page.fill('#settings-recovery-tail', fresh[6]);
    await page.click('#settings-recovery-done');
    const kept = await waitTextContent(page, '#settings-recovery-feedback', 'Gardez bien le papier', TIMEOUT);
    check('fr: once written down, the code is no longer shown', kept && (await page.$('#settings-recovery-code')) === null);
    return { oldCode: groups.join('-'), newCode: fresh.join('-') };
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

/** Offline, on the same folder: the old code refused, the new PIN opens;
 * then in Arabic, delete everything. */
async function restartAndDelete(browser, dir, oldCode) {
  const { child, url } = await startPreview('ar', { now: null, server: false, extra: ['--first-start', '--data', dir] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#unlock-pin', { timeout: TIMEOUT });
    await page.click('#unlock-forgot');
    await page.fill('#unlock-code', oldCode);
    await page.click('#unlock-code-open');
    const refused = await page
      .waitForSelector('#unlock-error .feedback.error', { timeout: 30000 })
      .then((el) => el.textContent(), () => '');
    check('after a restart, the old recovery code opens nothing', refused.trim().length > 10 && (await page.$('#unlock-new-pin')) === null, refused);
    await page.click('#unlock-back');
    await page.fill('#unlock-pin', '2468', { timeout: TIMEOUT });
    await page.click('#unlock-open');
    await page.waitForSelector('#unlock-error .feedback.error', { timeout: 30000 });
    check('after a restart, the old PIN is refused', (await page.$('h1#home-title')) === null);
    await page.fill('#unlock-pin', '1357');
    await page.click('#unlock-open');
    const home = await page.waitForSelector('h1#home-title', { timeout: 30000 }).then(() => true, () => false);
    check('after a restart, the new PIN opens Home', home);

    await openSettings(page);
    await page.check('#lang-ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl', null, { timeout: TIMEOUT });
    await page.click('#settings-pin-change');
    await page.waitForSelector('#settings-pin-current', { timeout: TIMEOUT });
    await checkPinField(page, 'settings-pin-current', 'ar change PIN');
    await checkState(page, 'ar change PIN');
    await page.click('#settings-pin-cancel');

    // Delete everything: the warning, then a second, different button.
    const what = await page.textContent('#settings-delete-what');
    check('ar: what "delete everything" means is said before anything', what.includes('الخادم') && what.includes('هذا الهاتف'), what);
    const start = (await page.textContent('#settings-delete-start')).trim();
    await page.click('#settings-delete-start');
    await page.waitForSelector('#settings-delete-yes', { timeout: TIMEOUT });
    const yes = (await page.textContent('#settings-delete-yes')).trim();
    check('ar: the second button is worded differently from the first', yes.length > 0 && start.length > 0 && yes !== start, `${start} / ${yes}`);
    check('ar: nothing is deleted at the first tap', existsSync(join(dir, 'safe', 'safe.key')));
    await checkPinField(page, 'settings-delete-pin', 'ar delete everything');
    await page.$eval('#settings-delete', (el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.screenshot({ path: join(shotsDir, 'settings-delete-ar.png') });
    await checkState(page, 'ar delete everything, second confirmation');
    await page.check('#contrast-high');
    await page.waitForSelector('.app.theme-contrast', { timeout: TIMEOUT });
    await checkAxe(page, 'ar delete everything, second confirmation, high contrast');
    await page.uncheck('#contrast-high');
    await page.waitForSelector('.app.theme-normal', { timeout: TIMEOUT });
    check('ar: changing a setting meanwhile keeps the question open', (await page.$('#settings-delete-yes')) !== null);
    await page.fill('#settings-delete-pin', '1357');
    await page.click('#settings-delete-yes');
    await page.waitForSelector('#settings-delete-phone-only', { timeout: 30000 });
    const offline = await page.textContent('#settings-delete-form');
    check('ar: no server: nothing deleted, said plainly, and "this phone only" offered', offline.includes('لم يُحذف شيء') && offline.includes('مفتوحًا'), offline);
    check('ar: nothing was deleted yet', existsSync(join(dir, 'safe', 'safe.key')));
    const focused = await page
      .waitForFunction(() => document.activeElement && document.activeElement.id === 'settings-delete-question', null, { timeout: TIMEOUT })
      .then(() => true, () => false);
    check('ar: the explanation takes the focus (a screen reader reads it)', focused);
    await page.$eval('#settings-delete-form', (el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.evaluate(() => window.scrollBy({ top: -80, behavior: 'instant' }));
    await page.screenshot({ path: join(shotsDir, 'settings-delete-offline-ar.png') });
    await checkState(page, 'ar delete everything, server unreachable');
    await page.fill('#settings-delete-pin', '1357');
    await page.click('#settings-delete-phone-only');
    const gone = await page.waitForSelector('h1#deleted-title', { timeout: 30000 }).then(() => true, () => false);
    check('ar: after deleting, the app shows the neutral "everything is deleted" screen', gone);
    const after = await page.evaluate(() => document.body.innerText);
    check('ar: it says the account on the server is still open', after.includes('ما زال مفتوحًا'), after.slice(0, 400));
    check("ar: nothing of the person is left on screen", !after.includes('Nadia'), after.slice(0, 400));
    check('ar: no menu and no screen of the app any more', (await page.$('#app-nav')) === null && (await page.$('#settings-title')) === null);
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    check('ar: the page still speaks Arabic, right to left', html[0] === 'ar' && html[1] === 'rtl', html.join(' '));
    await page.screenshot({ path: join(shotsDir, 'deleted-ar.png') });
    await checkState(page, 'ar after deleting everything');
    check('the safe folder is gone from the data folder', !existsSync(join(dir, 'safe')));
    await page.reload({ waitUntil: 'load' });
    const still = await page.waitForSelector('h1#deleted-title', { timeout: TIMEOUT }).then(() => true, () => false);
    check('reloading the page shows the same neutral screen, no data', still && !(await page.evaluate(() => document.body.innerText)).includes('Nadia'));
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

/** The preview started again on the emptied folder: a new phone. */
async function startsAnew(browser, dir) {
  const { child, url } = await startPreview('fr', { now: null, server: false, extra: ['--first-start', '--data', dir] });
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const first = await page.waitForSelector('h1#first-language-title', { timeout: TIMEOUT }).then(() => true, () => false);
    check('started again, the app shows the first start (no PIN asked, no data)', first && (await page.$('#unlock-pin')) === null);
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

mkdirSync(shotsDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'parcours-settings-safety-'));
const browser = await launchBrowser();
try {
  const { oldCode } = await firstStartAndSettings(browser, dir);
  await restartAndDelete(browser, dir, oldCode);
  await startsAnew(browser, dir);
} catch (e) {
  check('the settings safety suite ran to the end', false, e.stack || e.message);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
finish();
