// "Read aloud" in the browser: the button next to each screen's title, what
// it asks the browser to say (the screen's title and content, in the app's
// language, at the person's speed), its "Stop" state, the setting that
// slows the voice and the one that hides the button; the first start's
// first screen too; a browser that cannot speak, or has no voice for the
// language, and the screen that says so. axe, 44 px targets and reflow at 320 px and 200 % text
// with the button on screen, in French and Arabic. Screenshots
// `read-aloud-<screen>-<lang>.png` in target/screenshots.
//
// Headless Chromium has `speechSynthesis` but no voice and no sound. So
// before the page loads, a recorder replaces `speechSynthesis.speak` and
// `cancel`: it keeps each utterance's text, lang and rate in
// `window.__spoken` and counts the cancels, and plays the browser's part in
// the events (`error` "interrupted" on cancel; `end` when the test calls
// `window.__finishSpeaking()`, as when the voice reaches the end). That
// stubs the browser's API, not the app: the app's own scripts (the one that
// gathers the screen's text, the one that speaks) run unchanged.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/read_aloud.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  check,
  checkAxe,
  finish,
  launchBrowser,
  MIN_TARGET,
  overflow,
  shotsDir,
  smallTargets,
  startPreview,
  stopPreview,
  waitTextContent,
} from './lib.mjs';

const TIMEOUT = 10000;
const LABEL = {
  fr: { read: 'Lire à voix haute', stop: 'Arrêter la lecture', lang: 'fr-FR' },
  ar: { read: 'قراءة بصوت عالٍ', stop: 'إيقاف القراءة', lang: 'ar' },
};

/** Installed before the page's own scripts (see the top of this file). */
function recorder() {
  window.__spoken = [];
  window.__cancels = 0;
  let pending = [];
  const fire = (u, type, error) => {
    const e = new Event(type);
    if (error) Object.defineProperty(e, 'error', { value: error });
    u.dispatchEvent(e);
  };
  window.speechSynthesis.speak = (u) => {
    window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
    pending.push(u);
  };
  window.speechSynthesis.cancel = () => {
    window.__cancels += 1;
    const stopped = pending;
    pending = [];
    setTimeout(() => stopped.forEach((u) => fire(u, 'error', 'interrupted')), 0);
  };
  window.__finishSpeaking = () => {
    const done = pending;
    pending = [];
    done.forEach((u) => fire(u, 'end'));
  };
}

const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** What the page asked to say since the last `forget`. */
async function spoken(page) {
  return page.evaluate(() => window.__spoken);
}

async function forget(page) {
  await page.evaluate(() => {
    window.__spoken = [];
  });
}

async function cancels(page) {
  return page.evaluate(() => window.__cancels);
}

/** Waits until the page asked to say something; the utterances. */
async function waitSpoken(page) {
  await page.waitForFunction(() => window.__spoken.length > 0, null, { timeout: TIMEOUT }).catch(() => {});
  return spoken(page);
}

/** The read-aloud button's visible words, or null when there is none. */
async function buttonWords(page) {
  const b = page.locator('#read-aloud');
  if ((await b.count()) === 0) return null;
  return plain(await b.innerText()).trim();
}

async function waitButton(page, words) {
  return page
    .waitForFunction(
      (w) => {
        const b = document.querySelector('#read-aloud');
        return b && b.innerText.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim() === w;
      },
      words,
      { timeout: TIMEOUT },
    )
    .then(
      () => true,
      () => false,
    );
}

/** Opens a screen from the menu (Settings from the header), as a person would. */
async function go(page, screen) {
  if (screen !== 'settings' && (await page.isVisible('.nav-toggle'))) await page.click('.nav-toggle');
  const button = screen === 'settings' ? ((await page.isVisible('#header-settings')) ? '#header-settings' : '#nav-top-settings') : `#nav-${screen}`;
  await page.click(button);
  await page.waitForSelector(`h1#${screen}-title`, { timeout: TIMEOUT });
  await page.mouse.move(0, 0);
}

/** Lines of the screen's `<main>` as drawn, to compare with what was read. */
async function shownLines(page, selector) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.innerText.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean), selector);
}

