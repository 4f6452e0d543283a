import { Type } from 'typebox';
import { WEBHOOK_DELIVERY_STATES } from '../domain/webhook-events.js';
import { Nullable, OneOf } from './common.js';

/** A subscription as the API shows it; the secret only once, when created or rotated. */
export const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const WebhookWithSecretSchema = Type.Intersect([
  WebhookSchema,
  Type.Object({
    secret: Type.String({ description: 'whsec_…: verify signatures with it; shown only now' }),
  }),
]);

/** One entry of a subscription's delivery log. */
export const WebhookDeliverySchema = Type.Object({
  id: Type.String({ description: 'The webhook-id header: the same on every attempt' }),
  event: Type.String(),
  state: OneOf(WEBHOOK_DELIVERY_STATES),
  attempts: Type.Integer(),
  lastStatus: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Type.String()),
  deliveredAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
