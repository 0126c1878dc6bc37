// The loan officers' web app in a real headless Chromium (Debian's chromium through
// puppeteer-core) against a real dev node and two agents: Alpha (Alice, contributor) and
// Beta (Bob, participant), each serving the app for its own local users.
//
// Alpha's officer signs in, uploads a sheet with one bad row, sees it named by row and
// column, fixes the cell in the browser and publishes; Beta's officer (who reads the app in
// Chinese) sees the plan appear without reloading, confirms a share with the fee shown
// before signing, follows the handoff to delivered and opens the borrower data; Beta's
// viewer cannot open it; Beta's administrator finds the opening (and the refusal) in the
// audit trail. Screenshots of the main pages go to $LOANSHARE_CACHE/artifacts/web.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNode } from '../e2e/lib/node.js';
import { cli, cliJson, keyFile, startAgent } from '../e2e/lib/client.js';
import { ARTIFACTS, launch, openApp, signIn, snap, visit, waitFor } from './lib/browser.js';

const PASSWORD = 'correct horse battery staple';
let node, dir, agentA, agentB, browser;
const pages = {};
let planId;
let badColumn;

/** Adds a web user to an agent's database with `loanshare user add` (password from the environment). */
async function addUser(database, name, role, lang = 'en') {
  const r = await cliJson(node, ['user', 'add', name, '--role', role, '--lang', lang, '--database', database],
    { env: { LOANSHARE_USER_PASSWORD: PASSWORD } });
  assert.equal(r.name, name);
  assert.equal(r.role, role);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loanshare-web-'));
  node = await startNode({ name: 'web' });
  const alphaKey = keyFile(dir, 'alpha', '//Alice');
  const betaKey = keyFile(dir, 'beta', '//Bob');
  for (const who of ['alpha', 'beta']) await cliJson(node, ['keygen', '--out', join(dir, who)]);
  await cliJson(node, ['--key-file', alphaKey, 'register-key', join(dir, 'alpha', 'rsa.pub.der')]);
  await cliJson(node, ['--key-file', betaKey, 'register-key', join(dir, 'beta', 'rsa.pub.der')]);
  const dbA = `sqlite://${join(dir, 'mirror-a.db')}?mode=rwc`;
  const dbB = `sqlite://${join(dir, 'mirror-b.db')}?mode=rwc`;
  // Passwords never on the command line: a prompt or the environment only.
  const onArgv = await cli(node, ['user', 'add', 'x', '--password', PASSWORD, '--database', dbA]);
  assert.notEqual(onArgv.code, 0);
  const short = await cli(node, ['user', 'add', 'x', '--database', dbA], { env: { LOANSHARE_USER_PASSWORD: 'short' } });
  assert.notEqual(short.code, 0);
  assert.match(short.out, /at least 10 characters/);
  await addUser(dbA, 'zhang.officer', 'officer');
  await addUser(dbB, 'li.wei', 'officer', 'zh');
  await addUser(dbB, 'viewer-b', 'viewer');
  await addUser(dbB, 'admin-b', 'admin');
  const listed = await cliJson(node, ['user', 'list', '--database', dbB]);
  assert.deepEqual(listed.map((u) => [u.name, u.role]), [['admin-b', 'admin'], ['li.wei', 'officer'], ['viewer-b', 'viewer']]);
  assert.ok(listed.every((u) => !('password_hash' in u)));
  agentA = await startAgent(node, ['--key-file', alphaKey, '--rsa-key-dir', join(dir, 'alpha'), '--database', dbA]);
  agentB = await startAgent(node, ['--key-file', betaKey, '--rsa-key-dir', join(dir, 'beta'), '--database', dbB]);
  browser = await launch();
  console.log(`screenshots: ${ARTIFACTS}`);
});