/** Tap "Read aloud" on the current screen and check what the page asks to say. */
async function readScreen(page, lang, screen, { title, content, rate = 1 }) {
  const label = `${lang} ${screen}`;
  await forget(page);
  check(`${label}: the button says "${LABEL[lang].read}"`, (await buttonWords(page)) === LABEL[lang].read, await buttonWords(page));
  const named = await page.getByRole('button', { name: LABEL[lang].read, exact: true }).count();
  check(`${label}: it is a button named "${LABEL[lang].read}" for screen readers`, named === 1, named);
  await page.click('#read-aloud');
  const said = await waitSpoken(page);
  const text = plain(said.map((u) => u.text).join('\n'));
  check(`${label}: a tap asks the browser to read the screen`, said.length > 0, JSON.stringify(said));
  check(`${label}: what is read starts with the title "${title}"`, plain(said[0]?.text || '').includes(title), said[0]?.text);
  const missing = content.filter((c) => !text.includes(plain(c)));
  check(`${label}: what is read holds what the screen shows (${content.length} pieces)`, content.length > 0 && missing.length === 0, `missing: ${missing.join(' | ')}\nread: ${text.slice(0, 600)}`);
  check(
    `${label}: the button, the menu and the emergency numbers are not read`,
    !text.includes(LABEL[lang].read) && !text.includes(LABEL[lang].stop) && !text.includes('115'),
    text.slice(0, 600),
  );
  check(`${label}: every piece in ${LABEL[lang].lang}`, said.every((u) => u.lang === LABEL[lang].lang), JSON.stringify(said.map((u) => u.lang)));
  check(`${label}: at rate ${rate}`, said.every((u) => Math.abs(u.rate - rate) < 0.01), JSON.stringify(said.map((u) => u.rate)));
  return text;
}

