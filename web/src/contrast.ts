/**
 * WCAG 2.2 contrast, for the Branding screen's live advice on an accent colour. The server
 * decides (src/domain/branding.ts refuses an accent below 4.5:1 on the recipient pages' white
 * and light grey); this only says so while the admin is still choosing.
 */
export const MIN_CONTRAST = 4.5;
const PAGE_BACKGROUNDS = ['#ffffff', '#f3f4f6'];

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast of a `#rrggbb` accent against the lightest and the greyest page background. */
export function accentContrast(hex: string): number {
  return Math.min(
    ...PAGE_BACKGROUNDS.map((background) => {
      const [light = 1, dark = 0] = [luminance(hex), luminance(background)].sort((a, b) => b - a);
      return (light + 0.05) / (dark + 0.05);
    }),
  );
}

/** `#rrggbb` in any case, else null (shorthand and partial input are not colours yet). */
export function fullHex(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  return /^#[0-9a-f]{6}$/.test(trimmed) ? trimmed : null;
}
