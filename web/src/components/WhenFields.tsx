import { Group, NumberInput, Text } from '@mantine/core';
import { DatePickerInput, TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { formatWhen } from '../format.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { type Translate, useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import { isOfferedZone } from '../time-zones.js';
import { todayIn, zonedToUtc } from '../zoned-time.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';

/** Date, start time, duration and zone of an interview, as a form edits them. */
export interface WhenValue {
  date: string | null;
  time: string;
  durationMinutes: number | string;
  timeZone: string;
}

export type WhenErrors = Partial<Record<keyof WhenValue, string>>;

/** The start as an ISO UTC instant, or null while the date or time is incomplete. */
export function whenToIso(value: WhenValue): string | null {
  if (!value.date || !/^\d{2}:\d{2}/.test(value.time)) return null;
  try {
    return zonedToUtc(value.date, value.time.slice(0, 5), value.timeZone).toISOString();
  } catch {
    return null;
  }
}

/**
 * Checks what the server would refuse anyway, so the mistake shows before a round trip; in `t`'s
 * language (English unless given).
 */
export function checkWhen(value: WhenValue, t: Translate<typeof interviewForm>): WhenErrors {
  const errors: WhenErrors = {};
  if (!value.date) errors.date = t('when.pickDate');
  if (!/^\d{2}:\d{2}/.test(value.time)) errors.time = t('when.startTimeMissing');
  const minutes = Number(value.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) {
    errors.durationMinutes = t('when.durationWrong');
  }
  if (!isOfferedZone(value.timeZone)) errors.timeZone = t('when.zoneMissing');
  return errors;
}

/** A form holding an interview's date, time, duration and zone, with other fields beside. */
export type WhenForm = UseFormReturnType<WhenValue>;

/** Date + time + duration + zone; shows the start in the coordinator's own zone when it differs. */
export function WhenFields({ form }: { form: WhenForm }) {
  const t = useText(interviewForm);
  const { user } = useSession();
  const value = form.values;
  const iso = whenToIso(value);
  return (
    <>
      <Group grow align="flex-start">
        <DatePickerInput
          label={t('when.date')}
          placeholder={t('when.pickDate')}
          required
          minDate={todayIn(value.timeZone)}
          valueFormat="ddd D MMM YYYY"
          {...form.getInputProps('date')}
        />
        <TimeInput label={t('when.startTime')} required {...form.getInputProps('time')} />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label={t('when.duration')}
          required
          min={5}
          max={1440}
          step={15}
          allowDecimal={false}
          {...form.getInputProps('durationMinutes')}
        />
        <TimeZoneSelect
          label={t('when.zone')}
          required
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
      </Group>
      {iso && value.timeZone !== user.timeZone && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('when.yourZone', { when: formatWhen(iso, user.timeZone), zone: user.timeZone })}
        </Text>
      )}
    </>
  );
}