/** Targets and reflow with the button on screen (viewport put back to 360 × 780). */
async function checkLayout(page, label, zoomShot = null) {
  const small = await smallTargets(page);
  const box = await page.locator('#read-aloud').boundingBox();
  check(`${label}: the read-aloud button is at least ${MIN_TARGET} px high and wide`, box && box.height >= MIN_TARGET - 0.5 && box.width >= MIN_TARGET - 0.5, JSON.stringify(box));
  check(`${label}: every target at least ${MIN_TARGET} px`, small.length === 0, small.join('\n'));
  await page.setViewportSize({ width: 320, height: 780 });
  let over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px`, over.length === 0, over.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  over = await overflow(page);
  check(`${label}: no horizontal overflow at 320 px and 200 % text`, over.length === 0, over.join('\n'));
  const inside = await page.evaluate(() => {
    const b = document.querySelector('#read-aloud').getBoundingClientRect();
    return b.left >= -0.5 && b.right <= document.documentElement.clientWidth + 0.5;
  });
  check(`${label}: at 320 px and 200 % text the button stays on screen`, inside);
  if (zoomShot) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotsDir, `read-aloud-${zoomShot}.png`) });
  }
  const smallZoomed = await smallTargets(page);
  check(`${label}: targets still at least ${MIN_TARGET} px at 200 % text`, smallZoomed.length === 0, smallZoomed.join('\n'));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.setViewportSize({ width: 360, height: 780 });
}

async function shot(page, name) {
  await page.mouse.move(355, 70);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, `read-aloud-${name}.png`) });
}

/** Errors the page reports (scripts that failed), kept to be checked. */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

async function french(browser) {
  const { child, url } = await startPreview('fr');
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(recorder);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#read-aloud', { timeout: TIMEOUT });

    // Home: the title, the greeting, the cards' titles.
    const homeCards = await shownLines(page, 'main .card h2');
    const greeting = await shownLines(page, 'main .greeting');
    await readScreen(page, 'fr', 'home', { title: 'Et maintenant', content: [...homeCards.slice(0, 4), ...greeting] });
    check('fr home: while it reads, the button says "Arrêter la lecture"', await waitButton(page, 'Arrêter la lecture'), await buttonWords(page));
    check('fr home: and is named so for screen readers', (await page.getByRole('button', { name: 'Arrêter la lecture', exact: true }).count()) === 1);
    check('fr home: the focus stays on the button', await page.evaluate(() => document.activeElement && document.activeElement.id === 'read-aloud'));
    await checkAxe(page, 'fr home, reading');
    await shot(page, 'home-stop-fr');
    const before = await cancels(page);
    await page.click('#read-aloud');
    const stopped = await page.waitForFunction((n) => window.__cancels > n, before, { timeout: 3000 }).then(() => true, () => false);
    check('fr home: a second tap stops the reading (speechSynthesis.cancel)', stopped, `${before} cancels before`);
    check('fr home: then the button says "Lire à voix haute" again', await waitButton(page, 'Lire à voix haute'), await buttonWords(page));

    // Read to the end: the button comes back by itself.
    await forget(page);
    await page.click('#read-aloud');
    await waitSpoken(page);
    await waitButton(page, 'Arrêter la lecture');
    await page.evaluate(() => window.__finishSpeaking());
    check('fr home: when the voice reaches the end, the button says "Lire à voix haute" again', await waitButton(page, 'Lire à voix haute'), await buttonWords(page));
    check('fr home: no message of failure after a reading to the end', plain(await page.textContent('#read-aloud-status')).trim() === '');
    await checkAxe(page, 'fr home, with the button');
    await shot(page, 'home-fr');
    await checkLayout(page, 'fr home', 'home-320-200-fr');

    // My plan: the domains and the progress.
    await go(page, 'plan');
    const progress = await shownLines(page, '#plan-progress-all');
    const domains = await shownLines(page, 'main .domain-title');
    await readScreen(page, 'fr', 'plan', { title: 'Mon plan', content: [...progress, ...domains.slice(0, 3)] });
    await shot(page, 'plan-fr');
    // Leaving the screen while it reads stops the reading.
    const beforeLeave = await cancels(page);
    await go(page, 'contacts');
    const stoppedOnLeave = await page.waitForFunction((n) => window.__cancels > n, beforeLeave, { timeout: 3000 }).then(() => true, () => false);
    check('fr: moving to another screen while it reads stops the reading', stoppedOnLeave);
    check('fr contacts: its button says "Lire à voix haute"', (await buttonWords(page)) === 'Lire à voix haute', await buttonWords(page));
    await readScreen(page, 'fr', 'contacts', { title: 'Mes contacts', content: ['Claire Martin'] });
    await page.click('#read-aloud');

    // Messages and Mandates too.
    await go(page, 'messages');
    await readScreen(page, 'fr', 'messages', { title: 'Mes messages', content: await shownLines(page, 'main h2') });
    await page.click('#read-aloud');

    // Settings: slower, then no button.
    await go(page, 'settings');
    const section = await shownLines(page, '#settings-read-aloud');
    check('fr settings: a "Lire à voix haute" section', section.join(' ').includes('Lire à voix haute'), section.join(' '));
    await checkAxe(page, 'fr settings, read aloud section');
    await page.locator('#speech-slower').scrollIntoViewIfNeeded();
    await page.click('#speech-slower');
    check('fr settings: "Plus lente" is saved', await waitTextContent(page, '#settings-status-read-aloud', "C'est enregistré.", TIMEOUT));
    await page.evaluate(() => document.querySelector('#settings-speech-rate').scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(shotsDir, 'read-aloud-settings-fr.png') });
    await checkLayout(page, 'fr settings');
    await go(page, 'home');
    await readScreen(page, 'fr', 'home (slower)', { title: 'Et maintenant', content: homeCards.slice(0, 2), rate: 0.7 });
    await page.click('#read-aloud');

    await go(page, 'settings');
    await page.locator('#read-aloud-on').scrollIntoViewIfNeeded();
    await page.click('#read-aloud-on');
    check('fr settings: hiding the button is saved', await waitTextContent(page, '#settings-status-read-aloud', "C'est enregistré.", TIMEOUT));
    check('fr settings: the button is gone from the settings', (await page.locator('#read-aloud').count()) === 0);
    for (const screen of ['home', 'plan', 'appointments', 'safe']) {
      await go(page, screen);
      check(`fr ${screen}: no read-aloud button once hidden`, (await page.locator('#read-aloud').count()) === 0);
    }
    await go(page, 'settings');
    await page.locator('#read-aloud-on').scrollIntoViewIfNeeded();
    await page.click('#read-aloud-on');
    await go(page, 'home');
    check('fr home: shown again once the setting is back on', (await page.locator('#read-aloud').count()) === 1);

    // High contrast: the button, and its "Stop" state, in the other theme.
    await go(page, 'settings');
    await page.locator('#contrast-high').scrollIntoViewIfNeeded();
    await page.click('#contrast-high');
    await page.waitForSelector('.app.theme-contrast', { timeout: TIMEOUT });
    await go(page, 'home');
    await checkAxe(page, 'fr home, high contrast');
    await page.click('#read-aloud');
    check('fr home, high contrast: "Arrêter la lecture" while it reads', await waitButton(page, 'Arrêter la lecture'), await buttonWords(page));
    await checkAxe(page, 'fr home, high contrast, reading');
    await shot(page, 'home-contrast-stop-fr');
    await page.click('#read-aloud');
    check('fr: no error in the page', errors.length === 0, errors.join('\n'));
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

async function arabic(browser) {
  const { child, url } = await startPreview('ar');
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(recorder);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#read-aloud', { timeout: TIMEOUT });
    const homeCards = await shownLines(page, 'main .card h2');
    await readScreen(page, 'ar', 'home', { title: 'وماذا الآن؟', content: homeCards.slice(0, 4) });
    check('ar home: while it reads, the button says "إيقاف القراءة"', await waitButton(page, 'إيقاف القراءة'), await buttonWords(page));
    await checkAxe(page, 'ar home, reading');
    await page.click('#read-aloud');
    check('ar home: a second tap gives "قراءة بصوت عالٍ" back', await waitButton(page, 'قراءة بصوت عالٍ'), await buttonWords(page));
    // Right to left: the button sits on the left of the title's row, the title on the right.
    const sides = await page.evaluate(() => {
      const h = document.querySelector('h1#home-title').getBoundingClientRect();
      const b = document.querySelector('#read-aloud').getBoundingClientRect();
      return { h1Right: Math.round(h.right), buttonRight: Math.round(b.right), width: document.documentElement.clientWidth };
    });
    check('ar home: the title starts on the right', sides.width - sides.h1Right < 40, JSON.stringify(sides));
    await checkAxe(page, 'ar home, with the button');
    await shot(page, 'home-ar');
    await checkLayout(page, 'ar home', 'home-320-200-ar');

    await go(page, 'appointments');
    await readScreen(page, 'ar', 'appointments', { title: 'مواعيدي', content: (await shownLines(page, 'main h2')).slice(0, 3) });
    await page.click('#read-aloud');
    await shot(page, 'appointments-ar');

    await go(page, 'settings');
    await checkAxe(page, 'ar settings, read aloud section');
    await page.locator('#speech-slower').scrollIntoViewIfNeeded();
    await page.click('#speech-slower');
    check('ar settings: the slower voice is saved ("تم الحفظ.")', await waitTextContent(page, '#settings-status-read-aloud', 'تم الحفظ.', TIMEOUT), await page.textContent('#settings-status-read-aloud'));
    await checkLayout(page, 'ar settings');
    await go(page, 'plan');
    await readScreen(page, 'ar', 'plan (slower)', { title: 'خطتي', content: (await shownLines(page, 'main .domain-title')).slice(0, 2), rate: 0.7 });
    await page.click('#read-aloud');
    check('ar: no error in the page', errors.length === 0, errors.join('\n'));
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

/** A browser without speech, then one whose voices all speak another
 * language: the screen says so in words, and the button is not left on
 * "Stop". (Again the browser's API is changed before load, not the app.) */
async function cannotSpeak(browser) {
  const { child, url } = await startPreview('fr');
  try {
    const cases = [
      [
        'no speechSynthesis',
        () => {
          delete Window.prototype.speechSynthesis;
          delete window.SpeechSynthesisUtterance;
        },
      ],
      [
        'voices, none in French',
        () => {
          window.__spoken = [];
          window.speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English' }];
          window.speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text });
        },
      ],
    ];
    for (const [what, init] of cases) {
      const page = await browser.context.newPage();
      await page.addInitScript(init);
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForSelector('#read-aloud', { timeout: TIMEOUT });
        await page.click('#read-aloud');
        const said = await waitTextContent(page, '#read-aloud-status', 'Ce téléphone ne peut pas lire cette langue à voix haute.', TIMEOUT);
        check(`fr, ${what}: the screen says it cannot read this language aloud`, said, await page.textContent('#read-aloud-status'));
        check(`fr, ${what}: the button says "Lire à voix haute", not "Stop"`, await waitButton(page, 'Lire à voix haute'), await buttonWords(page));
        if (what !== 'no speechSynthesis') {
          const asked = await page.evaluate(() => window.__spoken.length);
          check(`fr, ${what}: nothing was given to a voice of another language`, asked === 0, asked);
        }
        await checkAxe(page, `fr home, ${what}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await stopPreview(child);
  }
}