after(async () => {
  for (const [name, page] of Object.entries(pages)) {
    if (page.errors?.length) console.log(`page errors of ${name}:\n${page.errors.join('\n')}`);
  }
  await browser?.close();
  await agentA?.stop();
  await agentB?.stop();
  await node?.stop();
  try {
    console.log(`screenshots in ${ARTIFACTS}: ${readdirSync(ARTIFACTS).filter((f) => f.endsWith('.png')).sort().join(', ')}`);
  } catch { /* none */ }
});

test('sign-in: a wrong password is refused, the right one opens the app', async () => {
  const page = pages.alpha = await openApp(browser, agentA.url);
  await snap(page, '01-sign-in');
  await page.type('#signin-name', 'zhang.officer');
  await page.type('#signin-password', 'not the password');
  await page.click('#signin-submit');
  await waitFor(page, () => document.querySelector('#signin-error')?.textContent.length > 0, null, { what: 'the refusal' });
  await page.$eval('#signin-name', (el) => { el.value = ''; });
  await signIn(page, 'zhang.officer', PASSWORD);
  const cookies = await page.cookies();
  const session = cookies.find((c) => c.name === 'loanshare_session');
  assert.ok(session, 'a session cookie');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  assert.equal(await page.evaluate(() => document.cookie), '', 'the page cannot read its session');
  // Beta's officer (Chinese) waits on the open plans before anything is published.
  const beta = pages.beta = await openApp(browser, agentB.url);
  await signIn(beta, 'li.wei', PASSWORD);
  await visit(beta, '#/market', '#plan-count');
  assert.equal(await beta.evaluate(() => document.documentElement.lang), 'zh-CN');
  await beta.evaluate(() => { window.__notReloaded = true; });
});

