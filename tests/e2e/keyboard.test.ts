import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../../src/interviews/create-interview.js';
import { createUser } from '../../src/people/create-user.js';
import {
  ADMIN,
  adminActor,
  freshPage,
  launchBrowser,
  linkInEmail,
  type Server,
  screenshot,
  startServer,
} from './browser.js';

// The whole invite, sent and confirmed with the keyboard alone (issue 17): only page.keyboard —
// Tab, Shift+Tab, Enter, Space, arrows, Escape, typing — never a click or a fill. At each step the
// test says where focus must be: into a menu or dialog when it opens, back on the control that
// opened it when it closes.
describe('a coordinator sends invites and a candidate confirms, by keyboard alone', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    const db = server.database.db;
    const nora = await createUser({
      db,
      actor: undefined,
      name: 'Nora York',
      email: 'nora@example.com',
      timeZone: 'America/New_York',
      role: 'interviewer',
    });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(14, 0, 0, 0);
    await createInterview({
      db,
      actor: await adminActor(server),
      calendarHost: new URL(server.url).hostname,
      title: 'Technical interview',
      candidate: { firstName: 'Kenji', lastName: 'Sato', email: 'kenji@example.jp' },
      interviewerIds: [nora.id],
      startsAt: startsAt.toISOString(),
      durationMinutes: 60,
      timeZone: 'UTC',
      meetingUrl: 'https://meet.example.com/abc-defg',
    });
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  }, 120_000);
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await screenshot(page, '92-keyboard-failed');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const actions = () => page.getByRole('button', { name: 'Actions for Kenji Sato' });
  const sendInvites = () => page.getByRole('dialog', { name: 'Send Invites' });
  const candidate = () => sendInvites().getByRole('region', { name: 'Candidate Message' });

  it('signs in: Email has focus, Tab walks to Password, its Show toggle and Sign in', async () => {
    await page.goto(server.url);
    await expectFocus(page, page.getByLabel('Email'));
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    const password = page.getByRole('textbox', { name: 'Password' });
    await expectFocus(page, password);
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Tab');
    const toggle = page.getByRole('button', { name: 'Toggle password visibility' });
    await expectFocus(page, toggle);
    await page.keyboard.press('Space');
    await expect.poll(() => password.getAttribute('type')).toBe('text');
    await page.keyboard.press('Space');
    await expect.poll(() => password.getAttribute('type')).toBe('password');
    await page.keyboard.press('Tab');
    await expectFocus(page, page.getByRole('button', { name: 'Sign in' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Manage Interviews' }).isVisible())
      .toBe(true);
  });

  it('skips to the page; a dialog takes focus and gives it back to its button', async () => {
    await expect.poll(() => actions().isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await expectFocus(page, page.getByRole('link', { name: 'Skip to content' }));
    await page.keyboard.press('Enter');
    await expectFocus(page, page.getByRole('main'));

    const create = page.getByRole('button', { name: 'Create interview' });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectFocusWithin(page, dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocus(page, create);
  });

  it('opens the row’s menu: focus on its first item, arrows move, Escape returns to the dots', async () => {
    await tabTo(page, actions());
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await expectFocus(page, menu.getByRole('menuitem', { name: 'Send Invites' }));
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, menu.getByRole('menuitem', { name: 'View details' }));
    await page.keyboard.press('ArrowUp');
    await expectFocus(page, menu.getByRole('menuitem', { name: 'Send Invites' }));
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await expectFocus(page, actions());

    // Send Invites from the menu: the dialog opens on the candidate's invite.
    await page.keyboard.press('Enter');
    await expectFocus(page, menu.getByRole('menuitem', { name: 'Send Invites' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => sendInvites().isVisible()).toBe(true);
    await expectFocus(page, candidate().getByRole('combobox', { name: 'Candidate Invite' }));
  });

  it('picks both invites by typing, uses the token menu, previews and goes back to editing', async () => {
    const candidateInvite = candidate().getByRole('combobox', { name: 'Candidate Invite' });
    await page.keyboard.type('Cand');
    await expectHighlighted(page.getByRole('option', { name: 'Candidate Invite' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => candidateInvite.inputValue()).toBe('Candidate Invite');
    await expectFocus(page, candidateInvite);

    // A menu inside the dialog: it takes focus, and Escape gives it back to its button.
    const token = candidate().getByRole('button', { name: 'Add token to subject' });
    await tabTo(page, token);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await expectFocusWithin(page, menu);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await expectFocus(page, token);
    await expect.poll(() => sendInvites().isVisible()).toBe(true);

    const interviewer = sendInvites().getByRole('region', { name: 'Interviewer Message' });
    const interviewerInvite = interviewer.getByRole('combobox', { name: 'Interviewer Invite' });
    await tabTo(page, interviewerInvite);
    await page.keyboard.type('Interv');
    await expectHighlighted(page.getByRole('option', { name: 'Interviewer Invite' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => interviewerInvite.inputValue()).toBe('Interviewer Invite');

    // Back (Shift+Tab) to the candidate's Preview; focus stays on the button as it turns into
    // Edit communication and back.
    const preview = candidate().getByRole('button', { name: 'Preview' });
    await tabTo(page, preview, { back: true });
    await page.keyboard.press('Enter');
    const edit = candidate().getByRole('button', { name: 'Edit communication' });
    await expectFocus(page, edit);
    await expect
      .poll(() =>
        candidate()
          .getByTitle(/^Candidate message preview for Kenji Sato$/)
          .isVisible(),
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await expectFocus(page, preview);
    await expect
      .poll(() => candidate().getByRole('textbox', { name: 'Subject' }).isVisible())
      .toBe(true);
  });

  it('sends: the dialog closes and focus is back on the row’s dots that opened it', async () => {
    await tabTo(page, sendInvites().getByRole('button', { name: 'Send Invites', exact: true }));
    await page.keyboard.press('Enter');
    const sent = page.getByText('Invites sent to 2 participants');
    await expect.poll(() => sent.isVisible(), { timeout: 15_000 }).toBe(true);
    // Said by a screen reader too: the notice is a live region (or inside one).
    expect(await sent.evaluate((element, live) => !!element.closest(live), LIVE_REGION)).toBe(true);
    await sendInvites().waitFor({ state: 'hidden' });
    await expectFocus(page, actions());
    await expect.poll(() => page.getByText('Invites Sent').first().isVisible()).toBe(true);
  });

  it('the candidate confirms on their Interview Link page with the keyboard', async () => {
    const link = await linkInEmail(server, 'kenji@example.jp', 'i');
    const { context, page: recipient } = await freshPage(browser);
    await recipient.goto(link);
    const confirm = recipient.getByRole('button', { name: 'Confirm' });
    await tabTo(recipient, confirm);
    await recipient.keyboard.press('Enter');
    await expect
      .poll(() => recipient.getByText('You have confirmed your attendance.').isVisible())
      .toBe(true);
    await context.close();
    const kenji = await server.database.db
      .selectFrom('participants')
      .select('attendance')
      .where('email', '=', 'kenji@example.jp')
      .executeTakeFirstOrThrow();
    expect(kenji.attendance).toBe('confirmed');
  });
});

const LIVE_REGION =
  '[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]';

/** True when `target` is the element with keyboard focus. */
function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === element.ownerDocument.activeElement);
}

/** Names what has focus, for a failure to say where it went instead. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page itself (body)';
    const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '';
    return (el.getAttribute('role') || el.tagName.toLowerCase()) + ' "' + name.trim().slice(0, 60) + '"';
  })()`);
}

/** Waits until `target` has focus; else fails naming what has it. */
async function expectFocus(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  await expect
    .poll(async () => ((await hasFocus(target)) ? 'focused' : await describeFocus(page)))
    .toBe('focused');
}

/** Waits until focus is somewhere inside `container` (a dialog, a menu). */
async function expectFocusWithin(page: Page, container: Locator): Promise<void> {
  await container.waitFor();
  const inside = () =>
    container.evaluate((element) => element.contains(element.ownerDocument.activeElement));
  await expect
    .poll(async () => ((await inside()) ? 'inside' : await describeFocus(page)))
    .toBe('inside');
}

/** Waits until a type-ahead highlights `option`, the one Enter then takes. */
async function expectHighlighted(option: Locator): Promise<void> {
  await expect.poll(() => option.getAttribute('data-combobox-selected')).toBe('true');
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of Tab never reached ${target}: ${await describeFocus(page)}`);
}
