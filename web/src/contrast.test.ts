import { describe, expect, it } from 'vitest';
import { accentContrast, fullHex } from './contrast.js';

describe('the accent colour’s contrast, as the Branding screen advises it', () => {
  it('measures WCAG contrast against the page’s white and light grey, the lower of the two', () => {
    expect(accentContrast('#000000')).toBeCloseTo(19.08, 2); // black on #f3f4f6
    expect(accentContrast('#1d4ed8')).toBeGreaterThan(4.5);
    expect(accentContrast('#0b5d3b')).toBeGreaterThan(4.5);
    // 4.54:1 on white, but 4.13:1 on the light grey the page is drawn on.
    expect(accentContrast('#767676')).toBeLessThan(4.5);
    expect(accentContrast('#ffd700')).toBeLessThan(1.5);
  });

  it('takes only a whole #rrggbb', () => {
    expect(fullHex(' #0B5D3B ')).toBe('#0b5d3b');
    expect(fullHex('#0b5')).toBeNull();
    expect(fullHex('0b5d3b')).toBeNull();
  });
});
