// Browser checks of "Mes papiers" (the document safe) in the LiveView
// preview, used as a person would: reached from Home's card of papers to
// renew; the demo papers by category with their end in words; a small PNG
// photo (with GPS data in it) chosen in the page's file input
// (Playwright's setInputFiles), named and put in the safe, then listed;
// opened (the photo in the page, without its GPS data); sent outside
// Parcours after a warning (a download); deleted only at the second tap;
// an encrypted backup and, after a warning, the export in clear. axe-core
// (no violation) in French and Arabic, normal and high contrast, and in
// English and Ukrainian; 44 px targets; no sideways scrolling at 320 px
// and 200 % text. Screenshots: target/screenshots/safe-*.png, and
// docs/screenshots/safe-fr.png, safe-ar.png (the list) and safe-open-fr.png
// (a paper open).
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/safe.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import {
  check,
  checkAxe,
  checkLayout,
  docsShots,
  finish,
  launchBrowser,
  shotAt,
  shotsDir,
  startPreview,
  stopPreview,
  waitTextContent
} from './lib.mjs';

const TIMEOUT = 10000;
const TITLE = { fr: 'Mes papiers', en: 'My papers', ar: 'أوراقي', uk: 'Мої документи' };
const DIR = { fr: 'ltr', en: 'ltr', ar: 'rtl', uk: 'ltr' };
/** The residence permit's badge (90 days ahead) in each language. */
const PERMIT_BADGE = { fr: 'Expire dans 90 jours', en: 'Expires in 90 days', ar: 'ينتهي بعد 90 يومًا', uk: 'Закінчується через 90 днів' };

/** Text with no-break spaces made plain. */
const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function text(page, selector) {
  return plain(await page.textContent(selector, { timeout: TIMEOUT }));
}

const waitText = (page, selector, expected, timeout = TIMEOUT) => waitTextContent(page, selector, expected, timeout);

async function checkFocus(page, name, id) {
  const ok = await page
    .waitForFunction((want) => document.activeElement && document.activeElement.id === want, id, { timeout: 3000 })
    .then(() => true, () => false);
  return check(name, ok, `focus on "${await page.evaluate(() => document.activeElement?.id)}", not "${id}"`);
}

/** A PNG of a paper (light page, a header band, lines of "text"); with
 *  `gps`, an eXIf chunk holding GPS words, as a phone's photo carries. */
function paperPng(gps) {
  const width = 240;
  const height = 160;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      let rgb = [250, 248, 240];
      if (y >= 12 && y < 34 && x >= 12 && x < 228) rgb = [31, 79, 143];
      if (y >= 50 && y < 146 && (y - 50) % 16 < 5 && x >= 20 && x < 220 - ((y * 7) % 60)) rgb = [80, 78, 74];
      row.set(rgb, 1 + x * 3);
    }
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
    ...(gps ? [chunk('eXIf', Buffer.from('MM\0*GPSLatitude 50.6292N GPSLongitude 3.0573E', 'latin1'))] : []),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hasGps = (bytes) => bytes.includes(Buffer.from('GPSLatitude')) || bytes.includes(Buffer.from('eXIf'));

/** Opens "My papers" from the menu (unfolding it first when text is large). */
async function goSafe(page) {
  if (await page.isVisible('.nav-toggle')) await page.click('.nav-toggle');
  await page.click('#nav-safe');
  await page.waitForSelector('h1#safe-title', { timeout: TIMEOUT });
  await page.mouse.move(0, 0);
}

/** Opens the settings from their button in the header. */
async function goSettings(page) {
  await page.click('#header-settings');
  await page.waitForSelector('h1#settings-title', { timeout: TIMEOUT });
}

/** The `id` of the document whose title is `title`. */
async function docId(page, title) {
  return page.evaluate((t) => {
    const p = [...document.querySelectorAll('li.document .item-title')].find((e) => e.textContent.trim() === t);
    return p ? p.closest('li').id.replace(/^doc-/, '') : null;
  }, title);
}

