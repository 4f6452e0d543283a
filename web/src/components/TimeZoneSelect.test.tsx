import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fill, renderWithApp } from '../../test/render.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';

function Picker({ initial = null }: { initial?: string | null }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <TimeZoneSelect label="Time zone" value={value} onChange={setValue} />
      <output>{value ?? 'none'}</output>
    </>
  );
}

// The visible input: Select also labels a hidden one that carries the value to a form post,
// and its list of options.
function zoneField(): HTMLElement {
  const shown = screen
    .getAllByLabelText('Time zone')
    .find((e) => e.tagName === 'INPUT' && e.getAttribute('type') !== 'hidden');
  if (!shown) throw new Error('no time-zone field');
  return shown;
}

const names = (options: HTMLElement[]) => options.map((o) => o.textContent ?? '');

describe('the time-zone picker', () => {
  it('finds India’s zone by city, by its old name and by country, under its current name', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<Picker />);
    const input = zoneField();
    await fill(user, input, 'Kolkata');
    expect(names(await screen.findAllByRole('option'))).toEqual([
      'Asia/Kolkata (UTC+05:30, India, India Time)',
    ]);
    await user.clear(input);
    await fill(user, input, 'calcutta');
    expect(names(await screen.findAllByRole('option'))).toEqual([
      'Asia/Kolkata (UTC+05:30, India, India Time)',
    ]);
    await user.clear(input);
    await fill(user, input, 'Mumbai');
    await user.click(await screen.findByRole('option', { name: /^Asia\/Kolkata/ }));
    expect(screen.getByRole('status').textContent).toBe('Asia/Kolkata');
  });

  it('finds a city typed without its accents, and zones by their offset', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<Picker />);
    const input = zoneField();
    await fill(user, input, 'Sao Paulo');
    expect(names(await screen.findAllByRole('option'))).toEqual([
      expect.stringMatching(/^America\/Sao_Paulo \(UTC−03:00, Brazil/),
    ]);
    await user.clear(input);
    await fill(user, input, '+05:45');
    expect(names(await screen.findAllByRole('option'))).toEqual([
      expect.stringMatching(/^Asia\/Kathmandu \(UTC\+05:45, Nepal/),
    ]);
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<Picker />);
    await fill(user, zoneField(), 'Atlantis');
    expect(await screen.findByText('No zone matches: try a city or a country')).toBeTruthy();
  });
});
