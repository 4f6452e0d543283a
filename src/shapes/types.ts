/**
 * The API's JSON shapes as TypeScript types, each inferred from its TypeBox schema (STYLE 11):
 * the use cases return these, the routes validate and serialize with the schemas, and the web
 * app imports them (`import type` only; ADR 011). Types alone: this module is empty at run
 * time, so nothing of the server can reach the web bundle through it.
 */
import type { Static } from 'typebox';
import type {
  ApiKeySchema,
  NewApiKeySchema,
  SessionSchema,
  SetupStateSchema,
  SignedInSchema,
} from './access.js';
import type { AnswerSchema } from './answers.js';
import type { AvailabilitySchema, ConflictListSchema, SlotListSchema } from './availability.js';
import type { BrandingSchema } from './branding.js';
import type { CalendarSchema } from './calendars.js';
import type { ErrorBody, FieldIssueSchema } from './common.js';
import type {
  CalendarSummarySchema,
  DevMessageSchema,
  DevMessageSummarySchema,
} from './dev-mailbox.js';
import type {
  DeliverySchema,
  InterviewEventSchema,
  InterviewSchema,
  MessageSchema,
  ParticipantSchema,
  RemindersSchema,
} from './interviews.js';
import type {
  BulkSendResultSchema,
  InvitationAnswerSchema,
  InvitationSchema,
  InvitationSlotsSchema,
  InviteChoiceSchema,
  InvitePreviewSchema,
} from './invites.js';
import type {
  CandidateSchema,
  DateOffSchema,
  UserSchema,
  WorkingHoursInputSchema,
  WorkingHoursSchema,
  WorkingRangeSchema,
} from './people.js';
import type { ProposalSchema } from './proposals.js';
import type { SchedulingRequestInputSchema, SchedulingRequestSchema } from './scheduling.js';
import type {
  RenderedTemplateSchema,
  TemplateSchema,
  TemplateVariantSchema,
  TokenSchema,
} from './templates.js';
import type { WebhookDeliverySchema, WebhookSchema, WebhookWithSecretSchema } from './webhooks.js';

export type { Page } from './common.js';

import type { ParticipantRole } from '../domain/interview-status.js';

export type { Answer as AnswerKind } from '../domain/answers.js';
export type { Locale } from '../domain/i18n/locales.js';
export type { Attendance, InterviewStatus, ParticipantRole } from '../domain/interview-status.js';
export type { Role } from '../domain/permissions.js';
export type { WebhookEvent } from '../domain/webhook-events.js';

export type ApiErrorBody = Static<typeof ErrorBody>;
export type FieldIssue = Static<typeof FieldIssueSchema>;

export type Branding = Static<typeof BrandingSchema>;
export type User = Static<typeof UserSchema>;
export type WorkingHours = Static<typeof WorkingHoursSchema>;
export type WorkingRange = Static<typeof WorkingRangeSchema>;
export type WorkingHoursInput = Static<typeof WorkingHoursInputSchema>;
export type DateOff = Static<typeof DateOffSchema>;
export type Candidate = Static<typeof CandidateSchema>;
export type SignedIn = Static<typeof SignedInSchema>;
export type SetupState = Static<typeof SetupStateSchema>;
export type Session = Static<typeof SessionSchema>;
export type ApiKey = Static<typeof ApiKeySchema>;
export type NewApiKey = Static<typeof NewApiKeySchema>;

export type Interview = Static<typeof InterviewSchema>;
export type Participant = Static<typeof ParticipantSchema>;
export type Delivery = Static<typeof DeliverySchema>;
export type Reminders = Static<typeof RemindersSchema>;
export type Message = Static<typeof MessageSchema>;
export type InterviewEvent = Static<typeof InterviewEventSchema>;
export type Proposal = Static<typeof ProposalSchema>;
export type Answer = Static<typeof AnswerSchema>;

export type InviteChoice = Static<typeof InviteChoiceSchema>;
export type InvitePreview = Static<typeof InvitePreviewSchema>;
export type BulkSendResult = Static<typeof BulkSendResultSchema>;
export type Invitation = Static<typeof InvitationSchema>;
export type InvitationAnswer = Static<typeof InvitationAnswerSchema>;
export type InvitationSlots = Static<typeof InvitationSlotsSchema>;

/** A template's audience: the role of the participants it is written for. */
export type Audience = ParticipantRole;
export type Template = Static<typeof TemplateSchema>;
export type TemplateVariant = Static<typeof TemplateVariantSchema>;
export type RenderedTemplate = Static<typeof RenderedTemplateSchema>;
export type Token = Static<typeof TokenSchema>;

export type Webhook = Static<typeof WebhookSchema>;
export type WebhookWithSecret = Static<typeof WebhookWithSecretSchema>;
export type WebhookDelivery = Static<typeof WebhookDeliverySchema>;

export type Calendar = Static<typeof CalendarSchema>;
export type Availability = Static<typeof AvailabilitySchema>;
export type SlotList = Static<typeof SlotListSchema>;
export type ConflictList = Static<typeof ConflictListSchema>;
export type SchedulingRequest = Static<typeof SchedulingRequestSchema>;
export type SchedulingRequestInput = Static<typeof SchedulingRequestInputSchema>;

export type DevMessageSummary = Static<typeof DevMessageSummarySchema>;
export type CalendarSummary = Static<typeof CalendarSummarySchema>;
export type DevMessage = Static<typeof DevMessageSchema>;
