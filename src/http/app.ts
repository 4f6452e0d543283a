import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Config } from '../config.js';
import { type SecretBox, secretBox } from '../crypto/secret-box.js';
import type { Db } from '../db/database.js';
import { type MailSettings, mailSettingsOf } from '../mail/mail-settings.js';
import { ErrorBody } from '../shapes/common.js';
import { BODY_LIMIT, PUBLIC_BODY_LIMIT } from './limits.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerFormBody } from './plugins/form-body.js';
import { registerJsonBody } from './plugins/json-body.js';
import { registerMetrics } from './plugins/metrics.js';
import { assertNoNulCharacters } from './plugins/nul-characters.js';
import { baseHeaders, registerSecurityHeaders } from './plugins/security-headers.js';
import { boundedValidators } from './plugins/validation.js';
import { registerWebApp } from './plugins/web-app.js';
import { answerRoutes } from './routes/answers.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { availabilityRoutes } from './routes/availability.js';
import { brandingRoutes, logoRoute } from './routes/branding.js';
import { calendarRoutes } from './routes/calendars.js';
import { candidateRoutes } from './routes/candidates.js';
import { changePageRoutes } from './routes/change-pages.js';
import { devMailboxRoutes } from './routes/dev-mailbox.js';
import { healthRoutes } from './routes/health.js';
import { interviewRoutes } from './routes/interviews.js';
import { invitationChangeRoutes } from './routes/invitation-changes.js';
import { invitationRoutes } from './routes/invitations.js';
import { inviteRoutes } from './routes/invites.js';
import { pageRoutes } from './routes/pages.js';
import { proposalRoutes } from './routes/proposals.js';
import { proposePageRoutes } from './routes/propose-pages.js';
import { schedulingRoutes } from './routes/scheduling.js';
import { schedulingPageRoutes } from './routes/scheduling-pages.js';
import { sessionRoutes } from './routes/session.js';
import { sessionsRoutes } from './routes/sessions.js';
import { setupRoutes } from './routes/setup.js';
import { templateRoutes } from './routes/templates.js';
import { userRoutes } from './routes/users.js';
import { webhookRoutes } from './routes/webhooks.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Db;
    config: AppConfig;
    mailSettings: MailSettings;
    /** Nudges the outbox worker after a request queued mail (a no-op when it runs elsewhere). */
    outbox: { wake(): void };
    /** Seals and opens webhook signing secrets (key derived from SESSION_SECRET). */
    secretBox: SecretBox;
  }
}

/** Every operation's tag, described once for the document (Redocly's operation-tag-defined). */
const API_TAGS = [
  { name: 'session', description: 'Sign in and out, your password, your sessions' },
  { name: 'setup', description: 'The one-time setup of an empty database' },
  { name: 'users', description: 'Coordinators, recruiters and interviewers (admins manage them)' },
  { name: 'candidates', description: 'The people being interviewed; they never sign in' },
  { name: 'api-keys', description: 'Keys for integrations, each acting as the user who made it' },
  { name: 'templates', description: 'Configure Communications: templates, tokens, preview' },
  {
    name: 'interviews',
    description: 'Manage Interviews: create, edit, cancel; messages, timeline',
  },
  { name: 'invites', description: 'Send Invites, their preview, Resend Invites' },
  { name: 'invitations', description: "A participant's own view through their link; no sign-in" },
  { name: 'dev-mailbox', description: 'What was sent while no SMTP server is configured' },
  { name: 'webhooks', description: 'Event subscriptions for ATS integrations (admins)' },
  {
    name: 'branding',
    description: 'The company name, logo and accent colour on recipient pages and emails (admins)',
  },
  {
    name: 'calendars',
    description: "Interviewers' calendars, read for busy times (never written)",
  },
  {
    name: 'availability',
    description: 'Busy times and free slots: working hours, calendars and Convene interviews',
  },
  {
    name: 'scheduling',
    description: 'Scheduling requests: the candidate picks a free time on their own page',
  },
];

/** What the HTTP layer needs of the configuration, plus the resolved session secret. */
export type AppConfig = Config & { sessionSecret: string };

export interface BuildAppOptions {
  config: AppConfig;
  database: Db;
  outbox?: { wake(): void };
  /** The process's logger; without one the app logs at config.logLevel. */
  logger?: FastifyBaseLogger;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Builds the Fastify app with every plugin and route; the caller listens and closes. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger }
      : { logger: { level: config.logLevel } }),
    trustProxy: config.trustProxy,
    // A caller's own request id is kept (so logs join up across services) when it is sane.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: BODY_LIMIT,
    // Validation stops at the first issue; a small input is checked again for all of them
    // (plugins/validation.ts), so a huge bad body costs one issue, not one per key.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
    schemaController: { compilersFactory: { buildValidator: boundedValidators() } },
    // Errors Fastify meets before routing (a malformed or over-long path) get the same shape and
    // headers as every other error, and never echo the URL back.
    frameworkErrors: (error, _request, typedReply) => {
      const tooLong = error.statusCode === 414;
      const reply = typedReply as unknown as FastifyReply;
      baseHeaders(reply, config.publicUrl.startsWith('https:'));
      reply
        .code(tooLong ? 414 : 400)
        .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
        .send({
          error: {
            code: tooLong ? 'uri_too_long' : 'bad_request',
            message: tooLong ? 'The address is too long.' : 'The address is not valid.',
          },
        });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('mailSettings', mailSettingsOf(config));
  app.decorate('outbox', options.outbox ?? { wake: () => undefined });
  app.decorate('secretBox', secretBox(config.sessionSecret));
  app.addSchema(ErrorBody);
  registerErrorHandling(app);
  app.addHook('preValidation', async (request) => assertNoNulCharacters(request));
  registerSecurityHeaders(app, config.publicUrl);
  // Routes reachable without signing in read a few short fields; a larger body is refused unread.
  app.addHook('onRoute', (route) => {
    if (route.config?.public) route.bodyLimit ??= PUBLIC_BODY_LIMIT;
  });
  registerJsonBody(app);

  await app.register(cookie, { secret: config.sessionSecret });
  await registerFormBody(app);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Convene API',
        version: '1',
        description: 'Interview invitations as meeting requests, with attendance confirmation.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: API_TAGS,
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'convene_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key, cvn_…' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    refResolver: {
      buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`),
    },
  });
  registerAuth(app);
  registerMetrics(app, config.metricsToken);

  await registerWebApp(app);
  await app.register(healthRoutes);
  await app.register(logoRoute);
  await app.register(pageRoutes);
  await app.register(schedulingPageRoutes);
  await app.register(changePageRoutes);
  await app.register(proposePageRoutes);
  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      await api.register(sessionRoutes);
      await api.register(sessionsRoutes);
      await api.register(setupRoutes);
      await api.register(userRoutes);
      await api.register(candidateRoutes);
      await api.register(apiKeyRoutes);
      await api.register(templateRoutes);
      await api.register(interviewRoutes);
      await api.register(proposalRoutes);
      await api.register(answerRoutes);
      await api.register(availabilityRoutes);
      await api.register(inviteRoutes);
      await api.register(invitationRoutes);
      await api.register(invitationChangeRoutes);
      await api.register(devMailboxRoutes);
      await api.register(webhookRoutes);
      await api.register(brandingRoutes);
      await api.register(calendarRoutes);
      await api.register(schedulingRoutes);
    },
    { prefix: '/api/v1' },
  );
  return app;
}
