import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/people/create-user.js';
import {
  a11yViolations,
  freshPage,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
} from './browser.js';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describe('an admin manages people in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    // A team past the first hundred: Zoë Quint, added in the walk, sorts after all of them.
    for (let n = 1; n <= 120; n++) {
      const number = String(n).padStart(3, '0');
      await createUser({
        db: server.database.db,
        actor: undefined,
        name: `Member ${number} Avery`,
        email: `member${number}@example.com`,
        timeZone: 'Europe/Berlin',
        role: 'interviewer',
      });
    }
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
  });

  it('adds an interviewer on People and finds her by search', async () => {
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'People' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'People' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('row', { name: /Member 001 Avery/ }).isVisible())
      .toBe(true);
    await screenshot(page, '30-people');
    expect(await a11yViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Add user' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Zoë Quint');
    await form.getByRole('textbox', { name: 'Email' }).fill('zoe.quint@example.jp');
    await form.getByLabel('Time zone', { exact: true }).fill('Tokyo');
    await page.getByRole('option', { name: /^Asia\/Tokyo \(UTC\+09:00, Japan/ }).click();
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => page.getByText('Zoë Quint added').isVisible()).toBe(true);

    await page.getByLabel('Search people').fill('quint');
    const row = page.getByRole('row', { name: /Zoë Quint/ });
    await expect.poll(() => row.getByText('Asia/Tokyo').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await expect.poll(() => row.getByText('Mon–Fri 09:00–18:00 (usual)').isVisible()).toBe(true);
    await screenshot(page, '31-people-search');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('sets her working hours in the edit dialog', async () => {
    const row = page.getByRole('row', { name: /Zoë Quint/ });
    await row.getByRole('button', { name: 'Edit Zoë Quint' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Zoë Quint' });
    // Evenings in Tokyo, every day of the week.
    await dialog.getByRole('checkbox', { name: 'Saturday' }).check();
    await dialog.getByRole('checkbox', { name: 'Sunday' }).check();
    for (const day of DAYS) {
      await dialog.getByLabel(`${day} start`, { exact: true }).fill('18:00');
      await dialog.getByLabel(`${day} end`, { exact: true }).fill('22:00');
    }
    // A week off in August: one entry, first to last day.
    await dialog.getByRole('button', { name: 'Add time off' }).click();
    await dialog.getByLabel('Time off 1, first day').fill('2030-08-05');
    await dialog.getByLabel('Time off 1, last day').fill('2030-08-09');
    await dialog.getByLabel('Time off 1, note').fill('Holiday');
    await screenshot(page, '32-edit-person');
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.getByText('Mon–Sun 18:00–22:00').isVisible()).toBe(true);
    const saved = await server.database.db
      .selectFrom('users')
      .select('working_hours')
      .where('email', '=', 'zoe.quint@example.jp')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(saved.working_hours ?? 'null').datesOff).toEqual([
      { from: '2030-08-05', to: '2030-08-09', note: 'Holiday' },
    ]);
  });

  it('finds her, past the hundredth person, in Create interview’s picker, within her hours', async () => {
    await page.getByRole('link', { name: 'Manage Interviews' }).click();
    await page.getByRole('button', { name: 'Create interview' }).click();
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    const interviewers = dialog.getByLabel('Interviewers');
    await interviewers.click();
    await interviewers.fill('quint');
    await page.getByRole('option', { name: /Zoë Quint/ }).click();
    await page.keyboard.press('Escape');
    // Tomorrow 10:00 UTC is 19:00 in Tokyo: outside the usual hours, inside hers.
    const times = dialog.getByRole('list', { name: 'Local times' });
    await expect
      .poll(() => times.getByText(/^Zoë Quint: \w{3} 19:00–20:00 \(Asia\/Tokyo\)$/).isVisible())
      .toBe(true);
    expect(await dialog.getByText(/for Zoë Quint, Asia\/Tokyo/).count()).toBe(0);
    await screenshot(page, '33-create-interview-picker');
    expect(await a11yViolations(page)).toEqual([]);
    // The last Close: the first is the dialog's own × in its title bar.
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('sets the admin’s own zone on Your account, and the app shows times in it', async () => {
    await page.getByRole('link', { name: 'Your account' }).click();
    const form = page.getByRole('form', { name: 'Profile' });
    await form.getByLabel('Your time zone', { exact: true }).fill('Kolkata');
    await page.getByRole('option', { name: /^Asia\/Kolkata \(UTC\+05:30, India/ }).click();
    await form.getByRole('button', { name: 'Save profile' }).click();
    const header = page.getByRole('banner');
    await expect.poll(() => header.getByText(/Asia\/Kolkata/).isVisible()).toBe(true);
    await screenshot(page, '34-profile');
    expect(await a11yViolations(page)).toEqual([]);

    // Manage Interviews reads times in the new zone; People lists it.
    await page.getByRole('link', { name: 'Manage Interviews' }).click();
    await page.getByRole('button', { name: 'Create interview' }).click();
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    // A new interview starts in the admin's zone.
    await expect
      .poll(() => dialog.getByRole('combobox', { name: /^Time zone/ }).inputValue())
      .toMatch(/^Asia\/Kolkata/);
    // The last Close: the first is the dialog's own × in its title bar.
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Search people').fill('carla');
    const me = page.getByRole('row', { name: /\(you\)/ });
    await expect.poll(() => me.getByText('Asia/Kolkata').isVisible()).toBe(true);
  });

  it('keeps name, role and state in view on a phone, without sideways scrolling', async () => {
    const { context, page: phone } = await freshPage(browser, true);
    await signIn(phone, server.url);
    await phone.getByRole('button', { name: 'Toggle navigation' }).click();
    await phone.getByRole('link', { name: 'People' }).click();
    const row = phone.getByRole('row', { name: /Member 001 Avery/ });
    await expect.poll(() => row.getByText('member001@example.com').isVisible()).toBe(true);
    // The role moves under the name; the state's badge is whole, not cut short.
    expect(await row.getByText('Interviewer').filter({ visible: true }).count()).toBe(1);
    const state = row.getByText('Invitee only');
    expect(await state.isVisible()).toBe(true);
    expect(await state.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await row.getByText('Europe/Berlin').isVisible()).toBe(false);
    // Nothing wider than the screen: no sideways scrolling.
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await row.getByRole('button', { name: 'More for Member 001 Avery' }).click();
    await expect.poll(() => phone.getByRole('menuitem', { name: 'Edit' }).isVisible()).toBe(true);
    await screenshot(phone, '35-people-phone');
    expect(await a11yViolations(phone)).toEqual([]);
    await context.close();
  });
});
