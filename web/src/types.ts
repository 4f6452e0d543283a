/**
 * The API's JSON shapes, as types inferred from the server's TypeBox schemas (src/shapes;
 * ADR 011): `export type` only, so no server code reaches the bundle. Beside them, the words
 * and colours the app shows for their values.
 */
import type {
  AnswerKind,
  InterviewStatus,
  Role,
  SchedulingRequest,
} from '../../src/shapes/types.js';
import type { MessageKey } from './i18n/catalog.js';
import type { interviews } from './i18n/en/interviews.js';

export type {
  Answer,
  AnswerKind,
  ApiErrorBody,
  ApiKey,
  Attendance,
  Audience,
  Availability,
  Branding,
  BulkSendResult,
  Calendar,
  CalendarSummary,
  Candidate,
  ConflictList,
  DateOff,
  Delivery,
  DevMessage,
  DevMessageSummary,
  FieldIssue,
  Interview,
  InterviewEvent,
  InterviewStatus,
  InviteChoice,
  InvitePreview,
  Locale,
  NewApiKey,
  Page,
  Participant,
  Proposal,
  RenderedTemplate,
  Role,
  SchedulingRequest,
  SchedulingRequestInput,
  Session,
  SetupState,
  SignedIn,
  SlotList,
  Template,
  TemplateVariant,
  Token,
  User,
  Webhook,
  WebhookDelivery,
  WebhookEvent,
  WebhookWithSecret,
  WorkingHours,
  WorkingHoursInput,
  WorkingRange,
} from '../../src/shapes/types.js';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  coordinator: 'Coordinator',
  interviewer: 'Interviewer',
};

/** The roles, for pickers. */
export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

/** Each status's words in the interviews catalog ("Created", "Invites Sent", …). */
export const STATUS_KEYS: Record<InterviewStatus, MessageKey<typeof interviews>> = {
  draft: 'status.draft',
  awaiting_confirmation: 'status.awaiting_confirmation',
  scheduled: 'status.scheduled',
  needs_attention: 'status.needs_attention',
  cancelled: 'status.cancelled',
  completed: 'status.completed',
};

export const STATUS_COLORS: Record<InterviewStatus, string> = {
  draft: 'gray',
  awaiting_confirmation: 'blue',
  scheduled: 'green',
  needs_attention: 'orange',
  cancelled: 'red',
  completed: 'dark',
};

/** A participant's answer as the inbox shows it; a calendar's tentative reply reads "Maybe". */
export const ANSWER_LABELS: Record<AnswerKind, { label: string; color: string }> = {
  confirmed: { label: 'Confirmed', color: 'green' },
  declined: { label: 'Declined', color: 'red' },
  tentative: { label: 'Maybe', color: 'yellow' },
};

/** Where a scheduling request stands: sent, opened, booked, expired or cancelled. */
export type SchedulingStatus = SchedulingRequest['status'];

/** A scheduling request's status as the Scheduling requests screen shows it. */
export const SCHEDULING_STATUS_LABELS: Record<SchedulingStatus, { label: string; color: string }> =
  {
    sent: { label: 'Sent', color: 'blue' },
    opened: { label: 'Opened', color: 'cyan' },
    booked: { label: 'Booked', color: 'green' },
    expired: { label: 'Expired', color: 'gray' },
    cancelled: { label: 'Cancelled', color: 'red' },
  };
