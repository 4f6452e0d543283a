import { describe, expect, it } from 'vitest';
import {
  accentContrast,
  applyBrandingChanges,
  type Branding,
  contrastRatio,
  LOGO_MAX_BYTES,
  normalizeHexColor,
  sniffLogoType,
} from './branding.js';
import { AppError } from './errors.js';

// A real 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const NONE: Branding = { companyName: null, accentColor: null, logo: null };

function refusal(work: () => unknown): { field: string; message: string }[] {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_error') {
      return (error.details as { issues: { field: string; message: string }[] }).issues;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the accent colour', () => {
  it('reads the usual ways of writing a hex colour, and nothing else', () => {
    expect(normalizeHexColor('#1D4ED8')).toBe('#1d4ed8');
    expect(normalizeHexColor('1d4ed8')).toBe('#1d4ed8');
    expect(normalizeHexColor(' #abc ')).toBe('#aabbcc');
    expect(normalizeHexColor('blue')).toBeNull();
    expect(normalizeHexColor('#12345')).toBeNull();
    expect(normalizeHexColor('#1d4ed8;}body{display:none')).toBeNull();
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WCAG's own example pair: #767676 on white is the lightest grey at 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('takes a shade that keeps 4.5:1 on the page’s white and light grey, and refuses a lighter one saying why', () => {
    const dark = applyBrandingChanges(NONE, { accentColor: '#0B5D3B' });
    expect(dark.accentColor).toBe('#0b5d3b');
    // #767676 passes on white but not on the page's #f3f4f6.
    expect(accentContrast('#767676')).toBeLessThan(4.5);
    expect(refusal(() => applyBrandingChanges(NONE, { accentColor: '#3b82f6' }))).toEqual([
      {
        field: 'accentColor',
        message: expect.stringMatching(/^#3b82f6 has a contrast of 3\.\d:1 .* at least 4\.5:1/),
      },
    ]);
    expect(refusal(() => applyBrandingChanges(NONE, { accentColor: 'teal' }))).toEqual([
      { field: 'accentColor', message: 'must be a hex colour such as #1d4ed8' },
    ]);
    expect(applyBrandingChanges(dark, { accentColor: null }).accentColor).toBeNull();
  });
});

describe('the logo', () => {
  it('knows PNG, JPEG, GIF and WebP by their first bytes, and not SVG', () => {
    expect(sniffLogoType(Buffer.from(PNG, 'base64'))).toBe('image/png');
    expect(sniffLogoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoType(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(sniffLogoType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffLogoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('keeps a small image with its type, size and a hash that names its content', () => {
    const { logo } = applyBrandingChanges(NONE, { logo: PNG });
    expect(logo).toEqual({
      contentType: 'image/png',
      data: PNG,
      size: Buffer.from(PNG, 'base64').length,
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(applyBrandingChanges({ ...NONE, logo }, { logo: null }).logo).toBeNull();
  });

  it('refuses what is not base64, not an image it takes, or too large for a phone’s page', () => {
    expect(refusal(() => applyBrandingChanges(NONE, { logo: 'not base64!' }))).toEqual([
      { field: 'logo', message: 'must be the image in base64' },
    ]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
    expect(refusal(() => applyBrandingChanges(NONE, { logo: svg }))).toEqual([
      { field: 'logo', message: 'must be a PNG, JPEG, WebP or GIF image' },
    ]);
    const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(refusal(() => applyBrandingChanges(NONE, { logo: big.toString('base64') }))).toEqual([
      { field: 'logo', message: expect.stringMatching(/^is 17 KB; at most 16 KB/) },
    ]);
  });
});

describe('changing the branding', () => {
  it('names every field it refuses at once, and keeps what was left out', () => {
    const before: Branding = { companyName: 'Northwind', accentColor: '#0b5d3b', logo: null };
    expect(
      refusal(() =>
        applyBrandingChanges(before, { companyName: 'Two\nlines', accentColor: '#ffff00' }),
      ).map((issue) => issue.field),
    ).toEqual(['companyName', 'accentColor']);
    expect(applyBrandingChanges(before, { companyName: '  Contoso  ' })).toEqual({
      ...before,
      companyName: 'Contoso',
    });
    expect(applyBrandingChanges(before, { companyName: '' }).companyName).toBeNull();
    expect(
      refusal(() => applyBrandingChanges(before, { companyName: 'x'.repeat(101) }))[0]?.message,
    ).toBe('must be at most 100 characters');
  });
});
