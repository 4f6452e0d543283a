import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, type FieldIssue } from '../../domain/errors.js';
import { PROPOSED_TIME_ISSUES, wallTimeToInstant } from '../../domain/proposals.js';
import { askedZoneOr } from '../../domain/time-zones.js';
import { openInvitation } from '../../invites/open-invitation.js';
import { proposeByLink } from '../../invites/propose-by-link.js';
import { renderInvitationNotFound } from '../../pages/invitation-page.js';
import { renderProposePage } from '../../pages/propose-page.js';
import { INVITATION_RATE_LIMIT } from './invitations.js';
import { pageHeaders, redirectHeaders, requestLocale } from './pages.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const HTML = 'text/html; charset=utf-8';
const WallTime = Type.Optional(Type.String({ maxLength: 40 }));

/**
 * "Propose other times" behind a participant's Interview Link (DESIGN §6): a page of its own
 * with up to three times in their zone, a plain POST form that redirects back to the link's
 * page, or shows itself again (400) with what was wrong beside each time.
 */
export const proposePageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.database.db;
  const settings = app.mailSettings;
  const policy = app.config.candidateChanges;
  const config = { public: true, rateLimit: INVITATION_RATE_LIMIT };
  const back = (token: string, notice?: string) =>
    `/i/${encodeURIComponent(token)}${notice ? `?notice=${notice}` : ''}`;

  app.get(
    '/i/:token/propose',
    { config, schema: { hide: true, params: TokenParams } },
    async (request, reply) => {
      const { token } = request.params;
      const nonce = pageHeaders(reply);
      const invitation = await openInvitation({
        db,
        token,
        settings,
        policy,
        acceptLanguage: request.headers['accept-language'],
      }).catch((error) => {
        if (error instanceof AppError && error.code === 'not_found') return null;
        throw error;
      });
      if (!invitation)
        return reply
          .status(404)
          .type(HTML)
          .send(renderInvitationNotFound(nonce, requestLocale(reply)));
      if (!invitation.canRespond) return reply.redirect(back(token), 303);
      return reply.type(HTML).send(renderProposePage({ nonce, token, invitation }));
    },
  );

  app.post(
    '/i/:token/propose',
    {
      config,
      schema: {
        hide: true,
        params: TokenParams,
        body: Type.Object({
          time1: WallTime,
          time2: WallTime,
          time3: WallTime,
          tz: Type.Optional(Type.String({ maxLength: 100 })),
          reason: Type.Optional(Type.String({ maxLength: 1000 })),
        }),
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const body = request.body;
      const zone = askedZoneOr(body.tz, 'UTC');
      const typed = [body.time1, body.time2, body.time3].map((t) => t?.trim() ?? '');
      const issues: FieldIssue[] = [];
      const starts: number[] = [];
      typed.forEach((value, i) => {
        if (!value) return;
        const start = wallTimeToInstant(value, zone);
        if (start === null)
          issues.push({ field: `times.${i}`, message: PROPOSED_TIME_ISSUES.invalid });
        else starts.push(start);
      });
      if (starts.length === 0 && issues.length === 0) {
        issues.push({ field: 'times', message: 'must hold at least one time' });
      }
      try {
        if (issues.length > 0) throw new AppError('validation_error', 'bad times', { issues });
        const result = await proposeByLink({ db, token, starts, comment: body.reason, settings });
        if (result.changed) app.outbox.wake();
        redirectHeaders(reply);
        return reply.redirect(back(token, 'proposed'), 303);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'conflict') {
          redirectHeaders(reply);
          return reply.redirect(back(token), 303);
        }
        const nonce = pageHeaders(reply);
        if (error.code !== 'validation_error') {
          return reply
            .status(404)
            .type(HTML)
            .send(renderInvitationNotFound(nonce, requestLocale(reply)));
        }
        const invitation = await openInvitation({
          db,
          token,
          settings,
          policy,
          acceptLanguage: request.headers['accept-language'],
        });
        // The use case numbers times among those given; the page among its three fields.
        const given = typed.flatMap((value, i) => (value ? [i] : []));
        const found = (error.details as { issues?: FieldIssue[] } | undefined)?.issues ?? [];
        const shown = found.map((issue) => {
          const n = /^times\.(\d+)$/.exec(issue.field)?.[1];
          return n === undefined || issues.length > 0
            ? issue
            : { ...issue, field: `times.${given[Number(n)] ?? n}` };
        });
        return reply
          .status(400)
          .type(HTML)
          .send(
            renderProposePage({
              nonce,
              token,
              invitation,
              times: typed,
              comment: body.reason ?? '',
              issues: shown,
            }),
          );
      }
    },
  );
};
