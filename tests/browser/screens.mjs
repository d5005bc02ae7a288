// Browser checks of every screen of the app in the LiveView preview, used as
// a person would: taps on what is on screen (the menu, buttons, choices) and
// keys, never by changing the page from the test. The menu's six screens,
// and Settings from its button in the header. On each screen: axe-core
// (no violation; "incomplete" printed for review), 44 px touch targets,
// reflow at 320 px and at 200 % text (the sticky header on one line),
// screenshots at 360 × 780. The header: its three buttons on one line at
// 360 px, the settings button named in each language, Tab order quick
// exit, emergency numbers, settings (at 320 px and 200 % text: quick exit,
// Menu, emergency numbers, settings in the menu's bar).
// Then what a person does: confirm an appointment, start cancelling the
// compulsory RSA appointment, read the warning and back out, mark one of
// Nadia's own steps done and see the progress change, take a calendar file
// and a contact card, open "Qui peut agir pour moi" from Home and from
// Settings and stop a mandate (two taps), write to the referent offline
// (a quick reply and a typed message, both "waiting to be sent"), switch
// to English, bigger text, high contrast; then Arabic (right to left) and
// Ukrainian, chosen in the settings, every screen again (axe, targets,
// reflow); and quick exit. The preview runs offline (--no-server): sync
// has its own suite (sync.mjs).
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/screens.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  check,
  checkAxe,
  countTargets,
  docsShots,
  finish,
  launchBrowser,
  MIN_TARGET,
  overflow,
  shotsDir,
  smallTargets,
  startPreview,
  stopPreview,
  waitDrawnText,
  waitTextContent
} from './lib.mjs';

// In the menu's order; Settings last: it is the header's button.
const SCREENS = ['home', 'plan', 'appointments', 'messages', 'safe', 'contacts', 'settings'];
const TITLES = {
  fr: { home: 'Et maintenant', plan: 'Mon plan', contacts: 'Mes contacts', appointments: 'Mes rendez-vous', messages: 'Mes messages', safe: 'Mes papiers', settings: 'Réglages' },
  en: { home: "What's next", plan: 'My plan', contacts: 'My contacts', appointments: 'My appointments', messages: 'My messages', safe: 'My papers', settings: 'Settings' },
  ar: { home: 'وماذا الآن؟', plan: 'خطتي', contacts: 'جهات اتصالي', appointments: 'مواعيدي', messages: 'رسائلي', safe: 'أوراقي', settings: 'الإعدادات' },
  uk: { home: 'Що далі?', plan: 'Мій план', contacts: 'Мої контакти', appointments: 'Мої зустрічі', messages: 'Мої повідомлення', safe: 'Мої документи', settings: 'Налаштування' },
};
/** The direction each language is written in. */
const DIR = { fr: 'ltr', en: 'ltr', ar: 'rtl', uk: 'ltr' };
const TIMEOUT = 10000;

/** Text with no-break spaces made plain. */
const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

async function text(page, selector) {
  return plain(await page.textContent(selector, { timeout: TIMEOUT }));
}

const waitText = (page, selector, expected, timeout = TIMEOUT) => waitTextContent(page, selector, expected, timeout);

const waitDrawn = (page, selector, expected) => waitDrawnText(page, selector, expected, TIMEOUT);

/** The id of the element that has the keyboard focus. */
async function focused(page) {
  return page.evaluate(() => (document.activeElement ? document.activeElement.id : ''));
}

/** Checks that the focus goes to the element `id` (the app moves it a moment after drawing it). */
async function checkFocus(page, name, id) {
  const ok = await page
    .waitForFunction((want) => document.activeElement && document.activeElement.id === want, id, { timeout: 3000 })
    .then(() => true, () => false);
  return check(name, ok, `focus on "${await focused(page)}", not "${id}"`);
}