/** Clicks and returns the download it starts, with its bytes. */
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** True if clicking `selector` starts no download within a second. */
async function noDownload(page, selector) {
  const waiting = page.waitForEvent('download', { timeout: 1000 }).then(() => false, () => true);
  await page.click(selector);
  return waiting;
}

async function frenchFlows(page) {
  // From Home's card of papers to renew.
  await page.click('#home-open-safe');
  await page.waitForSelector('h1#safe-title', { timeout: TIMEOUT });
  await page.mouse.move(0, 0);
  check('fr safe: Home\'s card opens "Mes papiers"', (await text(page, 'h1#safe-title')) === 'Mes papiers');
  await checkFocus(page, 'fr safe: the focus moved to its title', 'safe-title');
  check('fr safe: the menu marks it as the current screen', (await page.getAttribute('#nav-safe', 'aria-current')) === 'page');
  const titled = await page
    .waitForFunction(() => document.title.startsWith('Mes papiers'), null, { timeout: 3000 })
    .then(() => true, () => false);
  check('fr safe: the page\'s title names it', titled, await page.title());

  // The demo papers, by category, their end in words.
  const permit = await text(page, '#doc-d-titre-sejour');
  check('fr safe: the residence permit says "Expire dans 90 jours" in words', permit.includes('Titre de séjour') && permit.includes('Expire dans 90 jours'), permit);
  const vitale = await text(page, '#doc-d-vitale');
  check('fr safe: the carte Vitale certificate says "Expire dans 20 jours"', vitale.includes('Expire dans 20 jours') && vitale.includes('Valable jusqu\'au dimanche 22 mars.'), vitale);
  const inCategory = await page.evaluate(() => document.querySelector('#doc-d-titre-sejour').closest('section').querySelector('h2').textContent.trim());
  check('fr safe: it is under its category, "Titre de séjour"', inCategory === 'Titre de séjour', inCategory);
  await checkAxe(page, 'fr safe');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.screenshot({ path: join(shotsDir, 'safe-top-fr.png') });
  await shotAt(page, '#safe-cat-identity', 'safe-list-fr');
  await checkLayout(page, 'fr safe');

  // A photo chosen in the page's file input, as a person would.
  const photo = paperPng(true);
  await page.setInputFiles('#safe-file-input', [{ name: 'IMG_2041.png', mimeType: 'image/png', buffer: photo }]);
  const chosen = await page
    .waitForSelector('#safe-add-name', { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr safe: choosing a file shows the form', chosen);
  const said = `${await text(page, '#safe-add-chosen')} ${await text(page, '.chosen')}`;
  check('fr safe: it says which file was chosen', said === 'Vous avez choisi 1 fichier. Page 1 : IMG_2041.png', said);
  await checkFocus(page, 'fr safe: the focus is on what was chosen', 'safe-add-chosen');
  check('fr safe: it says photos lose their hidden data', (await text(page, '.add')).includes('Pour les photos, Parcours enlève les informations cachées. Par exemple, le lieu où la photo a été prise.'));
  await checkAxe(page, 'fr safe, add form');
  await checkLayout(page, 'fr safe, add form');
  await page.fill('#safe-add-name', 'Attestation de domicile');
  await page.selectOption('#safe-add-category', 'other');
  await page.fill('#safe-add-expires', '2026-03-12');
  await shotAt(page, '.add-form', 'safe-add-fr');
  await page.click('#safe-add-save');
  check('fr safe: "Ranger dans mon coffre-fort" says it is done', await waitText(page, '#safe-feedback', 'C\'est rangé. « Attestation de domicile » est dans votre coffre-fort.'));
  await checkFocus(page, 'fr safe: the focus is on the message', 'safe-feedback');
  const id = await docId(page, 'Attestation de domicile');
  check('fr safe: the new paper is listed', id !== null);
  if (!id) return;
  const item = await text(page, `#doc-${id}`);
  check('fr safe: with 1 page and "Expire dans 10 jours"', item.includes('1 page') && item.includes('Expire dans 10 jours'), item);
  const category = await page.evaluate((i) => document.querySelector(`#doc-${i}`).closest('section').querySelector('h2').textContent.trim(), id);
  check('fr safe: under "Autres papiers"', category === 'Autres papiers', category);
  check('fr safe: "Qui a ouvert quoi" says it was added, with the date in full', (await text(page, '.trail')).includes('Le lundi 2 mars 2026, vous avez ajouté « Attestation de domicile » dans votre coffre-fort.'));

  // Open it: the photo in the page, without its GPS data.
  await page.click(`#doc-open-${id}`);
  const img = await page
    .waitForFunction((i) => {
      const el = document.querySelector(`#doc-page-${i}`);
      return el && el.complete && el.naturalWidth === 240;
    }, id, { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr safe: "Ouvrir" shows the photo in the page', img);
  check('fr safe: the photo has words for screen readers', (await page.getAttribute(`#doc-page-${id}`, 'alt')) === 'Attestation de domicile, page 1 sur 1');
  const src = (await page.getAttribute(`#doc-page-${id}`, 'src')) || '';
  const shown = Buffer.from(src.split(',')[1] || '', 'base64');
  check('fr safe: the photo kept in the safe has no GPS data', shown.length > 100 && !hasGps(shown) && hasGps(photo));
  check('fr safe: "Ouvrir" became "Fermer" (aria-expanded)', (await page.getAttribute(`#doc-open-${id}`, 'aria-expanded')) === 'true');
  await checkAxe(page, 'fr safe, a paper open');
  await shotAt(page, `#doc-${id}`, 'safe-open-fr');
  await shotAt(page, `#safe-cat-other`, 'safe-open-category-fr');
  await checkLayout(page, 'fr safe, a paper open');
  check('fr safe: opening is written in the trail', await waitText(page, '.trail', 'vous avez ouvert « Attestation de domicile »'));

  // Send it outside Parcours: a warning, then a download.
  await page.click(`#doc-send-${id}`);
  await page.waitForSelector(`#doc-send-question-${id}`, { timeout: TIMEOUT });
  const warning = await text(page, `#doc-${id} .confirm`);
  check(
    'fr safe: "Envoyer hors de Parcours" first says it will no longer be protected',
    warning.includes('Envoyer ce papier hors de Parcours ?') && warning.includes('ce papier ne sera plus protégé'),
    warning,
  );
  await checkFocus(page, 'fr safe: the focus is on the question', `doc-send-question-${id}`);
  await checkAxe(page, 'fr safe, send warning');
  const sent = await download(page, `#doc-send-yes-${id}`);
  check('fr safe: "Oui, envoyer" downloads attestation-de-domicile.png', sent.name === 'attestation-de-domicile.png', sent.name);
  check('fr safe: the file sent is the photo, without its GPS data', sent.bytes.subarray(0, 8).equals(photo.subarray(0, 8)) && !hasGps(sent.bytes));
  check('fr safe: it says where the file is', await waitText(page, '#safe-feedback', 'Le fichier « attestation-de-domicile.png » est dans vos téléchargements.'));
  check('fr safe: sending is written in the trail', await waitText(page, '.trail', 'vous avez envoyé « Attestation de domicile » hors de Parcours.'));

  // Delete: a question that says it cannot be undone; only the second tap deletes.
  await page.click(`#doc-delete-${id}`);
  await page.waitForSelector(`#doc-delete-question-${id}`, { timeout: TIMEOUT });
  const question = await text(page, `#doc-${id} .confirm`);
  check(
    'fr safe: "Supprimer" asks first, and says it cannot be undone',
    question.includes('Supprimer « Attestation de domicile » ?') && question.includes('Vous ne pourrez pas revenir en arrière.'),
    question,
  );
  await checkFocus(page, 'fr safe: the focus is on the question', `doc-delete-question-${id}`);
  await checkAxe(page, 'fr safe, delete question');
  await shotAt(page, `#doc-${id}`, 'safe-delete-fr');
  await page.click(`#doc-delete-no-${id}`);
  check('fr safe: "Non, garder ce papier" keeps it', (await page.locator(`#doc-${id}`).count()) === 1);
  await checkFocus(page, 'fr safe: the focus is back on "Supprimer"', `doc-delete-${id}`);
  await page.click(`#doc-delete-${id}`);
  await page.click(`#doc-delete-yes-${id}`);
  check('fr safe: "Oui, supprimer pour toujours" deletes it and says so', await waitText(page, '#safe-feedback', 'C\'est fait. « Attestation de domicile » est supprimé.'));
  check('fr safe: it is no longer listed', (await page.locator(`#doc-${id}`).count()) === 0);

  // An encrypted backup, at once.
  const backup = await download(page, '#safe-backup');
  check('fr safe: "Faire une sauvegarde" downloads parcours-2026-03-02.pcbak', backup.name === 'parcours-2026-03-02.pcbak', backup.name);
  check('fr safe: the backup is encrypted (PRCS-BAK, no PNG inside)', backup.bytes.subarray(0, 8).toString('latin1') === 'PRCS-BAK' && !backup.bytes.includes(Buffer.from('IHDR')));
  check('fr safe: it says to keep it with the recovery code', await waitText(page, '#safe-feedback', 'Gardez-la avec votre code de secours.'));

  // The export: a warning first, then the ZIP in clear.
  check('fr safe: "Tout sortir dans un fichier" downloads nothing at the first tap', await noDownload(page, '#safe-export'));
  const exportWarning = await text(page, '.keep .confirm');
  check('fr safe: it first says the file will not be protected', exportWarning.includes('Attention : ce fichier ne sera pas protégé.'), exportWarning);
  await checkFocus(page, 'fr safe: the focus is on the warning', 'safe-export-question');
  await checkAxe(page, 'fr safe, export warning');
  const zip = await download(page, '#safe-export-yes');
  check('fr safe: "Oui, tout sortir" downloads parcours-2026-03-02.zip', zip.name === 'parcours-2026-03-02.zip' && zip.bytes.subarray(0, 2).toString('latin1') === 'PK', zip.name);
  check('fr safe: the export is written in the trail', await waitText(page, '.trail', 'vous avez exporté tous vos papiers.'));
  await shotAt(page, '.trail', 'safe-trail-fr');

  // High contrast, from the settings.
  await goSettings(page);
  await page.click('label:has(#contrast-high)');
  await page.waitForSelector('.app.theme-contrast', { timeout: TIMEOUT });
  await goSafe(page);
  await checkAxe(page, 'fr safe, high contrast');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.screenshot({ path: join(shotsDir, 'safe-fr-contrast.png') });
  await goSettings(page);
  await page.click('label:has(#contrast-high)');
  await page.waitForSelector('.app.theme-normal', { timeout: TIMEOUT });
}

/** Another language: lang/dir, the list, axe in both themes, targets, reflow, a photo added. */
async function language(browser, lang) {
  const preview = await startPreview(lang);
  const page = await browser.context.newPage();
  try {
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('h1#home-title', { timeout: 15000 });
    await goSafe(page);
    const h1 = await text(page, 'h1#safe-title');
    check(`${lang} safe: title "${TITLE[lang]}"`, h1 === TITLE[lang], h1);
    const html = await page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);
    check(`${lang} safe: <html lang="${lang}" dir="${DIR[lang]}">`, html === `${lang} ${DIR[lang]}`, html);
    const permit = await text(page, '#doc-d-titre-sejour');
    check(`${lang} safe: the residence permit's end in words ("${PERMIT_BADGE[lang]}")`, permit.includes(PERMIT_BADGE[lang]), permit);
    await checkAxe(page, `${lang} safe`);
    await checkLayout(page, `${lang} safe`);
    if (lang === 'ar') {
      // The list, right to left: the category's pictogram on the right of its name.
      const sides = await page.evaluate(() => {
        const h2 = document.querySelector('#safe-cat-residence-permit');
        return { icon: h2.querySelector('.icon').getBoundingClientRect().left, words: h2.querySelector('span').getBoundingClientRect().left };
      });
      check('ar safe: a category\'s pictogram is on the right, where the line starts', sides.icon > sides.words, JSON.stringify(sides));
      await shotAt(page, '#safe-cat-identity', 'safe-list-ar');
    }
    await page.setInputFiles('#safe-file-input', [{ name: 'scan.png', mimeType: 'image/png', buffer: paperPng(false) }]);
    await page.waitForSelector('#safe-add-name', { timeout: TIMEOUT });
    await checkAxe(page, `${lang} safe, add form`);
    await page.fill('#safe-add-name', 'Attestation de domicile');
    await page.click('#safe-add-save');
    const id = await page
      .waitForSelector('#safe-feedback', { timeout: TIMEOUT })
      .then(() => docId(page, 'Attestation de domicile'));
    check(`${lang} safe: a photo chosen in the file input is put in the safe`, id !== null);
    if (id) {
      await page.click(`#doc-open-${id}`);
      await page.waitForSelector(`#doc-page-${id}`, { timeout: TIMEOUT });
      await checkAxe(page, `${lang} safe, a paper open`);
      await checkLayout(page, `${lang} safe, a paper open`);
      if (lang === 'ar') {
        await shotAt(page, `#doc-${id}`, 'safe-open-ar');
        await shotAt(page, `#safe-cat-other`, 'safe-open-category-ar');
      }
    }
    await goSettings(page);
    await page.click('label:has(#contrast-high)');
    await page.waitForSelector('.app.theme-contrast', { timeout: TIMEOUT });
    await goSafe(page);
    await checkAxe(page, `${lang} safe, high contrast`);
  } finally {
    await page.close();
    await stopPreview(preview.child);
  }
}

async function main() {
  mkdirSync(shotsDir, { recursive: true });
  mkdirSync(docsShots, { recursive: true });
  let browser;
  let preview;
  const errors = [];
  try {
    browser = await launchBrowser();
    browser.context.on('page', (p) => {
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
    });
    preview = await startPreview('fr');
    const page = await browser.context.newPage();
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('h1#home-title', { timeout: 15000 });
    for (const [name, run] of [
      ['French', () => frenchFlows(page)],
      ['Arabic', () => language(browser, 'ar')],
      ['English', () => language(browser, 'en')],
      ['Ukrainian', () => language(browser, 'uk')],
    ]) {
      try {
        await run();
      } catch (e) {
        check(`${name}: ran to the end`, false, e.stack || e);
      }
    }
    check('no script error in the page', errors.length === 0, errors.join('\n'));
    for (const [from, to] of [
      ['safe-list-fr', 'safe-fr'],
      ['safe-list-ar', 'safe-ar'],
      ['safe-open-fr', 'safe-open-fr'],
    ]) {
      try {
        copyFileSync(join(shotsDir, `${from}.png`), join(docsShots, `${to}.png`));
        check(`screenshot copied to docs/screenshots/${to}.png`, true);
      } catch (e) {
        check(`screenshot copied to docs/screenshots/${to}.png`, false, e.message);
      }
    }
  } catch (e) {
    check('browser and preview started', false, e.stack || e);
  } finally {
    if (browser) await browser.close();
    if (preview) await stopPreview(preview.child);
  }
  finish();
}

main();
