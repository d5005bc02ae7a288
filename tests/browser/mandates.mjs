// "Who can do what for me" (the mandates screen), used as a person would:
// give a permission (to whom, to do what, until when; the whole sentence
// said before the second tap), find it in force, then stop it and find it
// among the past ones. axe, targets and reflow on the form and on the
// question, in French (normal and high contrast) and Arabic. Then, on a
// phone with a PIN (a first start with a PIN in a kept folder): stopping
// a permission asks the PIN again, a wrong PIN is said and changes nothing,
// the right one stops it. Screenshots: target/screenshots/mandates-grant-*.png.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/mandates.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  check,
  checkAxe,
  checkLayout,
  finish,
  launchBrowser,
  shotAt,
  shotsDir,
  startPreview,
  stopPreview,
  waitTextContent
} from './lib.mjs';

const TIMEOUT = 15000;
const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** What an element says now (for a failed check's detail). */
async function said(page, selector) {
  return plain(await page.textContent(selector, { timeout: 1000 }).catch(() => '(absent)'));
}

/** From Home to the mandates screen, by Settings (as a person finds it). */
async function goMandates(page) {
  await page.click('#header-settings');
  await page.waitForSelector('h1#settings-title', { timeout: TIMEOUT });
  await page.click('#settings-open-mandates');
  await page.waitForSelector('h1#mandates-title', { timeout: TIMEOUT });
}

/** The id of the contact whose name or organisation contains `words`. */
async function contactRadio(page, words) {
  return page.evaluate((w) => {
    const label = [...document.querySelectorAll('fieldset.grant-who label.choice')].find((l) => l.textContent.includes(w));
    return label ? label.querySelector('input').id : null;
  }, words);
}

/** The ids of the mandates in force whose text contains `words`. */
async function currentWith(page, words) {
  return page.evaluate((w) => {
    const section = document.querySelector('[aria-labelledby="mandates-current"]');
    return [...section.querySelectorAll('li.item')].filter((li) => li.textContent.includes(w)).map((li) => li.id.replace(/^mandate-/, ''));
  }, words);
}

async function grantThenRevoke(browser) {
  const { child, url } = await startPreview('fr');
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('h1#home-title', { timeout: TIMEOUT });
    await goMandates(page);
    const before = await currentWith(page, 'Travail');
    await page.click('#grant-open');
    await page.waitForSelector('fieldset.grant-who', { timeout: TIMEOUT });
    // The focus moves after the form is drawn (one more round trip).
    const focused = await page
      .waitForFunction(() => document.activeElement?.id === 'grant-who-legend', null, { timeout: 5000 })
      .then(() => true, () => false);
    check('fr grant: the form takes the focus at its first question ("À qui ?")', focused, await page.evaluate(() => document.activeElement?.id));
    // Continue with nothing chosen: the form says what to choose.
    await page.click('#grant-continue');
    const missing = await waitTextContent(page, '#grant-error', 'Choisissez la personne.');
    check('fr grant: nothing chosen, the form says "Choisissez la personne."', missing, await said(page, '#grant-error'));

    const caf = await contactRadio(page, 'CAF');
    check('fr grant: the person\'s contacts are offered by name', caf !== null);
    await page.click(`label:has(#${caf})`);
    await page.click('label:has(#grant-what-information)');
    await page.waitForSelector('fieldset.grant-domains', { timeout: TIMEOUT });
    await page.click('label:has(#grant-domain-work)');
    await page.click('label:has(#grant-domain-training)');
    const lengths = await page.$$eval('fieldset.grant-length input', (inputs) => inputs.map((i) => i.id));
    check(
      'fr grant: talking with the referent lasts six months at most (no "1 an")',
      lengths.join(' ') === 'grant-length-30 grant-length-90 grant-length-182',
      lengths.join(' '),
    );
    const six = plain(await page.textContent('label:has(#grant-length-182)'));
    check('fr grant: each length gives its end date in full', /^6 mois, jusqu'au \S+ \d+ \S+ 2026$/.test(six), six);
    await page.click('label:has(#grant-length-182)');
    await checkAxe(page, 'fr grant form');
    await checkLayout(page, 'fr grant form');
    await shotAt(page, '#grant-title', 'mandates-grant-form-fr');

    await page.click('#grant-continue');
    await page.waitForSelector('#grant-question', { timeout: TIMEOUT });
    const question = plain(await page.textContent('.card.grant .confirm'));
    check(
      'fr grant: before the second tap, the whole permission in plain sentences',
      question.includes('Voulez-vous donner cette autorisation ?') &&
        question.includes('Sophie Lefèvre') &&
        question.includes('Sujets : Travail, Formation.') &&
        question.includes("Jusqu'au") &&
        question.includes("Vous pourrez l'arrêter quand vous voulez"),
      question,
    );
    check('fr grant: no PIN asked on a phone without a PIN', !(await page.isVisible('#grant-pin')));
    await checkAxe(page, 'fr grant question');
    await checkLayout(page, 'fr grant question');
    await shotAt(page, '#grant-question', 'mandates-grant-question-fr');
    check('fr grant: nothing is given before the second tap', (await currentWith(page, 'Travail, Formation')).length === 0);

    await page.click('#grant-yes');
    const done = await waitTextContent(page, '#mandates-feedback', "C'est fait. Sophie Lefèvre a votre autorisation.");
    check('fr grant: "C\'est fait. Sophie Lefèvre a votre autorisation." is said', done, await said(page, '#mandates-feedback'));
    const granted = await currentWith(page, 'Travail, Formation');
    check('fr grant: the new permission is listed with those in force', granted.length === 1, JSON.stringify({ before, granted }));

    if (granted.length === 1) {
      const id = granted[0];
      await page.click(`#mandate-revoke-${id}`);
      await page.waitForSelector(`#mandate-question-${id}`, { timeout: TIMEOUT });
      await page.click(`#mandate-revoke-yes-${id}`);
      const stopped = await waitTextContent(page, '#mandates-feedback', 'Cette autorisation est arrêtée.');
      check('fr revoke: the new permission is stopped at the second tap', stopped, await said(page, '#mandates-feedback'));
      const still = await currentWith(page, 'Travail, Formation');
      const past = plain(await page.textContent(`#mandate-past-${id}`).catch(() => ''));
      check('fr revoke: it leaves the permissions in force', still.length === 0, JSON.stringify(still));
      check('fr revoke: it is among the past ones, "Vous l\'avez arrêtée le …"', past.includes("Vous l'avez arrêtée le"), past);
    }

    // High contrast: the form open again.
    await page.click('#header-settings');
    await page.waitForSelector('h1#settings-title', { timeout: TIMEOUT });
    await page.click('label:has(#contrast-high)');
    await page.waitForSelector('.app.theme-contrast', { timeout: TIMEOUT });
    await page.click('#settings-open-mandates');
    await page.waitForSelector('h1#mandates-title', { timeout: TIMEOUT });
    await page.click('#grant-open');
    await page.click('label:has(#grant-what-documents)');
    await page.waitForSelector('#grant-category', { timeout: TIMEOUT });
    await checkAxe(page, 'fr grant form, high contrast');
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

async function arabic(browser) {
  const { child, url } = await startPreview('ar');
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('h1#home-title', { timeout: TIMEOUT });
    await goMandates(page);
    await page.click('#grant-open');
    await page.waitForSelector('fieldset.grant-who', { timeout: TIMEOUT });
    const legend = plain(await page.textContent('#grant-who-legend'));
    check('ar grant: the form speaks Arabic ("لمن؟")', legend === 'لمن؟', legend);
    const caf = await contactRadio(page, 'CAF');
    await page.click(`label:has(#${caf})`);
    await page.click('label:has(#grant-what-act)');
    await page.fill('#grant-procedure', 'طلب سكن اجتماعي');
    await page.click('label:has(#grant-length-90)');
    await checkAxe(page, 'ar grant form');
    await checkLayout(page, 'ar grant form');
    await shotAt(page, '#grant-title', 'mandates-grant-form-ar');
    await page.click('#grant-continue');
    await page.waitForSelector('#grant-question', { timeout: TIMEOUT });
    await checkAxe(page, 'ar grant question');
    await page.click('#grant-yes');
    const done = await waitTextContent(page, '#mandates-feedback', 'تم.');
    check('ar grant: done, said in Arabic', done, await said(page, '#mandates-feedback'));
    const granted = await currentWith(page, 'طلب سكن اجتماعي');
    check('ar grant: the new permission is listed, its procedure in the person\'s words', granted.length === 1, JSON.stringify(granted));
    await page.click('#header-settings');
    await page.click('label:has(#contrast-high)');
    await page.waitForSelector('.app.theme-contrast', { timeout: TIMEOUT });
    await page.click('#settings-open-mandates');
    await page.waitForSelector('h1#mandates-title', { timeout: TIMEOUT });
    await page.click('#grant-open');
    await checkAxe(page, 'ar grant form, high contrast');
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

/** A phone with a PIN: a first start with the PIN 2468 in a kept folder, then the mandates. */
async function withPin(browser) {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-mandates-pin-'));
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
    await page.waitForSelector('h1#home-title', { timeout: 45000 });
    await goMandates(page);
    // The demo's mandates arrive with the first sync.
    const ids = await page
      .waitForFunction(
        () => {
          const s = document.querySelector('[aria-labelledby="mandates-current"]');
          const li = s && [...s.querySelectorAll('li.item')].find((l) => l.textContent.includes('Fiches de paie'));
          return li ? li.id.replace(/^mandate-/, '') : null;
        },
        null,
        { timeout: 30000 },
      )
      .then((h) => h.jsonValue(), () => null);
    check('PIN: the demo\'s permissions arrived with the first sync', ids !== null);
    if (!ids) return;
    const id = ids;
    await page.click(`#mandate-revoke-${id}`);
    await page.waitForSelector(`#mandate-pin-${id}`, { timeout: TIMEOUT });
    const field = await page.$eval(`#mandate-pin-${id}`, (el) => ({
      label: document.querySelector(`label[for="${el.id}"]`)?.textContent.trim(),
      inputmode: el.inputMode,
      type: el.type,
      height: Math.round(el.getBoundingClientRect().height),
    }));
    check(
      'PIN: stopping a permission asks the PIN again, in a labelled numeric field (44 px)',
      field.label === 'Tapez votre code PIN pour confirmer' && field.inputmode === 'numeric' && field.type === 'password' && field.height >= 44,
      JSON.stringify(field),
    );
    await checkAxe(page, 'fr revoke with a PIN');
    await page.fill(`#mandate-pin-${id}`, '1111');
    await page.click(`#mandate-revoke-yes-${id}`);
    const wrong = await waitTextContent(page, `#mandate-refused-${id}`, "Ce code PIN n'est pas le bon.");
    check('PIN: a wrong PIN is said in plain words', wrong, await said(page, `#mandate-refused-${id}`));
    check('PIN: after a wrong PIN the permission is still in force', (await currentWith(page, 'Fiches de paie')).includes(id));
    await shotAt(page, `#mandate-question-${id}`, 'mandates-revoke-pin-fr');
    await page.fill(`#mandate-pin-${id}`, '2468');
    await page.click(`#mandate-revoke-yes-${id}`);
    const stopped = await waitTextContent(page, '#mandates-feedback', 'Cette autorisation est arrêtée.');
    check('PIN: with the right PIN, the permission is stopped', stopped, await said(page, '#mandates-feedback'));
    const left = await page
      .waitForFunction((i) => !document.getElementById(`mandate-${i}`), id, { timeout: TIMEOUT })
      .then(() => true, () => false);
    check('PIN: and it leaves those in force', left, await said(page, '[aria-labelledby="mandates-current"]'));
    if (process.env.DEBUG_MANDATES) console.log(await said(page, 'main'));
  } finally {
    await page.close();
    await stopPreview(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(shotsDir, { recursive: true });
const browser = await launchBrowser();
try {
  await grantThenRevoke(browser);
  await arabic(browser);
  await withPin(browser);
} finally {
  await browser.close();
}
finish();