/** The first start's first screen (no safe yet): the button is there, with the defaults. */
async function firstStart(browser) {
  const { child, url } = await startPreview('fr', { extra: ['--first-start'] });
  const page = await browser.context.newPage();
  await page.addInitScript(recorder);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#read-aloud', { timeout: TIMEOUT });
    const title = plain(await page.textContent('main h1'));
    const said = plain((await (async () => {
      await page.click('#read-aloud');
      return waitSpoken(page);
    })()).map((u) => u.text).join('\n'));
    check('first start: the language screen is read: the step, then its title', title.length > 0 && said.startsWith('Étape 1 sur 5') && said.includes(title.trim()), `${title} / ${said.slice(0, 200)}`);
    check('first start: the languages are read', said.includes('Français') && said.includes('English'), said.slice(0, 400));
    check('first start: in fr-FR, at the normal rate', (await spoken(page)).every((u) => u.lang === 'fr-FR' && u.rate === 1));
    await checkAxe(page, 'first start, language screen');
    await checkLayout(page, 'first start, language screen');
  } finally {
    await page.close();
    await stopPreview(child);
  }
}

mkdirSync(shotsDir, { recursive: true });
const browser = await launchBrowser();
try {
  await french(browser);
  await arabic(browser);
  await cannotSpeak(browser);
  await firstStart(browser);
} catch (e) {
  check('the suite ran to its end', false, e.stack || String(e));
} finally {
  await browser.close();
}
finish();
