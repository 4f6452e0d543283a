import type { WriteTarget } from './sweep.js';

/** The interview every POST /interviews of the sweep starts from. */
export function interviewBody(candidateId: string, interviewerId: string) {
  return {
    title: 'Technical interview',
    candidateId,
    interviewerIds: [interviewerId],
    startsAt: '2031-03-04T09:00:00Z',
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    location: 'Room 4',
    meetingUrl: 'https://meet.example.com/abc',
    notes: 'Bring ID.',
  };
}

const INTERVIEW_TEXT = ['title', 'jobTitle', 'location', 'meetingUrl', 'notes'] as const;
const interviewEcho = Object.fromEntries(
  INTERVIEW_TEXT.map((field) => [field, (data: Record<string, unknown>) => data[field]]),
);
const INTERVIEW_FIELDS = [
  ...INTERVIEW_TEXT,
  'startsAt',
  'timeZone',
  'candidateId',
  'interviewerIds.0',
  'interviewerIds',
];

// An edited invite body must keep the Interview Link, or it is refused for that alone.
const keepLink = (field: string, value: unknown) =>
  field.endsWith('.body') && typeof value === 'string'
    ? `${value}<p>{{ interview.link }}</p>`
    : value;

type Item = { html: string; subject: string };

/**
 * Every write endpoint of the API and the recipient page, except POST /setup (it needs an
 * empty database, so the suite sweeps it on an app of its own).
 */
