// The app talking to the server, in the browser. First the preview as a
// newcomer runs it: with the demo server inside it (no --server), on the
// real clock (the server checks mandates by its own). A quick reply leaves
// at once and says "Envoyé"; the demo referent answers through the
// professional's API (as `parcours pro reply` does) and the answer appears
// on the open screen by itself, marked new, with no reload. Then a server
// that cannot be reached: the message waits, nothing else shows, no error.
//
//   cargo build -p parcours-mobile --bin parcours-preview
//   node tests/browser/sync.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs). Ends with "N passed, M failed".

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { api, check, checkAxe, demoServerUrl, finish, launchBrowser, startPreview, stopPreview, waitDrawnText } from './lib.mjs';

const TIMEOUT = 10000;
// The preview syncs every 15 s when nothing happens.
const SYNC_WAIT = 30000;

const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

const waitText = (page, selector, expected, timeout = TIMEOUT) => waitDrawnText(page, selector, expected, timeout);

async function openMessages(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('h1#home-title', { timeout: 15000 });
  await page.click('#nav-messages');
  await page.waitForSelector('h1#messages-title', { timeout: TIMEOUT });
}

async function withTheDemoServer(browser) {
  const preview = await startPreview('fr', { now: null, server: true });
  try {
    check('the first line is still "Listening on …"', /^Listening on http:\/\/127\.0\.0\.1:\d+\/$/.test(preview.output[0]), preview.output[0]);
    const server = await demoServerUrl(preview.output);
    check('the preview says where its demo server listens', server !== null, preview.output.join('\n'));
    if (!server) return;
    const health = await api(server, 'GET', '/health').catch((e) => e);
    check('the demo server answers', health && health.status === 'ok', String(health));

    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openMessages(page, preview.url);

    // A quick reply leaves at once (the sync follows each change).
    await page.click('#quick-reply-help');
    const sent = await waitText(page, '.thread > li:last-child', "J'ai besoin d'aide Envoyé");
    check('a quick reply is sent at once and says "Envoyé"', sent, plain(await page.innerText('.thread > li:last-child')));
    check('no "waiting" notice once it is sent', (await page.locator('#messages-waiting').count()) === 0);

    // The referent sees it and answers, as `parcours pro reply nadia` does.
    const { token } = await api(server, 'POST', '/v1/pro/login', { body: { login: 'referent', password: 'demo-referent' } });
    const dossier = await api(server, 'GET', '/v1/pro/persons/nadia/dossier', { token });
    const onServer = dossier.changes.filter((c) => c.type === 'message' && c.value.text === "J'ai besoin d'aide");
    check('the referent has the message, once', onServer.length === 1, JSON.stringify(onServer));
    const reply = `Je vous appelle cet après-midi (${randomBytes(3).toString('hex')}).`;
    await api(server, 'POST', '/v1/pro/persons/nadia/messages', {
      token,
      key: `browser-${randomBytes(8).toString('hex')}`,
      body: { id: `browser-${randomBytes(8).toString('hex')}`, text: reply },
    });
    const arrived = await waitText(page, '.thread > li:last-child', reply, SYNC_WAIT);
    check('the referent\'s answer appears on the open screen by itself', arrived, plain(await page.innerText('.thread')));
    const marked = (await waitText(page, '.thread > li:last-child', 'Claire Martin a écrit le')) && (await waitText(page, '.thread > li:last-child', 'Nouveau'));
    check('it says who wrote it, and that it is new', marked, plain(await page.innerText('.thread > li:last-child')));
    await checkAxe(page, 'fr messages, after a sync');
    check('no script error in the page', errors.length === 0, errors.join('\n'));
    await page.close();
  } finally {
    await stopPreview(preview.child);
  }
}

/** A port nobody listens on. */
function closedPort() {
  return new Promise((resolvePromise) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePromise(port));
    });
  });
}

async function withAServerThatIsDown(browser) {
  const port = await closedPort();
  const preview = await startPreview('fr', { server: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openMessages(page, preview.url);
    await page.click('#quick-reply-cannot-come');
    const waiting = await waitText(page, '.thread > li:last-child', "Je ne peux pas venir Attend d'être envoyé");
    check('server down: the message waits, in words', waiting);
    check(
      'server down: the notice says it will go with the network',
      await waitText(page, '#messages-waiting', "1 message attend d'être envoyé. Il partira quand le téléphone aura du réseau."),
    );
    // Let a sync try (after the change, then every 15 s): still nothing else.
    await page.waitForTimeout(3000);
    check('server down: no error on screen', (await page.locator('.feedback.error').count()) === 0);
    check('server down: still waiting', await waitText(page, '.thread > li:last-child', "Attend d'être envoyé"));
    check('server down: the app still works (the menu answers)', await page.click('#nav-plan').then(() => page.waitForSelector('h1#plan-title', { timeout: TIMEOUT })).then(() => true, () => false));
    check('server down: no script error in the page', errors.length === 0, errors.join('\n'));
    await page.close();
  } finally {
    await stopPreview(preview.child);
  }
}

async function main() {
  let browser;
  try {
    browser = await launchBrowser();
    for (const [name, run] of [
      ['with the demo server', () => withTheDemoServer(browser)],
      ['with a server that is down', () => withAServerThatIsDown(browser)],
    ]) {
      try {
        await run();
      } catch (e) {
        check(`${name}: ran to the end`, false, e.stack || e);
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
