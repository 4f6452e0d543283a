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
import type { admin } from './i18n/en/admin.js';
import type { interviews } from './i18n/en/interviews.js';
import type { people } from './i18n/en/people.js';
import type { Translate } from './i18n/translate.js';

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

/** Each role's word in the people catalog. */
export const ROLE_KEYS: Record<Role, MessageKey<typeof people>> = {
  admin: 'role.admin',
  coordinator: 'role.coordinator',
  interviewer: 'role.interviewer',
};

/** The roles, for pickers, in the words of `t` (`useText(people)`). */
export function roleOptions(t: Translate<typeof people>): { value: Role; label: string }[] {
  return (Object.keys(ROLE_KEYS) as Role[]).map((value) => ({ value, label: t(ROLE_KEYS[value]) }));
}

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
export const ANSWER_LOOKS: Record<AnswerKind, { key: MessageKey<typeof admin>; color: string }> = {
  confirmed: { key: 'answer.confirmed', color: 'green' },
  declined: { key: 'answer.declined', color: 'red' },
  tentative: { key: 'answer.tentative', color: 'yellow' },
};

/** Where a scheduling request stands: sent, opened, booked, expired or cancelled. */
export type SchedulingStatus = SchedulingRequest['status'];

/** A scheduling request's status colour on the Scheduling requests screen (its words: SCHEDULING_STATUS_KEYS). */
export const SCHEDULING_STATUS_COLORS: Record<SchedulingStatus, string> = {
  sent: 'blue',
  opened: 'cyan',
  booked: 'green',
  expired: 'gray',
  cancelled: 'red',
};
