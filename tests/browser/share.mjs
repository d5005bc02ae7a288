// Sharing a paper with a professional, in the browser: the preview with its
// demo server, on the real clock (the server checks dates by its own). The
// demo referent publishes a key (an X25519 key made here, as `parcours pro
// keygen` makes one); the person adds a paper (a PNG chosen in the page's
// file input), chooses it, the referent and "30 jours", and sees the key's
// fingerprint — the one computed here from the referent's public key —
// with "compare it by phone" the first time. Shared, the referent lists it
// through the professional's API; "Arrêter le partage" stops it and the
// server's copy goes. The referent's key changes: the app shows both codes
// and shares only after "J'ai vérifié". axe-core (fr, ar), 44 px targets,
// no sideways scrolling at 320 px and 200 % text. Screenshots:
// target/screenshots/share-fr.png, share-ar.png, share-changed-fr.png.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/share.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  waitDrawnText
} from './lib.mjs';

const TIMEOUT = 15000;

const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const waitText = (page, selector, expected, timeout = TIMEOUT) => waitDrawnText(page, selector, expected, timeout);

async function french(browser) {
  const preview = await startPreview('fr', { now: null, server: true });
  try {
    const server = await demoServerUrl(preview.output);
    check('fr share: the demo server is there', server !== null, preview.output.join('\n'));
    if (!server) return;
    const { token } = await api(server, 'POST', '/v1/pro/login', { body: { login: 'referent', password: 'demo-referent' } });
    const first = referentKey();
    await api(server, 'PUT', '/v1/pro/key', { token, body: { public_key: first.hex } });

    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const title = `Attestation ${randomBytes(2).toString('hex')}`;
    const id = await addPaper(page, preview.url, title);
    check('fr share: a paper was added', id !== null);
    if (!id) return;
    check('fr share: "Vos partages" says there is none yet', await waitText(page, '.share', 'Vous ne partagez aucun papier.'));
    check('fr share: 30 days is chosen unless changed', await page.isChecked('#share-until-30-days'));

    await page.check(`#share-paper-${id}`);
    await page.check('#share-to-referent');
    await checkAxe(page, 'fr share, the form');
    await checkLayout(page, 'fr share, the form');
    await page.click('#share-continue');
    const shown = await waitText(page, '#share-fingerprint', first.fingerprint);
    check('fr share: the referent\'s fingerprint is shown, the one of the key they published', shown, plain(await page.innerText('.share')));
    check(
      'fr share: the first time, it says to compare it by phone',
      await waitText(page, '#share-first-time', 'C\'est la première fois. Appelez Claire Martin au téléphone.'),
    );
    const before = await api(server, 'GET', '/v1/pro/shares', { token });
    check('fr share: nothing is shared before the person says so', before.length === 0, JSON.stringify(before));
    await checkAxe(page, 'fr share, the fingerprint');
    await checkLayout(page, 'fr share, the fingerprint');
    await shotAt(page, '.share-key', 'share-fr');

    await page.click('#share-yes');
    const done = await waitText(page, '#share-feedback', `C'est fait. Claire Martin peut voir « ${title} » jusqu'au`);
    check('fr share: it says it is done, with whom and until when', done, plain(await page.innerText('.share')));
    const listed = await waitText(page, '#share-list', `« ${title} » avec Claire Martin`);
    check('fr share: "Vos partages" lists it', listed);
    const theirs = await api(server, 'GET', '/v1/pro/shares', { token });
    check('fr share: the referent sees one share, of that paper', theirs.length === 1 && theirs[0].document === id, JSON.stringify(theirs));
    const days = theirs.length ? (Date.parse(theirs[0].expires_at) - Date.now()) / 86400000 : 0;
    check('fr share: it ends in 30 days', days > 29.9 && days <= 30, String(days));
    await checkAxe(page, 'fr share, shared');

    // Stop sharing: marked at once, the server's copy goes with the sync.
    const shareId = theirs.length ? theirs[0].id : '';
    await page.click(`#share-stop-${shareId}`);
    check('fr share: "Arrêter le partage" says it is done', await waitText(page, '#share-feedback', 'Vous ne partagez plus ce papier avec Claire Martin.'));
    check('fr share: the list says it was stopped', await waitText(page, '#share-list', 'Arrêté le'));
    let gone = false;
    for (let i = 0; i < 100 && !gone; i += 1) {
      gone = (await api(server, 'GET', '/v1/pro/shares', { token })).length === 0;
      if (!gone) await new Promise((r) => setTimeout(r, 200));
    }
    check('fr share: the referent no longer has it', gone);

    // The referent's key changes: both codes, and a deliberate "I checked".
    const second = referentKey();
    await api(server, 'PUT', '/v1/pro/key', { token, body: { public_key: second.hex } });
    await page.check(`#share-paper-${id}`);
    await page.check('#share-to-referent');
    await page.click('#share-continue');
    const warned =
      (await waitText(page, '#share-key-changed', 'Attention : le code de Claire Martin a changé.')) &&
      (await waitText(page, '#share-fingerprint-before', first.fingerprint)) &&
      (await waitText(page, '#share-fingerprint', second.fingerprint));
    check('fr share: a changed key shows a warning and both codes', warned, plain(await page.innerText('.share')));
    check('fr share: the button says "J\'ai vérifié avec Claire Martin"', await waitText(page, '#share-yes', 'J\'ai vérifié avec Claire Martin : partager'));
    const still = await api(server, 'GET', '/v1/pro/shares', { token });
    check('fr share: nothing shared with the new key yet', still.length === 0, JSON.stringify(still));
    await checkAxe(page, 'fr share, changed key');
    await shotAt(page, '.share-key', 'share-changed-fr');
    await page.click('#share-yes');
    const reshared = await waitText(page, '#share-feedback', `C'est fait. Claire Martin peut voir « ${title} »`);
    check('fr share: after "I checked", it is shared', reshared, plain(await page.innerText('.share')));
    const after = await api(server, 'GET', '/v1/pro/shares', { token });
    check('fr share: the referent has it, sealed for the new key', after.length === 1, JSON.stringify(after));
    check('no script error in the page', errors.length === 0, errors.join('\n'));
    await page.close();
  } finally {
    await stopPreview(preview.child);
  }
}

