/** The events an ATS can subscribe to (DESIGN §6), plus the test event any subscription gets. */
export const WEBHOOK_EVENTS = [
  'interview.invites_sent',
  'participant.confirmed',
  'participant.declined',
  'participant.proposed_times',
  'interview.scheduled',
  'interview.needs_attention',
  'interview.rescheduled',
  'interview.panel_changed',
  'interview.cancelled',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** Where one delivery of an event to a subscription stands. */
export const WEBHOOK_DELIVERY_STATES = ['queued', 'sending', 'delivered', 'failed'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

/**
 * The webhook event an audit-trail event stands for, if any: the timeline and the webhooks
 * tell the same story because both come from the same recorded events.
 */
export function webhookEventFor(type: string, data: Record<string, unknown>): WebhookEvent | null {
  switch (type) {
    case 'invites.sent':
    case 'invites.resent':
      return 'interview.invites_sent';
    case 'participant.confirmed':
      return 'participant.confirmed';
    case 'participant.declined':
      return 'participant.declined';
    case 'participant.proposed_times':
      return 'participant.proposed_times';
    case 'interview.rescheduled':
      return 'interview.rescheduled';
    case 'interview.panel_changed':
      return 'interview.panel_changed';
    case 'interview.cancelled':
      return 'interview.cancelled';
    case 'status.changed':
      if (data.to === 'scheduled') return 'interview.scheduled';
      if (data.to === 'needs_attention') return 'interview.needs_attention';
      return null;
    default:
      return null;
  }
}