/** The button that opens a screen: the menu's, or for Settings the header's (in the folded menu's bar with large text on a small screen). */
async function buttonOf(page, screen) {
  if (screen !== 'settings') return `#nav-${screen}`;
  return (await page.isVisible('#header-settings')) ? '#header-settings' : '#nav-top-settings';
}

/** Opens a screen from the menu or the header, as a person would (unfolding the menu first when text is large). */
async function go(page, screen) {
  if (screen !== 'settings' && (await page.isVisible('.nav-toggle'))) {
    await page.click('.nav-toggle');
  }
  await page.click(await buttonOf(page, screen));
  await page.waitForSelector(`h1#${screen}-title`, { timeout: TIMEOUT });
  await page.mouse.move(0, 0);
}

async function shot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
}

/** Targets and reflow of the current screen (the viewport is put back to 360 × 780). */
async function checkLayout(page, label) {
  const targets = await countTargets(page);
  const small = await smallTargets(page);
  check(`${label}: all ${targets} links, buttons and controls at least ${MIN_TARGET}x${MIN_TARGET} px`, targets > 0 && small.length === 0, small.join('\n'));
  await page.setViewportSize({ width: 320, height: 780 });
  let over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px`, over.length === 0, over.join('\n'));
  // 200 % text as the browser's or phone's text setting gives it.
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px and 200 % text`, over.length === 0, over.join('\n'));
  const head = await header(page);
  check(
    `${label}: at 320 px and 200 % text the sticky header keeps one line, the settings one tap away`,
    head.height < head.exit * 1.5 && head.settings.length === 1,
    JSON.stringify(head),
  );
  const smallZoomed = await smallTargets(page);
  check(`${label}: targets still at least ${MIN_TARGET} px at 200 % text`, smallZoomed.length === 0, smallZoomed.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.setViewportSize({ width: 360, height: 780 });
}

/** The header's height, quick exit's, and which settings buttons are shown (with their names) and where. */
async function header(page) {
  return page.evaluate(() => {
    const box = (el) => el.getBoundingClientRect();
    const shown = (el) => el && box(el).width > 0;
    const settings = [...document.querySelectorAll('#header-settings, #nav-top-settings')].filter(shown);
    return {
      height: Math.round(box(document.querySelector('.app-header')).height),
      exit: Math.round(box(document.querySelector('#quick-exit')).height),
      tops: ['#quick-exit', '.header-emergency .emergency-link', '#header-settings']
        .map((s) => document.querySelector(s))
        .filter(shown)
        .map((el) => Math.round(box(el).top)),
      settings: settings.map((el) => ({ id: el.id, name: el.getAttribute('aria-label'), word: shown(el.querySelector('.header-settings-text')) && box(el.querySelector('.header-settings-text')).width > 1 })),
    };
  });
}

/** Settings is a button of the header, named in the language, on the same line as quick exit and the emergency numbers. */
async function checkHeader(page, lang) {
  const head = await header(page);
  check(
    `${lang}: at 360 px the header's three buttons (quick exit, emergency, settings) are on one line`,
    head.tops.length === 3 && new Set(head.tops).size === 1,
    JSON.stringify(head),
  );
  const named = await page.getByRole('button', { name: TITLES[lang].settings, exact: true }).count();
  check(`${lang}: the settings button is named "${TITLES[lang].settings}" for screen readers`, named === 1 && head.settings[0].name === TITLES[lang].settings, JSON.stringify(head));
  await page.setViewportSize({ width: 1024, height: 780 });
  const wide = await header(page);
  check(`${lang}: on a wide screen the settings button shows its word next to the gear`, wide.settings.length === 1 && wide.settings[0].word, JSON.stringify(wide));
  await page.setViewportSize({ width: 360, height: 780 });
}

