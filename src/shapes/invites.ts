import { Type } from 'typebox';
import { CHANGE_REFUSALS } from '../domain/candidate-changes.js';
import { SlotListSchema } from './availability.js';
import { Nullable, OneOf } from './common.js';
import { AttendanceSchema, ParticipantRoleSchema, StatusSchema } from './interviews.js';

/** A choice made in the Send Invites window: a template, optionally edited for this interview. */
export const InviteChoiceSchema = Type.Object(
  {
    templateId: Type.String({ format: 'uuid' }),
    subject: Type.Optional(Type.String({ maxLength: 500 })),
    body: Type.Optional(Type.String({ maxLength: 100_000 })),
  },
  { additionalProperties: false },
);

/** Exactly what one participant would receive; only the personal link is a placeholder. */
export const InvitePreviewSchema = Type.Object({
  participantId: Type.String(),
  role: ParticipantRoleSchema,
  name: Type.String(),
  email: Type.String(),
  timeZone: Type.String({ description: "The zone the recipient's dates and times are shown in" }),
  locale: Type.String({
    description:
      "The language the recipient reads (their locale, else DEFAULT_LOCALE): the template's variant for it is shown, else its default wording",
    examples: ['fr'],
  }),
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
});

/** Send Invites for many interviews: which were sent, and which not and why. */
export const BulkSendResultSchema = Type.Object({
  sent: Type.Array(Type.Object({ interviewId: Type.String(), status: StatusSchema })),
  failed: Type.Array(
    Type.Object({
      interviewId: Type.String(),
      error: Type.Object({ code: Type.String(), message: Type.String() }),
    }),
  ),
});

const ChangeOptionSchema = Type.Object({
  allowed: Type.Boolean(),
  refusal: Nullable(
    OneOf(CHANGE_REFUSALS, {
      description:
        'Why not: cancelled or over (closed), past the cut-off (cutoff), moved as often as allowed (limit), moving switched off (disabled)',
    }),
  ),
});

/** What the candidate may still change from their link (ADR 016). */
export const CandidateChangesSchema = Type.Object(
  {
    until: Type.String({
      description: 'ISO 8601, UTC: the start less the cut-off, the last moment for either change',
    }),
    cutoffHours: Type.Integer({ minimum: 0 }),
    reschedulesLeft: Type.Integer({
      minimum: 0,
      description: 'How many more times the candidate may move it now',
    }),
    reschedule: ChangeOptionSchema,
    cancel: ChangeOptionSchema,
  },
  { description: 'Moving to another free time or cancelling from the link; candidates only' },
);

/** The company's logo and accent, as its recipient pages draw them (admins set them: /branding). */
export const BrandLookSchema = Type.Object({
  logoUrl: Nullable(Type.String({ description: 'The company logo; null: the name is shown' })),
  accentColor: Nullable(
    Type.String({ description: '#rrggbb of buttons and links; null: Convene’s own' }),
  ),
});

/** What a participant sees through their link: the page and the JSON twin share it. */
export const InvitationSchema = Type.Object({
  companyName: Type.String(),
  brand: BrandLookSchema,
  locale: Type.String({
    description:
      "The language the view's text is written in (BCP 47): the participant's own locale, else the first language of the request's Accept-Language that Convene has, else the company default",
    examples: ['fr'],
  }),
  title: Type.String({ description: "The interview's title, e.g. Technical interview" }),
  jobTitle: Nullable(Type.String()),
  recipient: Type.Object({ name: Type.String(), role: ParticipantRoleSchema }),
  when: Type.Object({
    startsAt: Type.String({ description: 'ISO 8601, UTC' }),
    endsAt: Type.String({ description: 'ISO 8601, UTC' }),
    text: Type.String({
      description:
        "Formatted in the recipient's zone, e.g. Tuesday, 3 March 2026, 10:00 – 11:30 (Europe/Berlin)",
    }),
    timeZone: Type.String({ description: 'The IANA zone `text` is written in' }),
  }),
  location: Nullable(Type.String()),
  meetingUrl: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  people: Type.Array(Type.Object({ name: Type.String(), role: ParticipantRoleSchema }), {
    description: 'Who takes part: the candidate and the interviewers, names only',
  }),
  organizer: Type.Object({ name: Type.String(), email: Type.String() }),
  attendance: AttendanceSchema,
  respondedAt: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  interviewStatus: StatusSchema,
  canRespond: Type.Boolean({
    description: 'False once the interview is cancelled or over: there is nothing to answer then',
  }),
  changes: Nullable(CandidateChangesSchema, {
    description: 'The candidate’s own reschedule and cancel; null for interviewers',
  }),
});

/** The times the candidate may move their interview to, free for every interviewer now. */
export const InvitationSlotsSchema = Type.Object({
  startsAt: Type.String({ description: 'The interview’s current start, ISO 8601, UTC' }),
  durationMinutes: Type.Integer(),
  slots: SlotListSchema.properties.slots,
});

/** A participant's answer through their link: whether it changed anything, and the view after. */
export const InvitationAnswerSchema = Type.Object({
  changed: Type.Boolean(),
  invitation: InvitationSchema,
});
