// A message written while the server is stopped, delivered after it
// restarts, with no action from the person. The real server binary
// (`parcours-server serve --demo`, on a SQLite file in a temporary folder)
// runs on a fixed port; the preview talks to it (`--server URL`), on the
// real clock (the server checks mandates by its own). A quick reply goes
// ("Envoyé"); the server is stopped (SIGTERM); another quick reply waits
// ("Attend d'être envoyé"); the server starts again on the same port and
// database; the open screen shows "Envoyé" by itself (the app syncs every
// 15 s), and the referent has the message once.
//
//   cargo build -p parcours-mobile --bin parcours-preview -p parcours-server
//   node tests/browser/restart.mjs
//
// Environment: PREVIEW_BIN, CHROMIUM (see lib.mjs); SERVER_BIN (default:
// parcours-server beside PREVIEW_BIN). Ends with "N passed, M failed".

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { check, checkAxe, finish, launchBrowser, previewBin, startPreview, stopPreview, waitDrawnText } from './lib.mjs';

const TIMEOUT = 10000;
// Every 15 s, plus the time for the server to come back.
const SYNC_WAIT = 45000;
const serverBin = process.env.SERVER_BIN || join(dirname(previewBin), 'parcours-server');

const plain = (s) => (s || '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

const waitText = (page, selector, expected, timeout = TIMEOUT) => waitDrawnText(page, selector, expected, timeout);

function freePort() {
  return new Promise((resolvePromise) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePromise(port));
    });
  });
}

/** Starts the server binary; resolves once /health answers. */
async function startServer(dir, port) {
  const child = spawn(
    serverBin,
    [
      '--database-url',
      `sqlite://${join(dir, 'server.db')}?mode=rwc`,
      'serve',
      '--demo',
      '--listen',
      `127.0.0.1:${port}`,
      '--server-key-file',
      join(dir, 'server.key'),
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`${serverBin} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`${serverBin} did not answer on port ${port} in 10 s`);
}

function stopServer(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

async function api(base, method, path, { body, token } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function journey(browser) {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-restart-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(dir, port);
  const preview = await startPreview('fr', { now: null, server: base });
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('h1#home-title', { timeout: 15000 });
    await page.click('#nav-messages');
    await page.waitForSelector('h1#messages-title', { timeout: TIMEOUT });

    await page.click('#quick-reply-help');
    check('server up: a quick reply says "Envoyé"', await waitText(page, '.thread > li:last-child', "J'ai besoin d'aide Envoyé", 20000), plain(await page.innerText('.thread')));

    await stopServer(server);
    const down = await fetch(`${base}/health`).then(() => false, () => true);
    check('the server is stopped', down);
    await page.click('#quick-reply-cannot-come');
    check('server stopped: the message waits, in words', await waitText(page, '.thread > li:last-child', "Je ne peux pas venir Attend d'être envoyé"));
    // A sync tries meanwhile: still waiting, no error.
    await page.waitForTimeout(3000);
    check('server stopped: still waiting, no error on screen', (await waitText(page, '.thread > li:last-child', "Attend d'être envoyé")) && (await page.locator('.feedback.error').count()) === 0);

    server = await startServer(dir, port);
    const started = Date.now();
    const sent = await waitText(page, '.thread > li:last-child', 'Je ne peux pas venir Envoyé', SYNC_WAIT);
    check('server back: the message becomes "Envoyé" by itself', sent, plain(await page.innerText('.thread > li:last-child')));
    console.log(`     (delivered ${((Date.now() - started) / 1000).toFixed(1)} s after the server answered again)`);
    check('server back: no "waiting" notice', (await page.locator('#messages-waiting').count()) === 0);
    const { token } = await api(base, 'POST', '/v1/pro/login', { body: { login: 'referent', password: 'demo-referent' } });
    const dossier = await api(base, 'GET', '/v1/pro/persons/nadia/dossier', { token });
    const onServer = dossier.changes.filter((c) => c.type === 'message' && c.value.text === 'Je ne peux pas venir');
    check('server back: the referent has the message, once', onServer.length === 1, JSON.stringify(onServer));
    await checkAxe(page, 'fr messages, after the server came back');
    check('no script error in the page', errors.length === 0, errors.join('\n'));
    await page.close();
  } finally {
    await stopPreview(preview.child);
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(serverBin)) {
  check(`the server binary is built (${serverBin}; cargo build -p parcours-server)`, false);
  finish();
} else {
  const browser = await launchBrowser();
  try {
    await journey(browser);
  } catch (e) {
    check('the journey ran to the end', false, e.stack || e);
  } finally {
    await browser.close();
  }
  finish();
}