test('a sheet with one bad row: the problem is named by row and column, fixed in the browser, and the sheet published', async () => {
  const page = pages.alpha;
  const sheet = join(dir, 'web.csv');
  await cliJson(node, ['gen-sheet', sheet, '--rows', '3', '--prefix', 'WEB']);
  const lines = readFileSync(sheet, 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const amount = header.indexOf('amount_rmb');
  assert.ok(amount >= 0, lines[0]);
  badColumn = String.fromCharCode(65 + amount);
  const cells = (line) => line.match(/("[^"]*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
  const row3 = cells(lines[2]);
  const goodAmount = row3[amount].replace(/^"|"$/g, '');
  row3[amount] = '12x';
  lines[2] = row3.slice(0, header.length).join(',');
  writeFileSync(sheet, `${lines.join('\n')}\n`);

  await visit(page, '#/upload', '#sheet-file');
  const input = await page.$('#sheet-file');
  await input.uploadFile(sheet);
  await page.click('#sheet-check');
  const key = `3:${badColumn}`;
  await page.waitForSelector(`#sheet-problems li.problem[data-cell="${key}"]`);
  const problems = await page.$$eval('#sheet-problems li.problem', (els) => els.map((e) => [e.dataset.cell, e.textContent]));
  assert.ok(problems.every(([cell]) => cell.startsWith('3:')), `only row 3 is bad: ${JSON.stringify(problems)}`);
  const named = problems.find(([cell]) => cell === key);
  assert.match(named[1], new RegExp(`Row 3, column ${badColumn} \\(amount_rmb\\)`));
  assert.match(named[1], /12x/);
  assert.equal(await page.$eval(`input[data-cell="${key}"]`, (el) => el.getAttribute('aria-invalid')), 'true');
  assert.equal(await page.$eval('#publish', (el) => el.disabled), true, 'nothing can be published yet');
  // The borrower columns are not shown.
  const hidden = await page.$$eval('#sheet-grid input[placeholder]', (els) => els.filter((e) => e.placeholder && !e.value).length);
  assert.ok(hidden >= 9, `borrower cells hidden: ${hidden}`);
  await snap(page, '02-upload-problems');

  // Fix the cell where it is; the sheet is checked again without uploading it again.
  await page.$eval(`input[data-cell="${key}"]`, (el) => { el.value = ''; });
  await page.type(`input[data-cell="${key}"]`, goodAmount);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#sheet-ok');
  assert.match(await page.$eval('#sheet-ok', (el) => el.textContent), /3 to publish/);
  // Share conditions for every row: a 30-day window.
  await page.click('#conditions > summary');
  await page.type('#cond-end', '+30d');
  await page.click('#cond-apply');
  const endLetter = String.fromCharCode(65 + header.indexOf('end'));
  await waitFor(page, (sel) => document.querySelector(sel)?.value === '+30d', `input[data-cell="2:${endLetter}"]`,
    { what: 'the new end in every row' });
  await page.waitForSelector('#sheet-ok');
  await snap(page, '03-upload-fixed');

  await page.click('#publish');
  await page.waitForSelector('#publish-progress');
  await waitFor(page, () => ['done', 'partial', 'failed'].includes(document.querySelector('#publish-status')?.dataset.phase),
    null, { timeout: 120_000, what: 'the publication' });
  assert.equal(await page.$eval('#publish-status', (el) => el.dataset.phase), 'done',
    await page.$eval('#publish-section', (el) => el.textContent));
  const ids = await page.$$eval('#published-plans a', (els) => els.map((a) => Number(a.textContent.slice(1))));
  assert.equal(ids.length, 3);
  planId = ids[0];
  await snap(page, '04-upload-published');
});

test('Beta\'s officer sees the new plan appear live and confirms a share, the fee shown before signing', async () => {
  const page = pages.beta;
  await page.waitForSelector(`#plans-table tr[data-plan="${planId}"]`, { timeout: 60_000 });
  assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the list updated without a reload');
  await snap(page, '05-market-live-zh');
  // Filters: a risk score range that excludes everything, then none.
  await page.type('#filter-min-score', '65535');
  await page.waitForSelector('#plan-list p.empty');
  await page.$eval('#filter-min-score', (el) => { el.value = ''; el.dispatchEvent(new Event('input')); });
  await page.waitForSelector(`#plans-table tr[data-plan="${planId}"]`);

  await page.click(`#plans-table tr[data-plan="${planId}"] a`);
  await page.waitForSelector('#share-amount');
  await waitFor(page, () => /\d\.\d\d TOKEN$/.test(document.querySelector('#share-fee')?.textContent ?? ''), null,
    { what: 'the fee' });
  // A share below the minimum is refused before anything is signed.
  await page.$eval('#share-amount', (el) => { el.value = ''; });
  await page.type('#share-amount', '1');
  await page.waitForSelector('#share-problems li[data-code="below_min_share"]');
  assert.equal(await page.$eval('#share-review', (el) => el.disabled), true);
  // The minimum share, at the lowest rate: the fee the runtime will hold.
  const plan = await page.evaluate(async (id) => (await (await fetch(`/app/api/plans/${id}`)).json()).plan, planId);
  const minShare = BigInt(plan.min_share);
  const expectedFee = ((minShare * BigInt(plan.token_rate) + 9999n) / 10000n);
  const fee = expectedFee < 100n ? 100n : expectedFee;
  const feeText = `${fee / 100n}.${String(fee % 100n).padStart(2, '0')} TOKEN`;
  await page.$eval('#share-amount', (el) => { el.value = ''; });
  await page.type('#share-amount', `${minShare / 100n}.${String(minShare % 100n).padStart(2, '0')}`);
  await waitFor(page, (text) => document.querySelector('#share-fee')?.textContent === text
    && !document.querySelector('#share-review').disabled, feeText, { what: `the fee ${feeText}` });
  await snap(page, '06-plan-fee-zh');
  await page.click('#share-review');
  await page.waitForSelector('#share-sign');
  assert.match(await page.$eval('#share-confirm', (el) => el.textContent), new RegExp(feeText.replace('.', '\\.')));
  await page.click('#share-sign');
  await page.waitForSelector('#handoff-status', { timeout: 90_000 });
  await waitFor(page, () => document.querySelector('#handoff-status')?.dataset.status === 'delivered', null,
    { timeout: 120_000, what: 'the delivery' });
  await snap(page, '07-handoff-delivered-zh');
});

test('the officer opens the borrower data: shown in the page, sent no-store, kept nowhere in the browser', async () => {
  const page = pages.beta;
  const answer = page.waitForResponse((r) => r.url().endsWith(`/app/api/plans/${planId}/open`));
  await page.click('#open-data');
  const res = await answer;
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['cache-control'], 'no-store');
  await page.waitForSelector('.borrower-data dd');
  const values = await page.$$eval('.borrower-data dd', (els) => els.map((e) => e.textContent));
  assert.ok(values[0].length > 0, 'a name');
  assert.match(values[1], /^\d{17}[\dX]$/, 'an ID number');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await snap(page, '08-borrower-data-zh');
  await page.click('#hide-data');
  assert.equal(await page.$('.borrower-data'), null);
});

test('a viewer cannot open the borrower data', async () => {
  const page = pages.viewer = await openApp(browser, agentB.url);
  await signIn(page, 'viewer-b', PASSWORD);
  await visit(page, `#/plan/${planId}`, '#handoff-status');
  assert.equal(await page.$eval('#open-data', (el) => el.disabled), true);
  await page.waitForSelector('#open-officers-only');
  // Asking the agent directly is refused too (and recorded).
  const status = await page.evaluate(async (id) => {
    const me = await (await fetch('/app/api/me')).json();
    const r = await fetch(`/app/api/plans/${id}/open`, { method: 'POST', headers: { 'x-csrf-token': me.csrf } });
    return r.status;
  }, planId);
  assert.equal(status, 403);
  // Without the CSRF token nothing changes either.
  const noCsrf = await page.evaluate(async () => (await fetch('/app/api/me/lang', {
    method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"lang":"zh"}' })).status);
  assert.equal(noCsrf, 403);
  await snap(page, '09-viewer-cannot-open');
});

test('the administrator sees the opening and the refusal in the audit trail', async () => {
  const page = pages.admin = await openApp(browser, agentB.url);
  await signIn(page, 'admin-b', PASSWORD);
  await visit(page, '#/openings', '#openings-table');
  const rows = await page.$$eval('#openings-table tbody tr', (trs) => trs.map((tr) => ({
    plan: Number(tr.dataset.plan), outcome: tr.dataset.outcome, who: tr.children[1].textContent })));
  assert.ok(rows.some((r) => r.plan === planId && r.outcome === 'opened' && r.who === 'web:li.wei'), JSON.stringify(rows));
  assert.ok(rows.some((r) => r.plan === planId && r.outcome === 'forbidden' && r.who === 'web:viewer-b'), JSON.stringify(rows));
  await snap(page, '10-audit-trail');
  await visit(page, '#/users', '#users table');
  await snap(page, '11-users');
  // The officer and the viewer may not read the trail.
  const officerStatus = await pages.beta.evaluate(async () => (await fetch('/app/api/openings')).status);
  assert.equal(officerStatus, 403);
});

test('tokens and the contributor\'s own plans', async () => {
  await visit(pages.beta, '#/tokens', '#token-balance');
  await pages.beta.waitForSelector('#history-table');
  await snap(pages.beta, '12-tokens-zh');
  await visit(pages.alpha, '#/mine', '#my-plans-table');
  await pages.alpha.waitForSelector(`#my-plans-table tr[data-plan="${planId}"] .badge.h-delivered`, { timeout: 60_000 });
  await snap(pages.alpha, '13-my-plans');
  await visit(pages.alpha, `#/plan/${planId}`, '#handoffs-table');
  await snap(pages.alpha, '14-plan-contributor');
  for (const [name, page] of Object.entries(pages)) assert.deepEqual(page.errors, [], `JavaScript errors in ${name}'s page`);
});

test('signing out ends the session', async () => {
  const page = pages.viewer;
  await page.click('#sign-out');
  await page.waitForSelector('#signin-name');
  const status = await page.evaluate(async () => (await fetch('/app/api/me')).status);
  assert.equal(status, 401);
});
