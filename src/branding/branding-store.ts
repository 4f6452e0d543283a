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

/** What a recipient page or an email shows of the branding. */
export interface BrandLook {
  accentColor: string | null;
  /** Path of the logo on this server, versioned by its hash; null: none, the name is shown. */
  logoPath: string | null;
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

/** The logo's path on this server: the same for any version, which names it only for caches. */
export function logoPath(logo: Pick<Logo, 'hash'>): string {
  return `/branding/logo?v=${logo.hash}`;
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
      logoPath: branding.logo ? logoPath(branding.logo) : null,
    },
  };
}

/** The logo's absolute URL and the accent, as pages and emails draw them. */
export function brandLook(settings: MailSettings): {
  logoUrl: string | null;
  accentColor: string | null;
} {
  const { brand } = settings;
  return {
    logoUrl: brand?.logoPath ? new URL(brand.logoPath, settings.publicUrl).href : null,
    accentColor: brand?.accentColor ?? null,
  };
}

/** The stored logo, for its public route; null when there is none. */
export async function currentLogo(db: Queryable): Promise<Logo | null> {
  return (await cachedBranding(db)).logo;
}
