import { describe, expect, it } from 'vitest';
import { currentZoneName, formatOffset, zoneMatches, zoneOptions } from './time-zones.js';

describe('the zones the pickers offer', () => {
  const options = zoneOptions(new Date('2026-07-01T12:00:00Z'));

  it('are current IANA names, each once, ordered by their offset at the given moment', () => {
    const values = options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('Asia/Kolkata');
    expect(values).toContain('Europe/Kyiv');
    expect(values).not.toContain('Asia/Calcutta');
    expect(values).not.toContain('Europe/Kiev');
    const offsets = options.map((o) => o.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // Summer in Berlin: two hours east of UTC.
    expect(options.find((o) => o.value === 'Europe/Berlin')?.label).toMatch(
      /^Europe\/Berlin \(UTC\+02:00, Germany/,
    );
  });

  it('match every word of a search, whatever its case and accents', () => {
    const zone = (name: string) => options.find((o) => o.value === name) as (typeof options)[0];
    expect(zoneMatches(zone('Asia/Kolkata'), 'kolkata')).toBe(true);
    expect(zoneMatches(zone('Asia/Kolkata'), 'India Delhi')).toBe(true);
    expect(zoneMatches(zone('Asia/Kolkata'), 'India Tokyo')).toBe(false);
    expect(zoneMatches(zone('Europe/Zurich'), 'zürich')).toBe(true);
    expect(zoneMatches(zone('America/Sao_Paulo'), 'São Paulo')).toBe(true);
    expect(zoneMatches(zone('Asia/Kolkata'), 'utc+5:30')).toBe(true);
    expect(zoneMatches(zone('UTC'), 'GMT')).toBe(true);
  });

  it('name the browser’s zone as the server stores it', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentZoneName('America/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(currentZoneName('Etc/UTC')).toBe('UTC');
    expect(currentZoneName('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('write offsets as people read them', () => {
    expect(formatOffset(330)).toBe('UTC+05:30');
    expect(formatOffset(-180)).toBe('UTC−03:00');
    expect(formatOffset(0)).toBe('UTC');
  });
});
