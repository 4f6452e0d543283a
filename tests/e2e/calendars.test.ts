import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, fixtureFeed, startFeedServer } from '../helpers/feed-server.js';
import {
  a11yViolations,
  freshPage,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
} from './browser.js';

describe('an admin connects a calendar in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The feed is served on loopback by this test: the server must be allowed to reach it.
    feeds = await startFeedServer();
    feeds.set('/work.ics', { body: fixtureFeed('google-feed.ics'), etag: '"w1"' });
    server = await startServer({ allowPrivateNetwork: true });
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-${context.task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await feeds?.close();
  });

  it('connects an iCalendar feed on Your account and sees it listed as read', async () => {
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'Your account' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Calendars' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('No calendars connected yet.').isVisible()).toBe(true);

    await page.getByRole('textbox', { name: /^Secret address/ }).fill(feeds.url('/work.ics'));
    await page.getByRole('textbox', { name: /^Name/ }).fill('Work (Google)');
    await page.getByRole('button', { name: 'Connect calendar' }).click();
    const table = page.getByRole('table', { name: 'Your calendars' });
    const row = table.getByRole('row').filter({ hasText: 'Work (Google)' });
    await expect.poll(() => row.isVisible()).toBe(true);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toContain(feeds.url('/work.ics'));
    expect(cells[1]).toBe('iCalendar link');
    // Last read: a time, not "Never".
    expect(cells[2]).not.toBe('Never');
    expect(cells[2]).toMatch(/\d/);
    expect(feeds.to('/work.ics')).toHaveLength(1);
    // The iCalendar help (with its link to Google's) as well as CalDAV's fields pass axe.
    expect(await a11yViolations(page)).toEqual([]);

    // The CalDAV choice shows its sign-in fields, for the screenshot.
    await page.getByRole('radio', { name: 'CalDAV' }).check();
    await expect
      .poll(() => page.getByRole('textbox', { name: /^User name/ }).isVisible())
      .toBe(true);
    // A full-page picture: from the top, so the fixed header stays where it belongs.
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, '65-calendars');
    expect(await a11yViolations(page)).toEqual([]);
  });
});