/** Every screen: title, menu state, focus, axe, targets, reflow, screenshot. */
async function visitAll(page, lang, { layout = true, suffix = '' } = {}) {
  for (const screen of SCREENS) {
    const label = `${lang}${suffix} ${screen}`;
    await go(page, screen);
    if (screen === 'home' && !suffix) await checkHeader(page, lang);
    const h1 = await text(page, `h1#${screen}-title`);
    check(`${label}: title "${TITLES[lang][screen]}"`, h1.includes(TITLES[lang][screen]), h1);
    const current = await page.getAttribute(await buttonOf(page, screen), 'aria-current');
    // Settings' button has a twin in the folded menu's bar: one is hidden.
    const currents = await page.locator('[aria-current="page"]:visible').count();
    check(`${label}: ${screen === 'settings' ? 'the header' : 'the menu'} marks it as the current screen`, current === 'page' && currents === 1, `${current} / ${currents}`);
    // The title follows a moment after the screen is drawn.
    const titled = await page
      .waitForFunction((want) => document.title.replace(/[\u00a0\u202f]/g, ' ').includes(want), TITLES[lang][screen], { timeout: 3000 })
      .then(() => true, () => false);
    check(`${label}: the page's title names it`, titled, await page.title());
    await checkFocus(page, `${label}: the focus moved to its title`, `${screen}-title`);
    await checkAxe(page, label);
    if (layout) {
      if (!suffix) await shot(page, `${screen}-${lang}`);
      await checkLayout(page, label);
    }
  }
}

async function appointmentFlows(page) {
  await go(page, 'appointments');

  // Confirm the information meeting ("Je confirme : je viendrai").
  await page.click('#appt-confirm-a-formation');
  const confirmed = await waitText(page, '#appt-feedback-a-formation', 'vous avez confirmé ce rendez-vous');
  check('fr: confirming an appointment says it is noted', confirmed);
  check('fr: the appointment now says "Confirmé"', (await text(page, '#appt-a-formation')).includes('Confirmé'));
  check('fr: the confirm button is gone', (await page.locator('#appt-confirm-a-formation').count()) === 0);
  await checkFocus(page, 'fr: the focus is on the message', 'appt-feedback-a-formation');

  // Start cancelling the compulsory RSA appointment: a warning first.
  await page.click('#appt-cancel-a-rsa');
  await page.waitForSelector('#appt-cancel-question-a-rsa', { timeout: TIMEOUT });
  const warning = await text(page, '#appt-a-rsa .confirm.warning');
  check(
    'fr: cancelling the RSA appointment first shows what may happen',
    warning.includes('Attention : ce rendez-vous est obligatoire.') && warning.includes("Si vous n'y allez pas, vos aides peuvent être arrêtées."),
    warning,
  );
  const card = await text(page, '#appt-a-rsa');
  check('fr: the warning offers to ask for another date instead', await page.isVisible('#appt-warning-new-date-a-rsa'));
  await checkFocus(page, 'fr: the focus is on the warning', 'appt-cancel-question-a-rsa');
  check('fr: nothing is cancelled yet', card.includes('Confirmé') && !card.includes('Annulé'));
  await checkAxe(page, 'fr appointments, compulsory warning');
  await page.locator('#appt-a-rsa').scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const el = document.querySelector('#appt-cancel-question-a-rsa');
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120);
  });
  await page.screenshot({ path: join(shotsDir, 'appointments-warning-fr.png') });

  // Back out: "Non, je garde ce rendez-vous".
  await page.click('#appt-keep-a-rsa');
  await page.waitForSelector('#appt-cancel-a-rsa', { timeout: TIMEOUT });
  const after = await text(page, '#appt-a-rsa');
  check('fr: backing out keeps the appointment', !after.includes('Attention') && after.includes('Confirmé'), after);
  await checkFocus(page, 'fr: the focus is back on the cancel button', 'appt-cancel-a-rsa');

  // "Ajouter à mon agenda": an .ics file.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.click('#appt-a-rsa a[download]'),
  ]);
  const ics = readFileSync(await download.path(), 'utf8');
  check('fr: "Ajouter à mon agenda" gives rendez-vous-2026-03-03.ics', download.suggestedFilename() === 'rendez-vous-2026-03-03.ics', download.suggestedFilename());
  check(
    'fr: the calendar file is an iCalendar event with CRLF lines',
    ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.includes('\r\nDTSTART:20260303T130000Z\r\n') && ics.includes('\r\nSUMMARY:Faire le bilan de mon contrat RSA\r\n') && ics.endsWith('END:VCALENDAR\r\n'),
    ics,
  );
}

