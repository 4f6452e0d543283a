import type { CalendarKind } from '../domain/calendar-kinds.js';
import type { Attendance, InterviewStatus, ParticipantRole } from '../domain/interview-status.js';
import type {
  CalendarMethod,
  MessageKind,
  MessageState,
  TransportName,
} from '../domain/messages.js';
import type { Role } from '../domain/permissions.js';
import type { ProposalSource, ProposalState } from '../domain/proposals.js';
import type { WebhookDeliveryState } from '../domain/webhook-events.js';

// Timestamps are ISO 8601 UTC text ("2026-03-03T09:00:00.000Z") on both engines: one format,
// sortable as text, identical results from SQLite and PostgreSQL (docs/decisions/003).
// Booleans are 0/1 integers for the same reason.

export interface UsersTable {
  id: string;
  name: string;
  email: string;
  time_zone: string;
  /** BCP 47 language for their emails and pages; null: the browser's, else DEFAULT_LOCALE (migration 0018). */
  locale: string | null;
  role: Role;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
  /** Set while the user is deactivated: no sign-in, no session, no API key. */
  deactivated_at: string | null;
  /** JSON of domain/working-hours.ts's WorkingHours; null: the default hours. */
  working_hours: string | null;
}

export interface CandidatesTable {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  time_zone: string | null;
  /** BCP 47 language for their emails and pages; null: the browser's, else DEFAULT_LOCALE (migration 0018). */
  locale: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  /** The browser and address that signed in, shown in the list of sessions. */
  user_agent: string | null;
  client_address: string | null;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Null: the key works until revoked. */
  expires_at: string | null;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  first_failed_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface TemplatesTable {
  id: string;
  name: string;
  name_key: string;
  audience: ParticipantRole;
  subject: string;
  body: string;
  invitable: number;
  /** Carries `{{ scheduling.link }}`: offered for scheduling requests (DESIGN §9). */
  schedulable: number;
  /**
   * The wording in other languages, JSON `{ "fr": { "subject", "body" }, … }` (shipped locales
   * only, each prepared like the template; migration 0018). `{}`: one language.
   */
  variants: string;
  archived: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
}

export interface InterviewsTable {
  id: string;
  title: string;
  candidate_id: string;
  job_title: string | null;
  starts_at: string;
  ends_at: string;
  duration_minutes: number;
  time_zone: string;
  location: string | null;
  meeting_url: string | null;
  notes: string | null;
  /** Stored without the clock: 'completed' is applied on read once ends_at has passed. */
  status: InterviewStatus;
  calendar_uid: string;
  sequence: number;
  version: number;
  organizer_id: string | null;
  invite_content: string | null;
  invites_sent_at: string | null;
  cancelled_at: string | null;
  /** JSON overrides of the reminder defaults (ReminderSettings keys); null: the defaults. */
  reminder_settings: string | null;
  created_at: string;
  updated_at: string;
  /** How often the candidate moved it from their Interview Link page (migration 0015). */
  candidate_reschedules: number;
}

export interface ParticipantsTable {
  id: string;
  interview_id: string;
  role: ParticipantRole;
  position: number;
  user_id: string | null;
  candidate_id: string | null;
  name: string;
  email: string;
  time_zone: string | null;
  /** BCP 47 language for their emails and pages; null: the browser's, else DEFAULT_LOCALE (migration 0018). */
  locale: string | null;
  attendance: Attendance;
  responded_at: string | null;
  decline_reason: string | null;
  last_opened_at: string | null;
  /**
   * The UID of this participant's own calendar event: unguessable, stable for life, so a reply
   * naming it proves which invite it answers. Equal to the interview's calendar_uid only for
   * participants invited before events were per participant (ADR 010).
   */
  calendar_uid: string;
}

export interface ParticipantTokensTable {
  token_hash: string;
  participant_id: string;
  created_at: string;
}

export interface MessagesTable {
  id: string;
  /** Null for a scheduling request's email, sent before any interview exists. */
  interview_id: string | null;
  participant_id: string | null;
  kind: MessageKind;
  to_name: string;
  to_email: string;
  subject: string;
  message_id: string;
  raw: string;
  calendar_method: CalendarMethod | null;
  sequence: number | null;
  state: MessageState;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  transport: TransportName | null;
  sent_at: string | null;
  created_at: string;
  /** The claim a worker holds while sending (db/claims.ts); null otherwise. */
  claim_id: string | null;
  /** The scheduling request a scheduling email belongs to (interview_id is null then). */
  scheduling_request_id: string | null;
}

export interface EventsTable {
  id: string;
  interview_id: string;
  type: string;
  actor_type: 'user' | 'participant' | 'system';
  actor_id: string | null;
  actor_name: string | null;
  /** JSON object with the event's particulars. */
  data: string;
  created_at: string;
}

export interface WebhooksTable {
  id: string;
  url: string;
  description: string | null;
  /** JSON array of subscribed event types. */
  event_types: string;
  secret_box: string;
  /** 1 or 0, the same on both engines. */
  active: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_type: string;
  payload: string;
  state: WebhookDeliveryState;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
  /** The claim a worker holds while delivering (db/claims.ts); null otherwise. */
  claim_id: string | null;
}

export interface RemindersSentTable {
  participant_id: string;
  rule: string;
  sequence: number;
  interview_id: string;
  message_id: string;
  sent_at: string;
}

export interface SchedulerLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A calendar Convene reads (never writes) to know when its owner is busy (DESIGN §9). */
export interface CalendarsTable {
  id: string;
  user_id: string;
  kind: CalendarKind;
  url: string;
  username: string | null;
  /** The CalDAV password, sealed by crypto/secret-box.ts; never answered by the API. */
  password_box: string | null;
  label: string | null;
  etag: string | null;
  last_modified: string | null;
  /** When the busy times were last worked out from the feed's body (the window they cover). */
  busy_read_at: string | null;
  /** The last time the calendar was read (an unchanged feed's 304 counts). */
  last_sync_at: string | null;
  /** What went wrong the last time, in a few words; null after a good read. */
  last_error: string | null;
  last_error_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One merged busy interval of a calendar, as last read, within the window read. */
export interface CalendarBusyTable {
  calendar_id: string;
  starts_at: string;
  ends_at: string;
}

export interface Database {
  users: UsersTable;
  candidates: CandidatesTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  login_failures: LoginFailuresTable;
  settings: SettingsTable;
  templates: TemplatesTable;
  interviews: InterviewsTable;
  participants: ParticipantsTable;
  participant_tokens: ParticipantTokensTable;
  messages: MessagesTable;
  events: EventsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  reminders_sent: RemindersSentTable;
  scheduler_leases: SchedulerLeasesTable;
  calendars: CalendarsTable;
  calendar_busy: CalendarBusyTable;
  scheduling_requests: SchedulingRequestsTable;
  proposals: ProposalsTable;
}

/** A candidate's self-scheduling request (DESIGN §9, migration 0014). */
export interface SchedulingRequestsTable {
  id: string;
  candidate_id: string;
  /** JSON array of user ids, in order. */
  interviewer_ids: string;
  title: string;
  duration_minutes: number;
  window_from: string;
  window_to: string;
  time_zone: string;
  location: string | null;
  meeting_url: string | null;
  request_template_id: string | null;
  candidate_template_id: string | null;
  interviewer_template_id: string | null;
  /** JSON of the InviteContents chosen when the request was sent; what the booking sends. */
  invite_content: string;
  /** Stored: sent, opened, booked, cancelled; `expired` is derived on read. */
  status: 'sent' | 'opened' | 'booked' | 'cancelled';
  token_hash: string;
  opened_at: string | null;
  booked_at: string | null;
  interview_id: string | null;
  expires_at: string;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** When the one reminder went out (migration 0016); null: not (yet) reminded. */
  reminded_at: string | null;
  /** The hash of the reminder's own link token; the first link keeps working beside it. */
  reminder_token_hash: string | null;
  /** Free time kept around each interviewer's busy times (migration 0016; default 0). */
  buffer_minutes: number;
  /** No slot sooner than this after now (default 60). */
  min_notice_minutes: number;
  /** Slots start on multiples of this, in UTC (default 30). */
  step_minutes: number;
}

/** A time a participant proposed instead of their invite's (migration 0017). */
export interface ProposalsTable {
  id: string;
  interview_id: string;
  participant_id: string;
  starts_at: string;
  ends_at: string;
  via: ProposalSource;
  /** What they wrote with it (a calendar's COMMENT), one line; null: nothing. */
  comment: string | null;
  state: ProposalState;
  created_at: string;
  decided_at: string | null;
  /** The coordinator who accepted or declined it. */
  decided_by: string | null;
}
