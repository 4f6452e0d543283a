import { createHmac } from 'node:crypto';

/**
 * The Standard Webhooks signature of one attempt: `v1,` and the base64 HMAC-SHA256, keyed with
 * the secret's bytes (the base64 after `whsec_`), of `${id}.${timestamp}.${body}`.
 */
export function signWebhook(options: {
  id: string;
  timestamp: number;
  body: string;
  secret: string;
}): string {
  const key = Buffer.from(options.secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key)
    .update(`${options.id}.${options.timestamp}.${options.body}`)
    .digest('base64');
  return `v1,${mac}`;
}
