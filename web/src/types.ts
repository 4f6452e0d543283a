/** API shapes (DESIGN §8), as the web app uses them. */

export type Role = 'admin' | 'coordinator' | 'interviewer';
export type InterviewStatus =
  | 'draft'
  | 'awaiting_confirmation'
  | 'scheduled'
  | 'needs_attention'
  | 'cancelled'
  | 'completed';
export type Attendance = 'pending' | 'confirmed' | 'declined';
export type Audience = 'candidate' | 'interviewer';

export interface User {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  role: Role;
  canSignIn: boolean;
  /** False once an admin has deactivated the user. */
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  coordinator: 'Coordinator',
  interviewer: 'Interviewer',
};

/** A signed-in session (GET /sessions). */
export interface Session {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  userAgent: string | null;
  clientAddress: string | null;
  current: boolean;
}

/** An API key as listed (GET /api-keys); the secret is only in the answer that made it. */
export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  owner: { id: string; name: string; email: string };
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface Candidate {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  timeZone: string | null;
  phone: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Delivery {
  messageId: string;
  kind: string;
  state: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  queuedAt: string;
}

export interface Participant {
  id: string;
  role: Audience;
  name: string;
  email: string;
  timeZone: string | null;
  attendance: Attendance;
  respondedAt: string | null;
  declineReason: string | null;
  lastOpenedAt: string | null;
  delivery: Delivery | null;
}

export interface Interview {
  id: string;
  title: string;
  candidateId: string;
  interviewerIds: string[];
  jobTitle: string | null;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  meetingUrl: string | null;
  notes: string | null;
  status: InterviewStatus;
  version: number;
  sequence: number;
  invitesSentAt: string | null;
  cancelledAt: string | null;
  participants: Participant[];
}

export interface Template {
  id: string;
  name: string;
  audience: Audience;
  subject: string;
  body: string;
  invitable: boolean;
  archived: boolean;
  updatedAt: string;
  lastUsedAt: string | null;
}

export interface Token {
  name: string;
  label: string;
  description: string;
  example: string;
}

export interface InterviewEvent {
  id: string;
  type: string;
  actor: { type: string; id: string | null; name: string | null };
  data: Record<string, unknown>;
  at: string;
}

export interface RenderedPreview {
  participantId: string;
  role: Audience;
  name: string;
  email: string;
  timeZone: string;
  subject: string;
  html: string;
  text: string;
}

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

/** POST /templates/preview: a template rendered with sample interview data. */
export interface RenderedTemplate {
  subject: string;
  html: string;
  text: string;
  invitable: boolean;
}

/** One audience's choice in Send Invites: a template, optionally edited for this interview. */
export interface InviteChoice {
  templateId: string;
  subject?: string;
  body?: string;
}

/** A development-mailbox message in the list. */
export interface DevMessageSummary {
  id: string;
  interviewId: string;
  kind: string;
  to: string;
  toName: string;
  subject: string;
  calendarMethod: string | null;
  sequence: number | null;
  sentAt: string | null;
}

/** The calendar invite inside a development-mailbox message, summarized. */
export interface CalendarSummary {
  method: string;
  uid: string;
  sequence: number;
  summary: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  organizer: string;
  attendees: string[];
  status: string | null;
}

/** One development-mailbox message: its HTML and text as sent, and its calendar invite. */
export interface DevMessage {
  id: string;
  messageId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  calendar: CalendarSummary | null;
}

export interface Webhook {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  state: 'queued' | 'sending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
