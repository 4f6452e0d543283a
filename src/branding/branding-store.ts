import type { Queryable } from '../db/database.js';
import type { Branding, Logo } from '../domain/branding.js';
import type { MailSettings } from '../mail/mail-settings.js';

// Kept in the settings table: the small fields as one JSON row, the logo (base64, at most
// LOGO_MAX_BYTES) in its own, so reading the name for an email does not drag the image along.
const FIELDS_KEY = 'branding';
const LOGO_KEY = 'branding.logo';

/** The branding as stored, logo included. */
export async function readBranding(db: Queryable): Promise<Branding> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', [FIELDS_KEY, LOGO_KEY])
    .execute();
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const fields = value(FIELDS_KEY);
  const logo = value(LOGO_KEY);
  const parsed = fields ? (JSON.parse(fields) as Partial<Branding>) : {};
  return {
    companyName: parsed.companyName ?? null,
    accentColor: parsed.accentColor ?? null,
    logo: logo ? (JSON.parse(logo) as Logo) : null,
  };
}

/** Writes the branding whole, in the caller's transaction. */
export async function writeBranding(db: Queryable, branding: Branding): Promise<void> {
  const { companyName, accentColor, logo } = branding;
  await upsert(db, FIELDS_KEY, JSON.stringify({ companyName, accentColor }));
  if (logo) await upsert(db, LOGO_KEY, JSON.stringify(logo));
  else await db.deleteFrom('settings').where('key', '=', LOGO_KEY).execute();
}

async function upsert(db: Queryable, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

// Every page and email reads the branding: kept for a few seconds per database, so a burst of
// sends reads it once. A change made here clears it at once; another process (the worker) sees
// it within CACHE_MS.
const CACHE_MS = 5_000;
const cache = new WeakMap<object, { at: number; branding: Branding }>();

async function cachedBranding(db: Queryable): Promise<Branding> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.branding;
  const branding = await readBranding(db);
  // A transaction's view may hold its own uncommitted change: kept only for the database itself.
  if (!db.isTransaction) cache.set(db, { at: Date.now(), branding });
  return branding;
}

/** Drops this process's copy once a change has committed, so the next page shows it. */
export function forgetBranding(db: Queryable): void {
  cache.delete(db);
}

/**
 * The logo's public URL on PUBLIC_URL, versioned by its hash: any version answers the current
 * logo, the version names it only for caches.
 */
export function logoUrl(logo: Pick<Logo, 'hash'>, publicUrl: string): string {
  return new URL(`/branding/logo?v=${logo.hash}`, publicUrl).href;
}

/**
 * The mail settings with the admin's branding applied: their company name instead of
 * COMPANY_NAME, and the logo and accent to draw. What every page and email is rendered with.
 */
export async function brandedSettings(
  db: Queryable,
  settings: MailSettings,
): Promise<MailSettings> {
  const branding = await cachedBranding(db);
  return {
    ...settings,
    companyName: branding.companyName ?? settings.companyName,
    brand: {
      accentColor: branding.accentColor,
      logoUrl: branding.logo ? logoUrl(branding.logo, settings.publicUrl) : null,
    },
  };
}

/** The logo and accent as pages draw them; none for settings not branded. */
export function brandLook(settings: MailSettings): NonNullable<MailSettings['brand']> {
  return settings.brand ?? { logoUrl: null, accentColor: null };
}

/** The stored logo, for its public route; null when there is none. */
export async function currentLogo(db: Queryable): Promise<Logo | null> {
  return (await cachedBranding(db)).logo;
}
