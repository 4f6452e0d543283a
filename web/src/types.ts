/**
 * The API's JSON shapes, as types inferred from the server's TypeBox schemas (src/shapes;
 * ADR 011): `export type` only, so no server code reaches the bundle. Beside them, the words
 * and colours the app shows for their values.
 */
import type { InterviewStatus, Role } from '../../src/shapes/types.js';

export type {
  ApiErrorBody,
  ApiKey,
  Attendance,
  Audience,
  CalendarSummary,
  Candidate,
  Delivery,
  DevMessage,
  DevMessageSummary,
  FieldIssue,
  Interview,
  InterviewEvent,
  InterviewStatus,
  InviteChoice,
  InvitePreview,
  NewApiKey,
  Page,
  Participant,
  RenderedTemplate,
  Role,
  Session,
  SetupState,
  SignedIn,
  Template,
  Token,
  User,
  Webhook,
  WebhookDelivery,
  WebhookEvent,
  WebhookWithSecret,
  WorkingHours,
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

export const STATUS_LABELS: Record<InterviewStatus, string> = {
  draft: 'Created',
  awaiting_confirmation: 'Invites Sent',
  scheduled: 'Interview Scheduled',
  needs_attention: 'Needs attention',
  cancelled: 'Cancelled',
  completed: 'Completed',
};

export const STATUS_COLORS: Record<InterviewStatus, string> = {
  draft: 'gray',
  awaiting_confirmation: 'blue',
  scheduled: 'green',
  needs_attention: 'orange',
  cancelled: 'red',
  completed: 'dark',
};
