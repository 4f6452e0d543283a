import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPage, launchBrowser, signIn, startServer } from './browser.js';

const KB = 1024;

/** Collects every script and stylesheet the page fetches, with its gzip size, by kind. */
function watchAssets(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!/\.(js|css)$/.test(url.pathname)) return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(url.pathname, gzipSync(body, { level: 9 }).length);
  });
  return sizes;
}

const total = (sizes: Map<string, number>, kind: 'js' | 'css') =>
  [...sizes].filter(([path]) => path.endsWith(`.${kind}`)).reduce((sum, [, size]) => sum + size, 0);

// The coordinator app's first load, measured as a browser fetches it: at most 250 KB of gzipped
// JavaScript for sign-in and Manage Interviews (issue 17), so dialogs, editors and anything added
// later load when first used.
describe('what the coordinator app costs on its first load', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads sign-in and then Manage Interviews in at most 250 KB of gzipped JavaScript', async () => {
    const { context, page } = await freshPage(browser);
    try {
      const sizes = watchAssets(page);
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      const signInPage = total(sizes, 'js');
      await signIn(page, server.url);
      await page.waitForLoadState('networkidle');
      const firstScreen = total(sizes, 'js');
      console.log(
        `first load, gzip: sign-in ${Math.round(signInPage / KB)} KB of JavaScript, with Manage Interviews ${Math.round(firstScreen / KB)} KB (style ${Math.round(total(sizes, 'css') / KB)} KB)`,
      );
      expect(signInPage).toBeGreaterThan(50 * KB);
      expect(firstScreen).toBeLessThanOrEqual(250 * KB);
    } finally {
      await context.close();
    }
  });
});