async function planFlow(page) {
  await go(page, 'plan');
  const before = await text(page, '#plan-progress-all');
  check('fr: the plan says "4 étapes faites sur 14."', before.includes('4 étapes faites sur 14.'), before);

  await page.click('#step-done-s03');
  await page.waitForSelector('#step-confirm-s03', { timeout: TIMEOUT });
  check('fr: marking a step done asks first', (await text(page, '#step-confirm-s03')).includes('Vous avez fait cette étape ?'));
  await checkFocus(page, 'fr: the focus is on the question', 'step-confirm-s03');
  check('fr: nothing is counted before the answer', (await text(page, '#plan-progress-all')).includes('4 étapes faites sur 14.'));

  await page.click('#step-done-yes-s03');
  const counted = await waitText(page, '#plan-progress-all', '5 étapes faites sur 14.');
  check('fr: after "Oui, c\'est fait" the progress says 5 out of 14', counted, await text(page, '#plan-progress-all'));
  check('fr: the objective\'s progress too', (await text(page, '#objective-progress-housing')).includes('3 étapes faites sur 4.'));
  check('fr: the step says "Fait"', (await text(page, '#step-feedback-s03')).includes('Bravo ! L\'étape est notée comme faite.'));
  check('fr: the button is gone', (await page.locator('#step-done-s03').count()) === 0);
  await checkFocus(page, 'fr: the focus is on the message', 'step-feedback-s03');
}

async function contactsFlow(page) {
  await go(page, 'contacts');
  const call = page.getByRole('link', { name: 'Appeler Claire Martin' });
  check('fr: "Appeler Claire Martin" is a tel: link', (await call.getAttribute('href')) === 'tel:0320001122');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.getByRole('link', { name: 'Ajouter à mes contacts : Claire Martin' }).click(),
  ]);
  const vcf = readFileSync(await download.path(), 'utf8');
  check('fr: "Ajouter à mes contacts" gives claire-martin.vcf', download.suggestedFilename() === 'claire-martin.vcf', download.suggestedFilename());
  check(
    'fr: the card is a vCard 3.0 with her number',
    vcf.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n') && vcf.includes('\r\nFN:Claire Martin\r\n') && vcf.includes('\r\nTEL;TYPE=WORK,VOICE:0320001122\r\n'),
    vcf,
  );
}