async function arabic(browser) {
  const preview = await startPreview('ar', { now: null, server: true });
  try {
    const server = await demoServerUrl(preview.output);
    if (!server) return check('ar share: the demo server is there', false);
    const { token } = await api(server, 'POST', '/v1/pro/login', { body: { login: 'referent', password: 'demo-referent' } });
    const key = referentKey();
    await api(server, 'PUT', '/v1/pro/key', { token, body: { public_key: key.hex } });
    const page = await browser.context.newPage();
    const id = await addPaper(page, preview.url, 'شهادة سكن');
    check('ar share: a paper was added', id !== null);
    if (!id) return;
    check('ar share: the card is in Arabic', await waitText(page, '#share-title', 'مشاركة ورقة مع مختص'));
    await page.check(`#share-paper-${id}`);
    await page.check('#share-to-referent');
    await checkAxe(page, 'ar share, the form');
    await page.click('#share-continue');
    check('ar share: the fingerprint is shown', await waitText(page, '#share-fingerprint', key.fingerprint));
    const dir = await page.evaluate(() => getComputedStyle(document.querySelector('#share-fingerprint')).direction);
    check('ar share: the code reads left to right', dir === 'ltr', dir);
    await checkAxe(page, 'ar share, the fingerprint');
    await checkLayout(page, 'ar share, the fingerprint');
    await shotAt(page, '.share-key', 'share-ar');
    await page.close();
  } finally {
    await stopPreview(preview.child);
  }
}

mkdirSync(shotsDir, { recursive: true });
const browser = await launchBrowser();
try {
  await french(browser);
  await arabic(browser);
} finally {
  await browser.close();
}
finish();
