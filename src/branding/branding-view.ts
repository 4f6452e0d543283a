import type { Branding as Stored } from '../domain/branding.js';
import type { Branding } from '../shapes/types.js';
import { logoUrl } from './branding-store.js';

/** The stored branding as the API shows it; links are absolute, on PUBLIC_URL. */
export function toBranding(
  branding: Stored,
  settings: { companyName: string; publicUrl: string },
): Branding {
  const { logo } = branding;
  return {
    companyName: branding.companyName,
    defaultCompanyName: settings.companyName,
    accentColor: branding.accentColor,
    logo: logo && {
      url: logoUrl(logo, settings.publicUrl),
      contentType: logo.contentType,
      size: logo.size,
    },
  };
}