/** "Qui peut agir pour moi": reached from Home's card and from Settings (not in the menu); stop a mandate in two taps. */
async function mandatesFlow(page) {
  await go(page, 'home');
  await page.click('#home-open-mandates');
  await page.waitForSelector('h1#mandates-title', { timeout: TIMEOUT });
  await page.mouse.move(0, 0);
  const h1 = await text(page, 'h1#mandates-title');
  check('fr mandates: Home\'s card opens "Qui peut agir pour moi"', h1.includes('Qui peut agir pour moi'), h1);
  const titled = await page
    .waitForFunction(() => document.title.includes('Qui peut agir pour moi'), null, { timeout: 3000 })
    .then(() => true, () => false);
  check('fr mandates: the page\'s title names it', titled, await page.title());
  await checkFocus(page, 'fr mandates: the focus moved to its title', 'mandates-title');
  const caf = await text(page, '#mandate-mn-caf');
  check(
    'fr mandates: who, what, until when in full, and "Finit bientôt" in words',
    caf.includes('Sophie Lefèvre') && caf.includes('Sujets : Logement, Argent.') && caf.includes('Finit bientôt') && caf.includes("Jusqu'au dimanche 22 mars 2026."),
    caf,
  );
  await checkAxe(page, 'fr mandates');
  await shot(page, 'mandates-fr');
  await checkLayout(page, 'fr mandates');

  // Stop the CHRS's access to the residence permit: a question first.
  await page.click('#mandate-revoke-mn-chrs-titre');
  await page.waitForSelector('#mandate-question-mn-chrs-titre', { timeout: TIMEOUT });
  const question = await text(page, '#mandate-mn-chrs-titre .confirm');
  check(
    'fr mandates: "Arrêter" first says what will happen',
    question.includes('Voulez-vous arrêter cette autorisation ?') && question.includes('ne pourra plus faire cela pour vous'),
    question,
  );
  await checkFocus(page, 'fr mandates: the focus is on the question', 'mandate-question-mn-chrs-titre');
  check('fr mandates: nothing is stopped yet', (await page.locator('#mandate-past-mn-chrs-titre').count()) === 0);
  await checkAxe(page, 'fr mandates, stop question');
  await checkLayout(page, 'fr mandates, stop question');

  await page.click('#mandate-revoke-yes-mn-chrs-titre');
  const done = await waitText(page, '#mandates-feedback', "C'est fait. Cette autorisation est arrêtée.");
  check('fr mandates: after "Oui, arrêter" it says "C\'est fait."', done);
  await checkFocus(page, 'fr mandates: the focus is on the message', 'mandates-feedback');
  check('fr mandates: it is no longer in force', (await page.locator('#mandate-mn-chrs-titre').count()) === 0);
  const past = await waitText(page, '#mandate-past-mn-chrs-titre', "Vous l'avez arrêtée le lundi 2 mars 2026.");
  check('fr mandates: it is under "Autorisations passées", with what happened', past);
  await checkAxe(page, 'fr mandates, after stopping');

  // Also reached from Settings.
  await go(page, 'settings');
  await page.click('#settings-open-mandates');
  const fromSettings = await page
    .waitForSelector('h1#mandates-title', { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr mandates: Settings opens it too', fromSettings);
}

/** Writing to the referent with no network: a quick reply, then a typed message. */
async function messagesFlow(page) {
  await go(page, 'home');
  await page.click('#home-open-messages');
  await page.waitForSelector('h1#messages-title', { timeout: TIMEOUT });
  await page.mouse.move(0, 0);
  await checkFocus(page, 'fr messages: Home\'s "Lire mes messages" opens them, the focus on the title', 'messages-title');
  const thread = plain(await page.innerText('.thread'));
  check(
    'fr messages: who wrote each message and when, in words',
    thread.includes('Claire Martin a écrit le lundi 2 mars à 8 h 35 :') && thread.includes('Vous avez écrit le vendredi 27 février à 9 h 20 :'),
    thread,
  );
  check('fr messages: the state of Nadia\'s messages in words ("Lu")', /Lu\b/.test(thread), thread);

  // A quick reply, offline: in the thread at once, "waiting to be sent".
  await page.click('#quick-reply-late');
  const waiting = await waitDrawn(page, '.thread > li:last-child', "Je serai en retard Attend d'être envoyé");
  check('fr messages: the quick reply is in the conversation at once, "Attend d\'être envoyé"', waiting, plain(await page.innerText('.thread > li:last-child')));
  const notice = await waitText(page, '#messages-waiting', "1 message attend d'être envoyé. Il partira quand le téléphone aura du réseau.");
  check('fr messages: a notice at the top says it waits for the network', notice);
  await checkFocus(page, 'fr messages: the focus is on what happened', 'messages-feedback');
  check('fr messages: no error on screen', !(await page.locator('.feedback.error').count()));
  // The screenshot: Claire's last message, Nadia's quick reply waiting, the quick replies.
  // (The focus moved a moment ago and the page scrolls smoothly: let it settle first.)
  await page.mouse.move(0, 0);
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    const el = document.querySelector('.thread > li:nth-last-child(2)');
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 74, behavior: 'instant' });
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shotsDir, 'messages-fr.png') });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shotsDir, 'messages-fr-waiting.png') });

  // A typed message.
  await page.fill('#message-text', 'Je vous apporte les fiches de paie demain.');
  await page.click('#message-send');
  const typed = await waitDrawn(page, '.thread > li:last-child', "Je vous apporte les fiches de paie demain. Attend d'être envoyé");
  check('fr messages: a typed message too, waiting to be sent', typed, plain(await page.innerText('.thread > li:last-child')));
  check('fr messages: the notice counts 2', await waitText(page, '#messages-waiting', '2 messages attendent d\'être envoyés.'));
  check('fr messages: the box is empty again', (await page.inputValue('#message-text')) === '');
  // An empty message: said in words.
  await page.click('#message-send');
  check('fr messages: an empty message is refused in words', await waitText(page, '#messages-feedback', 'Le message est vide.'));

  await checkAxe(page, 'fr messages, waiting to be sent');
  await checkLayout(page, 'fr messages, waiting to be sent');
}

