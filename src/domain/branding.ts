import { createHash } from 'node:crypto';
import { type FieldIssue, invalid } from './errors.js';
import { isSingleLine } from './text-rules.js';

/**
 * The company's look on every recipient page and email (issue 17): its name, logo and accent
 * colour, set by an admin. Absent values fall back to COMPANY_NAME and Convene's own blue.
 */
export interface Branding {
  /** Null: COMPANY_NAME from the configuration. */
  companyName: string | null;
  /** `#rrggbb`, lower case; null: Convene's own. */
  accentColor: string | null;
  logo: Logo | null;
}

/** An uploaded logo, as stored: the bytes' type sniffed from their first bytes, not declared. */
export interface Logo {
  contentType: LogoType;
  /** Base64 of the image. */
  data: string;
  /** First 16 hex digits of the image's SHA-256: the file's version in its URL and ETag. */
  hash: string;
  size: number;
}

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/**
 * A candidate opens their page once, on a phone: the page with its logo stays within 30 KB
 * transferred (issue 17), so the logo gets about half. A 2× PNG or WebP of a 40px-high logo is
 * well under this.
 */
export const LOGO_MAX_BYTES = 16 * 1024;
export const COMPANY_NAME_MAX = 100;

/**
 * The accent is the recipient pages' buttons (white text on it) and links (it on the page's
 * light grey and white): it must keep WCAG AA's 4.5:1 against all three.
 */
export const MIN_ACCENT_CONTRAST = 4.5;
const PAGE_BACKGROUNDS = ['#ffffff', '#f3f4f6'] as const;
const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/**
 * True for an accent as it is stored (`#rrggbb`, lower case): what pages and emails check before
 * writing one into a style, where it cannot be escaped.
 */
export function isAccentColor(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/.test(value);
}

/** `#abc`, `abc`, `#AABBCC` → `#aabbcc`; null when it is not a hex colour. */
export function normalizeHexColor(value: string): string | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  const digits = (match[1] as string).toLowerCase();
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return `#${full}`;
}

// WCAG 2.2 relative luminance of an sRGB colour.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light as number) + 0.05) / ((dark as number) + 0.05);
}

/** The lowest contrast the accent has against what it is drawn on. */
export function accentContrast(accent: string): number {
  return Math.min(...PAGE_BACKGROUNDS.map((background) => contrastRatio(accent, background)));
}

/** What a logo's first bytes say it is; null for anything else (SVG included: it can script). */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  // RIFF....WEBP
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

/** Changes to the branding; absent fields stay, null clears. */
export interface BrandingChanges {
  companyName?: string | null | undefined;
  accentColor?: string | null | undefined;
  /** Base64 of a PNG, JPEG, WebP or GIF image. */
  logo?: string | null | undefined;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The branding after `changes`, each field checked; a 400 names every field refused, and then
 * nothing is changed.
 */
export function applyBrandingChanges(current: Branding, changes: BrandingChanges): Branding {
  const issues: FieldIssue[] = [];
  const next: Branding = { ...current };
  if (changes.companyName !== undefined) {
    const name = changes.companyName?.trim() || null;
    if (name !== null && !isSingleLine(name)) {
      issues.push({ field: 'companyName', message: 'must be one line of text' });
    } else if (name !== null && name.length > COMPANY_NAME_MAX) {
      issues.push({
        field: 'companyName',
        message: `must be at most ${COMPANY_NAME_MAX} characters`,
      });
    }
    next.companyName = name;
  }
  if (changes.accentColor !== undefined) {
    const raw = changes.accentColor?.trim() || null;
    const color = raw === null ? null : normalizeHexColor(raw);
    if (raw !== null && color === null) {
      issues.push({ field: 'accentColor', message: 'must be a hex colour such as #1d4ed8' });
    } else if (color !== null && accentContrast(color) < MIN_ACCENT_CONTRAST) {
      const ratio = Math.floor(accentContrast(color) * 10) / 10;
      issues.push({
        field: 'accentColor',
        message: `${color} has a contrast of ${ratio}:1 on the page's light background; buttons and links need at least ${MIN_ACCENT_CONTRAST}:1, so pick a darker shade`,
      });
    }
    next.accentColor = color;
  }
  if (changes.logo !== undefined) {
    // Empty or null: no logo.
    const data = changes.logo?.replace(/\s+/g, '') || null;
    const logo = data === null ? null : logoIssue(data, issues);
    if (data === null || logo) next.logo = logo;
  }
  if (issues.length > 0) invalid(issues);
  return next;
}

function logoIssue(compact: string, issues: FieldIssue[]): Logo | null {
  if (!BASE64.test(compact)) {
    issues.push({ field: 'logo', message: 'must be the image in base64' });
    return null;
  }
  const bytes = Buffer.from(compact, 'base64');
  const contentType = sniffLogoType(bytes);
  if (!contentType) {
    issues.push({ field: 'logo', message: 'must be a PNG, JPEG, WebP or GIF image' });
    return null;
  }
  if (bytes.length > LOGO_MAX_BYTES) {
    issues.push({
      field: 'logo',
      message: `is ${Math.ceil(bytes.length / 1024)} KB; at most ${LOGO_MAX_BYTES / 1024} KB, so the candidate's page stays light on a phone (a PNG or WebP about 80px high is plenty)`,
    });
    return null;
  }
  return {
    contentType,
    data: bytes.toString('base64'),
    hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    size: bytes.length,
  };
}
