import { isAccentColor } from '../domain/branding.js';
import { escapeHtml } from '../domain/escape-html.js';
import type { MailSettings } from './mail-settings.js';

/**
 * The company's header above a participant's email: its logo (else its name) over a rule in its
 * accent colour, when an admin set either (/branding); without them the email is the template's
 * alone. Inline styles only, as mail readers drop stylesheets; the logo is a link to PUBLIC_URL,
 * which a reader that blocks remote images replaces by its alt text, the company name.
 */
export function withEmailHeader(html: string, settings: MailSettings): string {
  const brand = settings.brand;
  if (!brand || (!brand.logoUrl && !brand.accentColor)) return html;
  const name = escapeHtml(settings.companyName);
  const rule = isAccentColor(brand.accentColor) ? brand.accentColor : '#d5d9e0';
  const top = brand.logoUrl
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${name}" height="40" style="display:block;height:40px;width:auto;max-width:240px;border:0">`
    : `<strong style="font-size:18px">${name}</strong>`;
  return `<div style="margin:0 0 20px;padding:0 0 12px;border-bottom:3px solid ${rule}">${top}</div>\n${html}`;
}