/** What was saved is still there after the page is opened again. */
async function persistence(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('h1#home-title', { timeout: TIMEOUT });
  await go(page, 'plan');
  check('fr: after opening the app again, the step is still done', (await text(page, '#plan-progress-all')).includes('5 étapes faites sur 14.'));
  await go(page, 'appointments');
  check('fr: and the appointment still confirmed', (await text(page, '#appt-a-formation')).includes('Confirmé'));
  await go(page, 'settings');
  await page.click('#settings-open-mandates');
  await page.waitForSelector('h1#mandates-title', { timeout: TIMEOUT });
  check('fr: and the mandate still stopped', (await page.locator('#mandate-past-mn-chrs-titre').count()) === 1 && (await page.locator('#mandate-mn-chrs-titre').count()) === 0);
  await go(page, 'messages');
  check('fr: and the 2 messages still waiting to be sent', await waitText(page, '#messages-waiting', '2 messages attendent d\'être envoyés.'));
}

/** Quick exit is the first thing Tab reaches on a page just opened, then the emergency numbers, then the settings. */
async function keyboard(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('h1#home-title', { timeout: TIMEOUT });
  await page.keyboard.press('Tab');
  check('fr: Tab reaches quick exit first', (await focused(page)) === 'quick-exit', await focused(page));
  await page.keyboard.press('Tab');
  const emergency = await page.evaluate(() => document.activeElement.classList.contains('emergency-link'));
  await page.keyboard.press('Tab');
  const settings = await focused(page);
  check('fr: then the emergency numbers, then the settings', emergency && settings === 'header-settings', `${emergency} ${settings}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1#settings-title', { timeout: TIMEOUT });
  await checkFocus(page, 'fr: Enter on the settings button opens them, the focus on their title', 'settings-title');

  // 320 px and 200 % text: the header keeps quick exit; the emergency
  // numbers and the settings follow, in the same order, in the menu's bar.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('h1#home-title', { timeout: TIMEOUT });
  await page.setViewportSize({ width: 320, height: 780 });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const order = [];
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  check(
    'fr 320 px, 200 %: Tab goes quick exit, Menu, emergency numbers, settings',
    order[0] === 'quick-exit' && order[1] === 'nav-toggle' && /nav-emergency/.test(order[2]) && order[3] === 'nav-top-settings',
    order.join(' → '),
  );
  await page.keyboard.press('Enter');
  await page.waitForSelector('h1#settings-title', { timeout: TIMEOUT });
  check('fr 320 px, 200 %: the settings open from there', true);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.setViewportSize({ width: 360, height: 780 });
}

async function settingsFlows(page) {
  await go(page, 'settings');

  // Bigger text, for the whole app.
  await page.click('label:has(#text-200)');
  const big = await page
    .waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '32px', null, { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr: "Très grand (200 %)" doubles the text of the whole app', big, await page.evaluate(() => getComputedStyle(document.documentElement).fontSize));
  check('fr: it says it is saved', await waitText(page, '#settings-status-text-size', 'C\'est enregistré.'));
  const inView = await page
    .waitForFunction(
      () => {
        const r = document.querySelector('#text-200').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      },
      null,
      { timeout: 3000 },
    )
    .then(() => true, () => false);
  check('fr: the chosen size stays in view', inView);
  const over = await overflow(page);
  check('fr: no horizontal overflow at 360 px with the app at 200 %', over.length === 0, over.join('\n'));
  const small = await smallTargets(page);
  check('fr: targets at least 44 px with the app at 200 %', small.length === 0, small.join('\n'));
  await page.screenshot({ path: join(shotsDir, 'settings-fr-200pct.png') });
  await page.click('label:has(#text-100)');
  await page.waitForFunction(() => getComputedStyle(document.documentElement).fontSize === '16px', null, { timeout: TIMEOUT });

  // High contrast, then every screen again.
  await page.click('label:has(#contrast-high)');
  const contrast = await page
    .waitForSelector('.app.theme-contrast', { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr: "Contraste fort" switches the theme', contrast);
  await page.screenshot({ path: join(shotsDir, 'settings-fr-contrast.png') });
  await visitAll(page, 'fr', { layout: false, suffix: ' contrast' });
  await go(page, 'plan');
  await page.screenshot({ path: join(shotsDir, 'plan-fr-contrast.png') });
  await go(page, 'settings');
  await page.click('label:has(#contrast-high)');
  await page.waitForSelector('.app.theme-normal', { timeout: TIMEOUT });

  // Discreet mode: the window's title (the tab, the app switcher) becomes
  // the neutral page's, on every screen; off again, it is Parcours's.
  await page.click('label:has(#discreet-on)');
  const neutral = await page
    .waitForFunction(() => document.title === 'Météo', null, { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr: discreet mode makes the window title "Météo"', neutral, await page.title());
  await go(page, 'appointments');
  check('fr: still "Météo" on My appointments in discreet mode', (await page.title()) === 'Météo', await page.title());
  await go(page, 'settings');
  await page.click('label:has(#discreet-on)');
  const back = await page
    .waitForFunction(() => document.title.includes('Parcours'), null, { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('fr: discreet mode off, the title says Parcours again', back, await page.title());

  // English: the whole app, and the page's language.
  await page.click('label:has(#lang-en)');
  const english = await waitText(page, 'h1#settings-title', 'Settings');
  check('fr → en: choosing "English" switches the app to English', english);
  const htmlLang = await page
    .waitForFunction(() => document.documentElement.lang === 'en', null, { timeout: 3000 })
    .then(() => true, () => false);
  check('en: <html lang="en"> and an English page title', htmlLang && (await page.title()) === 'Settings – Parcours', await page.title());
  check('en: the menu is in English', (await text(page, '#app-nav')).includes('Home'));
  check('en: it says it is saved, in English', await waitText(page, '#settings-status-language', 'Saved.'));
  await checkFocus(page, 'en: the focus stayed on the choice', 'lang-en');
}

/** Chooses a language in the settings, as a person would; the whole app and the page follow. */
async function chooseLanguage(page, lang) {
  await go(page, 'settings');
  await page.click(`label:has(#lang-${lang})`);
  const switched = await waitText(page, 'h1#settings-title', TITLES[lang].settings);
  check(`→ ${lang}: choosing it in the settings switches the app`, switched, await text(page, 'h1#settings-title'));
  const htmlOk = await page
    .waitForFunction(
      ([l, d]) => document.documentElement.lang === l && document.documentElement.dir === d,
      [lang, DIR[lang]],
      { timeout: 3000 },
    )
    .then(() => true, () => false);
  check(
    `${lang}: <html lang="${lang}" dir="${DIR[lang]}">`,
    htmlOk,
    await page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`),
  );
  await checkFocus(page, `${lang}: the focus stayed on the choice`, `lang-${lang}`);
}

/** Arabic: the menu starts on the right; an address people wrote in French keeps its order. */
async function rightToLeft(page) {
  const sides = await page.evaluate(() => ({
    home: document.querySelector('#nav-home').getBoundingClientRect().left,
    contacts: document.querySelector('#nav-contacts').getBoundingClientRect().left,
  }));
  check('ar: the menu starts with Home on the right', sides.home > sides.contacts, JSON.stringify(sides));
  await go(page, 'contacts');
  // "12 rue de l'Exemple, 59000 Lille": in a right-to-left paragraph the
  // street number would be drawn after the street ("rue … 12 Lille").
  const address = await page.evaluate(() => {
    const dd = [...document.querySelectorAll('.details dd')].find((d) => /^\d+ [a-z]/.test(d.textContent.trim()));
    if (!dd) return null;
    const text = dd.firstChild;
    const box = (i) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect();
    };
    const number = box(0);
    const street = box(text.data.indexOf(' ') + 1);
    return { address: text.data, inOrder: number.top === street.top && number.left < street.left };
  });
  check('ar: an address written in French reads in its order ("12 rue…")', address && address.inOrder, JSON.stringify(address));
}

async function quickExit(page) {
  await go(page, 'plan');
  await page.click('#quick-exit');
  const left = await page
    .waitForURL(/\/meteo$/, { timeout: TIMEOUT })
    .then(() => true, () => false);
  check('en: quick exit leaves for the neutral page', left, page.url());
  await page.waitForSelector('h1', { timeout: TIMEOUT });
  const body = await text(page, 'body');
  check('en: the neutral page shows the weather', (await page.title()) === 'Weather' && body.includes('Weather'), `${await page.title()}: ${body}`);
  check('en: nothing of the person or the app on it', !/Nadia|Parcours|Claire|appointment|plan/i.test(await page.content()), body);
  await page.screenshot({ path: join(shotsDir, 'quick-exit-en.png') });
  await page.goBack().catch(() => {});
  const back = page.url();
  check('en: "Back" does not return to the app', !/127\.0\.0\.1:\d+\/$/.test(back), back);
}

async function main() {
  mkdirSync(shotsDir, { recursive: true });
  mkdirSync(docsShots, { recursive: true });
  let browser;
  let preview;
  try {
    browser = await launchBrowser();
    preview = await startPreview('fr');
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('h1#home-title', { timeout: 15000 });

    const steps = [
      ['every screen in French', () => visitAll(page, 'fr')],
      ['appointments', () => appointmentFlows(page)],
      ['plan', () => planFlow(page)],
      ['contacts', () => contactsFlow(page)],
      ['mandates', () => mandatesFlow(page)],
      ['messages', () => messagesFlow(page)],
      ['saved', () => persistence(page, preview.url)],
      ['keyboard', () => keyboard(page, preview.url)],
      ['settings', () => settingsFlows(page)],
      ['every screen in English', () => visitAll(page, 'en')],
      ['Arabic', () => chooseLanguage(page, 'ar')],
      ['every screen in Arabic', () => visitAll(page, 'ar')],
      ['right to left', () => rightToLeft(page)],
      ['Ukrainian', () => chooseLanguage(page, 'uk')],
      ['every screen in Ukrainian', () => visitAll(page, 'uk')],
      ['back to English', () => chooseLanguage(page, 'en')],
      ['quick exit', () => quickExit(page)],
    ];
    for (const [name, run] of steps) {
      try {
        await run();
      } catch (e) {
        check(`${name}: ran to the end`, false, e.stack || e);
      }
    }
    check('no script error in the page', errors.length === 0, errors.join('\n'));

    for (const name of ['plan-fr', 'contacts-fr', 'appointments-fr', 'settings-fr', 'mandates-fr', 'messages-fr']) {
      try {
        copyFileSync(join(shotsDir, `${name}.png`), join(docsShots, `${name}.png`));
        check(`screenshot copied to docs/screenshots/${name}.png`, true);
      } catch (e) {
        check(`screenshot copied to docs/screenshots/${name}.png`, false, e.message);
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
