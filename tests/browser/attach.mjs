// A paper of the safe joined to a message, in the browser: the preview with
// its demo server, on the real clock (the server checks dates by its own).
// The demo referent publishes a key; the person puts a paper in the safe
// (the demo papers are descriptions only, with no page to share), opens
// Messages, taps "Joindre un papier", chooses it in the list and sees it
// as a chip above the box, with "Claire Martin pourra voir ce papier
// jusqu'au …" and the key's code; removes it, joins it again, writes and
// sends. The thread says "Envoyé" and "Papier joint : « … »" with its
// paperclip; through the professional's API the referent's dossier has the
// message naming the paper, and a share of that paper for her. "Ouvrir …
// dans Mes papiers" opens it there. axe-core with the picker open (fr, ar)
// and with the chip; 44 px targets and no sideways scrolling at 320 px and
// 200 % text. Screenshots: target/screenshots/attach-picker-fr.png,
// attach-chip-fr.png, attach-thread-fr.png, attach-picker-ar.png.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/attach.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import {
  addPaper,
  api,
  check,
  checkAxe,
  checkLayout,
  demoServerUrl,
  finish,
  launchBrowser,
  referentKey,
  shotAt,
  shotsDir,
  startPreview,
  stopPreview,
  waitDrawnText,
} from './lib.mjs';

const TIMEOUT = 15000;

const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const waitText = (page, selector, expected, timeout = TIMEOUT) => waitDrawnText(page, selector, expected, timeout);

/** The preview with its demo server, the referent's key published; the
 * server's address, the referent's token and key. */
async function withServer(lang) {
  const preview = await startPreview(lang, { now: null, server: true });
  const server = await demoServerUrl(preview.output);
  if (!server) return { preview };
  const { token } = await api(server, 'POST', '/v1/pro/login', { body: { login: 'referent', password: 'demo-referent' } });
  const key = referentKey();
  await api(server, 'PUT', '/v1/pro/key', { token, body: { public_key: key.hex } });
  return { preview, server, token, key };
}

async function openMessages(page) {
  await page.click('#nav-messages');
  await page.waitForSelector('h1#messages-title', { timeout: TIMEOUT });
}

