import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, PASSWORD, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { seededTemplates } from '../helpers/interviews.js';
import { devMailboxTokens, settleOutbox } from '../helpers/outbox.js';
import { type Category, CORPUS, caseValue, PIPELINE_CASES } from '../security/corpus.js';
import { pageProblems } from '../security/html-checks.js';
import { followThroughPipeline } from '../security/pipeline.js';
import { type Fixtures, sweep } from '../security/sweep.js';
import { interviewBody, SETUP_TARGET, WRITE_TARGETS } from '../security/targets.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('the hostile-input corpus', () => {
  it('holds at least 100 cases in five categories, about ten of each followed to the end', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    const count = (category: Category, list = CORPUS) =>
      list.filter((c) => c.category === category).length;
    for (const category of ['xss', 'header', 'ical', 'traversal'] as const) {
      expect(count(category)).toBeGreaterThanOrEqual(15);
      expect(count(category, PIPELINE_CASES)).toBeGreaterThanOrEqual(8);
    }
    expect(count('oversized')).toBeGreaterThanOrEqual(10);
  });
});

describe(`Hostile input on every write endpoint (${engine})`, () => {
  let t: TestApp;
  let f: Fixtures;
  let coordinatorUser: { name: string; email: string };

  beforeAll(async () => {
    t = await startTestApp({}, { worker: true });
    const admin = (await t.signedIn('admin')).as;
    const signedIn = await t.signedIn('coordinator', { name: 'Carla Coordinator' });
    coordinatorUser = signedIn.user;
    const coordinator = signedIn.as;
    const templates = await seededTemplates(t, coordinator);
    const post = async (url: string, payload: object, as: Credentials = coordinator) => {
      const answer = await t.call({ method: 'POST', url, as, payload });
      if (answer.statusCode >= 300) throw new Error(`${url}: ${answer.body}`);
      return answer.data;
    };
    const candidate = await post('/api/v1/candidates', {
      firstName: 'Kenji',
      lastName: 'Sato',
      email: 'kenji@fixture.example.com',
      timeZone: 'Asia/Tokyo',
    });
    const interviewer = await post(
      '/api/v1/users',
      {
        name: 'Nora York',
        email: 'nora@fixture.example.com',
        timeZone: 'America/New_York',
        role: 'interviewer',
      },
      admin,
    );
    const user = await post(
      '/api/v1/users',
      { name: 'Uma User', email: 'uma@fixture.example.com', timeZone: 'UTC', role: 'coordinator' },
      admin,
    );
    const template = await post('/api/v1/templates', {
      name: 'Fixture template',
      audience: 'candidate',
      subject: 'Hello',
      body: '<p>Hi</p>',
    });
    const draft = () => post('/api/v1/interviews', interviewBody(candidate.id, interviewer.id));
    const [editable, cancellable, invited] = [await draft(), await draft(), await draft()];
    await post(`/api/v1/interviews/${invited.id}/invites`, {
      candidate: { templateId: templates.candidate },
      interviewer: { templateId: templates.interviewer },
    });
    await settleOutbox(t, invited.id);
    const tokens = await devMailboxTokens(t, coordinator, invited.id);
    f = {
      admin,
      coordinator,
      candidateId: candidate.id,
      interviewerId: interviewer.id,
      userId: user.id,
      templateId: template.id,
      templates,
      draft: { id: editable.id, version: editable.version },
      cancellable: cancellable.id,
      invited: {
        id: invited.id,
        candidateParticipantId: invited.participants[0].id,
        token: tokens['nora@fixture.example.com'] as string,
      },
      renew: async () => (await draft()).id,
    };
  });
  afterAll(() => t.close());

  describe('answers each case with a clear 4xx, or takes it as inert data', () => {
    for (const target of WRITE_TARGETS) {
      it(`${target.name}: ${target.fields.join(', ')}`, async () => {
        expect(await sweep(t, f, target, CORPUS)).toEqual([]);
      });
    }
  });

  describe('follows representative cases into the email, the .ics and the recipient page', () => {
    for (const c of PIPELINE_CASES) {
      it(c.id, async () => {
        const context = {
          t,
          admin: f.admin,
          coordinator: f.coordinator,
          coordinatorUser,
          templates: f.templates,
        };
        expect(await followThroughPipeline(context, caseValue(c) as string)).toEqual([]);
      });
    }
  });

  describe('security headers', () => {
    it('sends a nonce CSP with the recipient page, its 404 page and a refused form post', async () => {
      const page = await t.call({ method: 'GET', url: `/i/${f.invited.token}` });
      expect(page.statusCode).toBe(200);
      expect(pageProblems(page)).toEqual([]);
      for (const answer of [
        await t.call({ method: 'GET', url: '/i/not-a-token' }),
        await t.call({ method: 'GET', url: `/i/${encodeURIComponent('../../etc/passwd')}` }),
        await t.call({ method: 'POST', url: '/i/not-a-token/decline', headers: FORM, payload: '' }),
      ]) {
        expect(answer.statusCode).toBe(404);
        expect(answer.headers['content-type']).toContain('text/html');
        expect(pageProblems(answer)).toEqual([]);
        expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      }
    });

    // The coordinator app is built by `npm run build` into dist/web; without a build the SPA
    // routes do not exist (they answer the API's JSON 404), so there is no HTML page to check.
    it.skipIf(!existsSync('dist/web/index.html'))(
      'sends a CSP without inline script on every route of the coordinator app',
      async () => {
        for (const url of [
          '/',
          '/templates',
          `/interviews/${f.draft.id}`,
          '/dev-mailbox',
          '/webhooks',
          '/users',
          '/people',
          '/inbox',
          '/scheduling-requests',
          '/account',
        ]) {
          const page = await t.call({ method: 'GET', url });
          expect(page.statusCode, url).toBe(200);
          expect(page.headers['content-type'], url).toContain('text/html');
          const csp = String(page.headers['content-security-policy']);
          expect(csp, url).toMatch(/(^|; )script-src 'self'(;|$)/);
          expect(csp, url).toMatch(/object-src 'none'/);
          expect(csp, url).toMatch(/frame-ancestors 'none'/);
          expect(page.headers['x-content-type-options'], url).toBe('nosniff');
          expect(page.body, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        }
      },
    );

    // The built app (npm run build), as production serves it; without a build there is none.
    it.skipIf(!existsSync('dist/web/index.html'))(
      'serves the coordinator app without source maps: no .map answers and no script points at one',
      async () => {
        const assets = readdirSync('dist/web/assets');
        const scripts = assets.filter((name) => name.endsWith('.js'));
        expect(scripts.length).toBeGreaterThan(0);
        for (const name of scripts) {
          const script = await t.call({ method: 'GET', url: `/assets/${name}` });
          expect(script.statusCode, name).toBe(200);
          expect(script.body, name).not.toMatch(/sourceMappingURL/);
          const map = await t.call({ method: 'GET', url: `/assets/${name}.map` });
          expect(map.statusCode, `${name}.map`).toBe(404);
        }
        for (const name of assets.filter((n) => n.endsWith('.map'))) {
          expect((await t.call({ method: 'GET', url: `/assets/${name}` })).statusCode, name).toBe(
            404,
          );
        }
      },
    );

    it('sends nosniff and frame denial with API answers, errors included', async () => {
      const answers = [
        await t.call({ method: 'GET', url: '/api/v1/interviews', as: f.coordinator }),
        await t.call({ method: 'GET', url: '/api/v1/interviews' }),
        await t.call({ method: 'GET', url: '/api/v1/interviews/not-a-uuid', as: f.coordinator }),
        await t.call({ method: 'GET', url: '/api/v1/no-such-route', as: f.coordinator }),
        await t.call({ method: 'POST', url: '/api/v1/candidates', as: f.coordinator, payload: {} }),
        await t.call({ method: 'GET', url: `/api/v1/invitations/${f.invited.token}` }),
        await t.call({ method: 'GET', url: '/api/v1/openapi.json' }),
        await t.call({ method: 'GET', url: '/healthz' }),
      ];
      for (const answer of answers) {
        const where = `${answer.statusCode} ${answer.body.slice(0, 60)}`;
        expect(answer.headers['x-content-type-options'], where).toBe('nosniff');
        const framing =
          answer.headers['x-frame-options'] === 'DENY' ||
          /frame-ancestors 'none'/.test(String(answer.headers['content-security-policy']));
        expect(framing, where).toBe(true);
      }
    });

    it('sends Strict-Transport-Security with every answer behind an https PUBLIC_URL', async () => {
      expect(t.config.publicUrl).toMatch(/^https:/);
      const answers = [
        await t.call({ method: 'GET', url: '/healthz' }),
        await t.call({ method: 'GET', url: '/api/v1/interviews', as: f.coordinator }),
        await t.call({ method: 'GET', url: '/api/v1/interviews' }),
        await t.call({ method: 'POST', url: '/api/v1/candidates', as: f.coordinator, payload: {} }),
        await t.call({ method: 'GET', url: '/api/v1/no-such-route' }),
        await t.call({ method: 'GET', url: `/i/${f.invited.token}` }),
        await t.call({ method: 'POST', url: '/i/not-a-token/decline', headers: FORM, payload: '' }),
        await t.call({ method: 'GET', url: `/api/v1/interviews/${'x'.repeat(9_000)}` }),
        await t.call({ method: 'GET', url: '/%zz' }),
        await t.call({ method: 'GET', url: '/api/v1/openapi.json' }),
      ];
      for (const answer of answers) {
        expect(answer.headers['strict-transport-security'], `${answer.statusCode}`).toBe(
          'max-age=31536000; includeSubDomains',
        );
      }
    });

    it('keeps answers about a personal token out of every cache', async () => {
      const token = f.invited.token;
      const answers = [
        await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` }),
        await t.call({ method: 'POST', url: `/api/v1/invitations/${token}/confirm` }),
        await t.call({ method: 'POST', url: `/api/v1/invitations/${token}/decline`, payload: {} }),
        await t.call({ method: 'GET', url: '/api/v1/dev-mailbox', as: f.coordinator }),
        await t.call({ method: 'GET', url: `/i/${token}` }),
      ];
      for (const answer of answers) {
        expect(answer.statusCode, answer.body.slice(0, 100)).toBeLessThan(400);
        expect(answer.headers['cache-control'], answer.body.slice(0, 60)).toBe('no-store');
      }
    });

    it('sets the session cookie HttpOnly, SameSite=Lax and Secure behind an https PUBLIC_URL', async () => {
      await t.signedIn('coordinator', { email: 'cookie@example.com' });
      const login = await t.call({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'cookie@example.com', password: PASSWORD },
      });
      expect(t.config.publicUrl).toMatch(/^https:/);
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/^convene_session=/);
      expect(cookie).toMatch(/; HttpOnly(;|$)/);
      expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
      expect(cookie).toMatch(/; Secure(;|$)/);
      expect(cookie).toMatch(/; Path=\/(;|$)/);
    });
  });
});

describe(`Hostile input on the one-time setup (${engine})`, () => {
  let t: TestApp;

  // A plain-http install (a laptop trying Convene out) cannot use a Secure cookie.
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'http://localhost:3000' });
  });
  afterAll(() => t.close());

  it('POST /setup: name, email, password, timeZone', async () => {
    // Each accepted case makes the first admin; the database is emptied again for the next one.
    const reset = async () => {
      await t.database.db.deleteFrom('users').execute();
      await t.database.db.deleteFrom('settings').where('key', '=', 'setup_completed_at').execute();
    };
    const target = { ...SETUP_TARGET, after: reset };
    const fixtures = {} as Fixtures;
    expect(await sweep(t, fixtures, target, CORPUS)).toEqual([]);
  });

  it('sends no Strict-Transport-Security when PUBLIC_URL is plain http', async () => {
    for (const url of ['/healthz', '/api/v1/setup', '/nowhere']) {
      const answer = await t.call({ method: 'GET', url });
      expect(answer.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('leaves Secure off the session cookie when PUBLIC_URL is plain http, keeping the rest', async () => {
    await t.signedIn('admin', { email: 'plain@example.com' });
    const login = await t.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'plain@example.com', password: PASSWORD },
    });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).not.toMatch(/; Secure/);
  });
});
