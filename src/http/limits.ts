// Request size limits (README, "Limits"), one place for every route. A body over its limit is
// refused with 413 before it is read, so it costs no parsing.

/** Any request body: the longest field outside templates is an interview's notes (5,000). */
export const BODY_LIMIT = 64 * 1024;

/**
 * Routes that carry template bodies (up to 100,000 characters, two in a Send Invites edit):
 * templates, their preview, Send Invites, its preview, resend and bulk send.
 */
export const TEMPLATE_BODY_LIMIT = 1024 * 1024;

/**
 * Routes reachable without signing in (sign-in, setup, the invitation twins and the recipient's
 * page) read a few short fields: their bodies may be at most 16 KiB.
 */
export const PUBLIC_BODY_LIMIT = 16 * 1024;

/**
 * The branding, whose logo comes as base64: room for a logo well over its 16 KB limit, so a too
 * large one gets the error that says how large it may be rather than a bare 413.
 */
export const BRANDING_BODY_LIMIT = 256 * 1024;