async function french(browser) {
  const { preview, server, token, key } = await withServer('fr');
  try {
    check('fr attach: the demo server is there', Boolean(server), preview.output.join('\n'));
    if (!server) return;
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const title = `Quittance ${randomBytes(2).toString('hex')}`;
    const id = await addPaper(page, preview.url, title);
    check('fr attach: a paper was added to the safe', id !== null);
    if (!id) return;
    await openMessages(page);

    // The picker: the papers of the safe, as a group of radio buttons.
    await page.click('#messages-attach');
    await page.waitForSelector('#messages-picker', { timeout: TIMEOUT });
    check('fr attach: the picker asks which paper', await waitText(page, '#messages-attach-legend', 'Quel papier voulez-vous joindre ?'));
    const radios = await page.$$eval('#messages-picker input[type=radio]', (els) => els.map((e) => e.id));
    check('fr attach: the paper is in the list, as a radio button', radios.includes(`messages-paper-${id}`), radios.join(', '));
    check('fr attach: the demo papers with no page are not offered', !radios.includes('messages-paper-d-passeport'), radios.join(', '));
    const label = await page.$eval(`#messages-paper-${id}`, (e) => e.closest('label').innerText);
    check('fr attach: each paper says its title and category', plain(label).includes(title) && plain(label).includes('Autre'), plain(label));
    await page.click('#messages-attach-choose');
    check('fr attach: "Joindre ce papier" with nothing chosen says to choose first', await waitText(page, '#messages-feedback', "Choisissez d'abord un papier dans la liste."));
    await page.check(`#messages-paper-${id}`);
    await shotAt(page, '#messages-picker', 'attach-picker-fr');
    await checkAxe(page, 'fr messages, the picker open');
    await checkLayout(page, 'fr messages, the picker open');

    // Joined: a chip with the end in words and the referent's code.
    await page.click('#messages-attach-choose');
    check('fr attach: the chip names the paper', await waitText(page, '#messages-paper-title', `Papier joint : « ${title} »`));
    check(
      'fr attach: it says plainly until when the referent may see it',
      await waitText(page, '#messages-paper-until', "Claire Martin pourra voir ce papier jusqu'au"),
      plain(await page.innerText('#messages-paper')),
    );
    check('fr attach: the referent\'s code is shown, the one of the key she published', await waitText(page, '#share-fingerprint', key.fingerprint));
    check('fr attach: the first time, it says to compare it by phone', await waitText(page, '#share-first-time', 'Appelez Claire Martin au téléphone.'));
    check('fr attach: nothing is shared before "Envoyer"', (await api(server, 'GET', '/v1/pro/shares', { token })).length === 0);
    await shotAt(page, '#messages-paper', 'attach-chip-fr');
    await checkAxe(page, 'fr messages, a paper joined');
    await checkLayout(page, 'fr messages, a paper joined');

    // Removed, then joined again.
    await page.click('#messages-paper-remove');
    check('fr attach: "Retirer le papier" removes the chip', await page.waitForSelector('#messages-paper', { state: 'detached', timeout: TIMEOUT }).then(() => true, () => false));
    check('fr attach: and "Joindre un papier" is back', (await page.locator('#messages-attach').count()) === 1);
    await page.click('#messages-attach');
    await page.check(`#messages-paper-${id}`);
    await page.click('#messages-attach-choose');
    await page.waitForSelector('#messages-paper', { timeout: TIMEOUT });

    // Sent: the paper is shared, then the message naming it leaves.
    const words = `Voici ma quittance (${randomBytes(2).toString('hex')}).`;
    await page.fill('#message-text', words);
    await page.click('#message-send');
    check(
      'fr attach: it says the message and the paper are sent, and until when',
      await waitText(page, '#messages-feedback', `C'est noté. Votre message et le papier « ${title} » sont dans la conversation. Claire Martin peut voir ce papier jusqu'au`),
      plain(await page.innerText('.write')),
    );
    const last = '.thread > li:last-child';
    check('fr attach: the thread shows the message and "Envoyé"', await waitText(page, last, 'Envoyé'), plain(await page.innerText(last)));
    check('fr attach: the thread shows the paperclip line, in words', await waitText(page, `${last} .msg-paper`, `Papier joint : « ${title} »`), plain(await page.innerText(last)));
    check('fr attach: the paperclip is drawn', (await page.locator(`${last} .msg-paper > p svg`).count()) === 1);
    check('fr attach: the chip is gone, the box is empty', (await page.locator('#messages-paper').count()) === 0 && (await page.inputValue('#message-text')) === '');
    await checkAxe(page, 'fr messages, sent with a paper');
    await shotAt(page, `${last}`, 'attach-thread-fr');

    // The referent's side, through the professional's API.
    const dossier = await api(server, 'GET', '/v1/pro/persons/nadia/dossier', { token });
    const message = dossier.changes.find((c) => c.type === 'message' && c.value.text === words);
    check('fr attach: the referent\'s dossier has the message naming the paper', message && JSON.stringify(message.value.attachments) === JSON.stringify([id]), JSON.stringify(message));
    const share = dossier.changes.find((c) => c.type === 'share' && c.value.document === id && c.value.recipient === 'referent');
    check('fr attach: and a share of that paper for her', Boolean(share && share.value.ready), JSON.stringify(share));
    const theirs = await api(server, 'GET', '/v1/pro/shares', { token });
    const days = theirs.length ? (Date.parse(theirs[0].expires_at) - Date.now()) / 86400000 : 0;
    check('fr attach: she can open it for 30 days', theirs.length === 1 && theirs[0].document === id && days > 29.9 && days <= 30, JSON.stringify(theirs));

    // "Ouvrir … dans Mes papiers": the paper open in the safe screen.
    await page.click(`${last} .msg-paper button`);
    const opened = await page
      .waitForSelector(`#doc-panel-${id}`, { timeout: TIMEOUT })
      .then(() => true, () => false);
    check('fr attach: the person\'s own paper opens in "Mes papiers"', opened && (await page.locator('h1#safe-title').count()) === 1);
    check('no script error in the page', errors.length === 0, errors.join('\n'));
    await page.close();
  } finally {
    await stopPreview(preview.child);
  }
}

async function arabic(browser) {
  const { preview, server, key } = await withServer('ar');
  try {
    if (!server) return check('ar attach: the demo server is there', false);
    const page = await browser.context.newPage();
    const id = await addPaper(page, preview.url, 'إيصال الإيجار');
    check('ar attach: a paper was added', id !== null);
    if (!id) return;
    await openMessages(page);
    await page.click('#messages-attach');
    check('ar attach: the picker is in Arabic', await waitText(page, '#messages-attach-legend', 'أي ورقة تريد إرفاقها؟'));
    await page.check(`#messages-paper-${id}`);
    await shotAt(page, '#messages-picker', 'attach-picker-ar');
    await checkAxe(page, 'ar messages, the picker open');
    await checkLayout(page, 'ar messages, the picker open');
    await page.click('#messages-attach-choose');
    check('ar attach: the chip names the paper', await waitText(page, '#messages-paper-title', 'ورقة مرفقة: «إيصال الإيجار»'));
    check('ar attach: the code is shown', await waitText(page, '#share-fingerprint', key.fingerprint));
    const dir = await page.evaluate(() => getComputedStyle(document.querySelector('#share-fingerprint')).direction);
    check('ar attach: the code reads left to right', dir === 'ltr', dir);
    await checkAxe(page, 'ar messages, a paper joined');
    await checkLayout(page, 'ar messages, a paper joined');
    await page.close();
  } finally {
    await stopPreview(preview.child);
  }
}

mkdirSync(shotsDir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const [name, run] of [
    ['fr', () => french(browser)],
    ['ar', () => arabic(browser)],
  ]) {
    try {
      await run();
    } catch (e) {
      check(`${name} attach: ran to the end`, false, e.stack || e);
    }
  }
} finally {
  await browser.close();
}
finish();
