// Driving the agent's web app in a real headless Chromium: Debian's `chromium` package
// (installed by scripts/setup.sh) through puppeteer-core. Nothing downloads a browser.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** The browser: $LOANSHARE_CHROMIUM or Debian's /usr/bin/chromium. */
export const CHROMIUM = process.env.LOANSHARE_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots go: $LOANSHARE_WEB_ARTIFACTS or $LOANSHARE_CACHE/artifacts/web. */
export const ARTIFACTS = process.env.LOANSHARE_WEB_ARTIFACTS
  ?? join(process.env.LOANSHARE_CACHE ?? join(process.env.HOME, '.cache/loanshare'), 'artifacts/web');

/** Starts headless Chromium with a laptop-sized window. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (scripts/setup.sh does) or set LOANSHARE_CHROMIUM`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root in CI has no user namespace sandbox; /dev/shm may be small in containers.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=en-GB', '--no-first-run'],
    defaultViewport: { width: 1366, height: 860 },
  });
}

/**
 * A signed-out page of the app at `url` in its own browser context (its own cookies), with
 * the page's JavaScript errors collected in `page.errors`.
 */
export async function openApp(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // Refusals the tests provoke (401, 403) are logged by Chromium as failed resources: not errors of the app.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) page.errors.push(`console: ${m.text()}`);
  });
  page.setDefaultTimeout(30_000);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#signin-name, nav');
  return page;
}

/** Signs in on the sign-in page and waits for the app's menu. */
export async function signIn(page, name, password) {
  await page.waitForSelector('#signin-name');
  await page.type('#signin-name', name);
  await page.type('#signin-password', password);
  await page.click('#signin-submit');
  await page.waitForSelector('nav a');
}

/** Goes to a page of the app (`#/market`…) and waits for `selector`. */
export async function visit(page, hash, selector) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  if (selector) await page.waitForSelector(selector);
}

/** Saves a full-page screenshot as ARTIFACTS/NAME.png; returns its path. */
export async function snap(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until `fn` (run in the page) returns something truthy; returns it. */
export async function waitFor(page, fn, arg, { timeout = 60_000, what = 'the page' } = {}) {
  try {
    const handle = await page.waitForFunction(fn, { timeout, polling: 250 }, arg);
    return handle.jsonValue();
  } catch (err) {
    throw new Error(`timed out waiting for ${what}: ${err.message}`);
  }
}
