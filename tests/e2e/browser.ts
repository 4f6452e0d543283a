import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { prepare } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import type { Actor } from '../../src/domain/permissions.js';
import { buildApp } from '../../src/http/app.js';
import { sendInvites } from '../../src/invites/send-invites.js';
import { mailSettingsOf } from '../../src/mail/mail-settings.js';
import { startOutboxWorker } from '../../src/mail/outbox-worker.js';
import { transportFor } from '../../src/mail/transports.js';
import { freePort } from '../helpers/process.js';

export const ADMIN = { email: 'carla@example.com', password: 'coordinator password' };
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** A real Convene (built web app, SQLite, dev mailbox, worker) listening on a free port. */
export interface ServerOptions {
  /** ALLOW_PRIVATE_NETWORK: let calendar fetches reach a feed served on loopback by the test. */
  allowPrivateNetwork?: boolean;
  /** false: no first admin from the environment, so the web app opens its one-time setup. */
  admin?: boolean;
}

export async function startServer(options: ServerOptions = {}) {
  // The browser needs the built web app; this is quick when it is up to date.
  execFileSync(process.execPath, ['scripts/build-if-needed.mjs'], { stdio: 'inherit' });
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'convene-e2e-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'convene.db')}`,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...(options.admin === false
      ? {}
      : { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    SESSION_SECRET: 'e'.repeat(40),
    COMPANY_NAME: 'Example Corp',
    LOG_LEVEL: 'silent',
    ...(options.allowPrivateNetwork ? { ALLOW_PRIVATE_NETWORK: 'true' } : {}),
  });
  const { database, sessionSecret } = await prepare(config);
  const worker = startOutboxWorker({
    database,
    transport: transportFor(undefined),
    from: config.mailFrom,
    log: pino({ level: 'silent' }),
    pollMs: 200,
  });
  const app = await buildApp({ config: { ...config, sessionSecret }, database, outbox: worker });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: config.publicUrl,
    database,
    /** What the use cases that write messages need, for tests that set the scene directly. */
    settings: mailSettingsOf(config),
    close: async () => {
      await app.close();
      await worker.stop();
      await database.close();
    },
  };
}

/** Debian's Chromium, headless, with the flags this machine needs (../shared/CI.md). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context's screen: its size, and whether it is a touch phone. */
export interface Device {
  viewport: { width: number; height: number };
  isMobile: boolean;
  hasTouch: boolean;
  /** The system setting "reduce motion", as a browser reports it to the page. */
  reducedMotion?: 'reduce' | 'no-preference';
}
export const DESKTOP: Device = {
  viewport: { width: 1366, height: 900 },
  isMobile: false,
  hasTouch: false,
};
export const PHONE: Device = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/**
 * A fresh browser context: no cookies shared with any other (each recipient is a stranger).
 * `true` is a phone; a Device gives any other size.
 */
export async function freshPage(
  browser: Browser,
  device: boolean | Device = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(
    typeof device === 'object' ? device : device ? PHONE : DESKTOP,
  );
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

/**
 * Waits until nothing on the page is moving (a dialog fading in, a menu dropping down): checked
 * mid-transition, half-transparent text fails the contrast rule. Endless animations (a loader's
 * spin) do not count.
 */
export async function settled(page: Page): Promise<void> {
  // A string: this project's TypeScript has no DOM types (the page runs it, not Node).
  const still = () =>
    page.evaluate(`document.getAnimations().every((a) =>
      a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`);
  // Twice, a frame or two apart: a transition may start just after the one before it ended.
  await expect.poll(still).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await expect.poll(still).toBe(true);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core in the page (its default rules: WCAG 2.x A/AA and best practices, plus WCAG 2.2's
 * target size); returns every violation, of any impact, as "rule (impact): html — why | …".
 */
export async function a11yViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which (rightly) forbids inline scripts.
  await page.evaluate(axeSource);
  // Target size (WCAG 2.2 AA, 2.5.8) is off in axe's defaults.
  const options = "{ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }";
  const results = (await page.evaluate(`axe.run(document, ${options})`)) as {
    violations: Array<{
      id: string;
      impact: string;
      nodes: Array<{ html: string; failureSummary?: string }>;
    }>;
  };
  // Each offending element, with what axe says is wrong with it (a contrast ratio, a missing name).
  const node = (n: { html: string; failureSummary?: string }) =>
    `${n.html.slice(0, 160)} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`;
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map(node).join(' | ')}`);
}

/** Saves a full-page screenshot as a test artifact (test-results/ is not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs the first admin in on `page` and waits for Manage Interviews. */
export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(() => page.getByRole('heading', { name: 'Manage Interviews' }).isVisible())
    .toBe(true);
}

export type Server = Awaited<ReturnType<typeof startServer>>;

/** The first admin as the actor of use cases that set a scene directly. */
export async function adminActor(server: Server): Promise<Actor> {
  const admin = await server.database.db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role'])
    .where('email', '=', ADMIN.email)
    .executeTakeFirstOrThrow();
  return { userId: admin.id, role: admin.role, name: admin.name, email: admin.email };
}

/** Chooses a file through the field labelled `label`, as a person does: the field opens the chooser. */
export async function chooseFile(
  page: Page,
  label: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByLabel(label).click(),
  ]);
  await chooser.setFiles(file);
}

/** The personal link (`/s/…` or `/i/…`) in the text of the latest email written to `to`. */
export async function linkInEmail(server: Server, to: string, path: 's' | 'i'): Promise<string> {
  const mail = await server.database.db
    .selectFrom('messages')
    .select('raw')
    .where('to_email', '=', to)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const text = (await simpleParser(mail.raw)).text ?? '';
  const link = new RegExp(`${server.url}/${path}/[A-Za-z0-9_-]{43}`).exec(text)?.[0] ?? '';
  expect(link).not.toBe('');
  return link;
}

/** Send Invites as the first admin, with the seeded Candidate and Interviewer Invites. */
export async function sendSeededInvites(server: Server, interviewId: string): Promise<void> {
  const db = server.database.db;
  const templates = await db
    .selectFrom('templates')
    .select(['id', 'audience'])
    .where('invitable', '=', 1)
    .execute();
  const pick = (audience: string) => ({
    templateId: templates.find((x) => x.audience === audience)?.id ?? '',
  });
  await sendInvites({
    db,
    actor: await adminActor(server),
    interviewId,
    candidate: pick('candidate'),
    interviewer: pick('interviewer'),
    settings: server.settings,
  });
}