export const WRITE_TARGETS: readonly WriteTarget[] = [
  {
    name: 'POST /users',
    method: 'POST',
    path: '/api/v1/users',
    as: 'admin',
    fields: ['name', 'email', 'timeZone', 'password'],
    body: (_f, n) => ({
      name: 'Ivy Interviewer',
      email: `user${n}@sweep.example.com`,
      timeZone: 'Europe/Berlin',
      role: 'interviewer',
    }),
    echo: { name: (d) => d.name },
  },
  {
    name: 'PATCH /users/:id',
    method: 'PATCH',
    path: '/api/v1/users/:id',
    as: 'admin',
    fields: [':id', 'name', 'timeZone'],
    param: (f) => f.userId,
    body: () => ({ name: 'Uma User' }),
    echo: { name: (d) => d.name },
  },
  {
    name: 'POST /users/:id/password',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/users/:id/password',
    as: 'admin',
    fields: [':id', 'password'],
    param: (f) => f.userId,
    body: () => ({ password: 'a long enough password' }),
  },
  {
    name: 'POST /candidates',
    method: 'POST',
    path: '/api/v1/candidates',
    as: 'coordinator',
    fields: ['firstName', 'lastName', 'email', 'timeZone', 'phone'],
    body: (_f, n) => ({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: `candidate${n}@sweep.example.com`,
      timeZone: 'Europe/London',
    }),
    echo: { firstName: (d) => d.firstName, lastName: (d) => d.lastName },
  },
  {
    name: 'PATCH /candidates/:id',
    depth: 'representative',
    method: 'PATCH',
    path: '/api/v1/candidates/:id',
    as: 'coordinator',
    fields: [':id', 'firstName', 'lastName', 'email', 'timeZone', 'phone'],
    param: (f) => f.candidateId,
    body: () => ({ firstName: 'Ada' }),
    echo: { firstName: (d) => d.firstName, lastName: (d) => d.lastName },
  },
  {
    name: 'POST /templates',
    method: 'POST',
    path: '/api/v1/templates',
    as: 'coordinator',
    fields: ['name', 'subject', 'body'],
    body: (_f, n) => ({
      name: `Sweep ${n}`,
      audience: 'candidate',
      subject: 'Hello',
      body: '<p>Hi</p>',
    }),
    echo: { name: (d) => d.name, subject: (d) => d.subject },
    html: (d) => [d.body],
  },
  {
    name: 'PATCH /templates/:id',
    depth: 'representative',
    method: 'PATCH',
    path: '/api/v1/templates/:id',
    as: 'coordinator',
    fields: [':id', 'name', 'subject', 'body'],
    param: (f) => f.templateId,
    body: (_f, n) => ({ name: `Sweep edit ${n}` }),
    echo: { name: (d) => d.name, subject: (d) => d.subject },
    html: (d) => [d.body],
  },
  {
    name: 'POST /templates/preview',
    method: 'POST',
    path: '/api/v1/templates/preview',
    as: 'coordinator',
    fields: ['subject', 'body', 'timeZone', 'locale'],
    body: () => ({
      audience: 'candidate',
      subject: 'Hello {{ recipient.first_name }}',
      body: '<p>{{ interview.title }}</p><p>{{ interview.link }}</p>',
    }),
    html: (d) => [d.html],
    lines: (d) => [d.subject],
  },
  {
    name: 'POST /interviews',
    method: 'POST',
    path: '/api/v1/interviews',
    as: 'coordinator',
    fields: INTERVIEW_FIELDS,
    body: (f) => interviewBody(f.candidateId, f.interviewerId),
    echo: interviewEcho,
  },
  {
    name: 'PATCH /interviews/:id',
    depth: 'representative',
    method: 'PATCH',
    path: '/api/v1/interviews/:id',
    as: 'coordinator',
    fields: [':id', ...INTERVIEW_FIELDS],
    param: (f) => f.draft.id,
    body: (f) => ({ version: f.draft.version }),
    echo: interviewEcho,
    after: (f, d) => {
      f.draft.version = d.version;
    },
  },
  {
    name: 'POST /interviews/:id/cancel',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/interviews/:id/cancel',
    as: 'coordinator',
    fields: [':id', 'reason'],
    param: (f) => f.cancellable,
    body: () => ({ reason: 'Position filled' }),
    after: async (f) => {
      f.cancellable = await f.renew();
    },
  },
  {
    name: 'POST /interviews/:id/invites/preview',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/interviews/:id/invites/preview',
    as: 'coordinator',
    fields: [
      ':id',
      'candidate.templateId',
      'candidate.subject',
      'candidate.body',
      'interviewer.subject',
      'interviewer.body',
    ],
    param: (f) => f.invited.id,
    body: (f) => ({
      candidate: { templateId: f.templates.candidate },
      interviewer: { templateId: f.templates.interviewer },
    }),
    adapt: keepLink,
    html: (d) => d.items.map((i: Item) => i.html),
    lines: (d) => d.items.map((i: Item) => i.subject),
  },
  {
    name: 'POST /interviews/:id/invites',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/interviews/:id/invites',
    as: 'coordinator',
    fields: [':id', 'candidate.subject', 'candidate.body'],
    param: (f) => f.invited.id,
    body: (f) => ({
      candidate: { templateId: f.templates.candidate },
      interviewer: { templateId: f.templates.interviewer },
    }),
    adapt: keepLink,
  },
  {
    name: 'POST /interviews/:id/invites/resend',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/interviews/:id/invites/resend',
    as: 'coordinator',
    fields: [':id', 'participantIds.0', 'participantIds', 'candidate.subject', 'candidate.body'],
    param: (f) => f.invited.id,
    body: (f) => ({
      participantIds: [f.invited.candidateParticipantId],
      candidate: { templateId: f.templates.candidate },
    }),
    adapt: keepLink,
  },
  {
    name: 'POST /invites (bulk)',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/invites',
    as: 'coordinator',
    fields: ['interviewIds.0', 'interviewIds', 'candidate.subject', 'candidate.body'],
    body: (f) => ({
      interviewIds: [f.invited.id],
      candidate: { templateId: f.templates.candidate },
      interviewer: { templateId: f.templates.interviewer },
    }),
    adapt: keepLink,
  },
  {
    name: 'POST /webhooks',
    method: 'POST',
    path: '/api/v1/webhooks',
    as: 'admin',
    fields: ['url', 'events.0', 'events', 'description', 'secret'],
    body: () => ({
      url: 'https://ats.example.com/hooks/convene',
      events: ['interview.cancelled'],
      description: 'ATS',
    }),
    echo: { url: (d) => d.url, description: (d) => d.description },
  },
  {
    name: 'POST /invitations/:token/decline',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/invitations/:token/decline',
    fields: [':token', 'reason'],
    param: (f) => f.invited.token,
    body: () => ({ reason: 'Busy' }),
    echo: { reason: (d) => d.invitation.declineReason },
  },
  {
    name: 'POST /i/:token/decline (form)',
    depth: 'representative',
    method: 'POST',
    path: '/i/:token/decline',
    form: true,
    fields: [':token', 'reason'],
    param: (f) => f.invited.token,
    body: () => ({ reason: 'Busy' }),
  },
  // "Not then" (DESIGN §6): hostile notes and links, with a time far ahead.
  {
    name: 'POST /invitations/:token/propose',
    depth: 'representative',
    method: 'POST',
    path: '/api/v1/invitations/:token/propose',
    fields: [':token', 'comment'],
    param: (f) => f.invited.token,
    body: () => ({ times: ['2031-03-05T09:00:00Z'], comment: 'Busy' }),
  },
  {
    name: 'POST /i/:token/propose (form)',
    depth: 'representative',
    method: 'POST',
    path: '/i/:token/propose',
    form: true,
    fields: [':token', 'reason', 'time1', 'tz'],
    param: (f) => f.invited.token,
    body: () => ({ time1: '2031-03-05T09:00', tz: 'UTC', reason: 'Busy' }),
  },
  // The candidate's own changes (ADR 016), sent with the interviewer's link of the fixture: every
  // case is refused (400 for the value, else 403 or the not-found page), so none uses it up.
  ...(['reschedule', 'cancel'] as const).flatMap((action): WriteTarget[] => {
    const field = action === 'reschedule' ? 'startsAt' : 'reason';
    const body = () =>
      action === 'reschedule' ? { startsAt: '2031-03-05T09:00:00Z' } : { reason: 'Busy' };
    return [
      {
        name: `POST /invitations/:token/${action}`,
        depth: 'representative',
        method: 'POST',
        path: `/api/v1/invitations/:token/${action}`,
        fields: [':token', field],
        param: (f) => f.invited.token,
        body,
      },
      {
        name: `POST /i/:token/${action} (form)`,
        depth: 'representative',
        method: 'POST',
        path: `/i/:token/${action}`,
        form: true,
        fields: [':token', field],
        param: (f) => f.invited.token,
        body,
      },
    ];
  }),
  {
    name: 'POST /session',
    method: 'POST',
    path: '/api/v1/session',
    fields: ['email', 'password'],
    body: () => ({ email: 'nobody@example.com', password: 'a long enough password' }),
  },
  {
    name: 'POST /api-keys',
    method: 'POST',
    path: '/api/v1/api-keys',
    as: 'admin',
    fields: ['name', 'expiresAt'],
    body: () => ({ name: 'ATS integration' }),
    echo: { name: (d) => d.name },
  },
];

/** POST /setup, swept on an empty database that is emptied again after each success. */
export const SETUP_TARGET: WriteTarget = {
  name: 'POST /setup',
  depth: 'representative',
  method: 'POST',
  path: '/api/v1/setup',
  fields: ['name', 'email', 'password', 'timeZone'],
  body: (_f, n) => ({
    name: 'First Admin',
    email: `admin${n}@sweep.example.com`,
    password: 'a long enough password',
    timeZone: 'Europe/Berlin',
  }),
  echo: { name: (d) => d.name },
};
