import { ActionIcon, Button, Checkbox, Group, Input, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { type DayDraft, dayName, draftOf, type WeekDraft } from '../week-draft.js';

interface Props {
  value: WeekDraft;
  onChange(value: WeekDraft): void;
  /** The zone the hours are read in, said under the title. */
  zone: string;
  error?: ReactNode;
}

/**
 * A working week: per weekday a checkbox and its start and end times, with a second range for a
 * split day. Used for your own profile and by admins editing anyone.
 */
export function WorkingHoursEditor({ value, onChange, zone, error }: Props) {
  const t = useText(people);
  const setDay = (index: number, day: DayDraft) =>
    onChange(value.map((d, i) => (i === index ? day : d)));
  return (
    <Input.Wrapper
      label={t('hours.label')}
      description={t('hours.description', { zone })}
      error={error}
    >
      <Stack gap={6} mt={6} role="group" aria-label={t('hours.label')}>
        {value.map((day, index) => (
          <DayRow
            key={dayName(index)}
            name={dayName(index)}
            day={day}
            onChange={(next) => setDay(index, next)}
          />
        ))}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => onChange(draftOf(null))}>
            {t('hours.reset')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

function DayRow({
  name,
  day,
  onChange,
}: {
  name: string;
  day: DayDraft;
  onChange(day: DayDraft): void;
}) {
  const t = useText(people);
  const setRange = (index: number, part: 'start' | 'end', time: string) =>
    onChange({
      ...day,
      ranges: day.ranges.map((r, i) => (i === index ? { ...r, [part]: time } : r)),
    });
  // "Monday start", "Monday end 2": each input names its day, end and range.
  const timeField = (part: 'start' | 'end', index: number) => (
    <TimeInput
      size="xs"
      w={96}
      aria-label={t(part === 'start' ? 'hours.start' : 'hours.end', { day: name, n: index + 1 })}
      value={day.ranges[index]?.[part] ?? ''}
      onChange={(e) => setRange(index, part, e.currentTarget.value)}
    />
  );
  // A second range from the first one's end to midnight, for the person to narrow.
  const split = () =>
    onChange({
      ...day,
      ranges: [...day.ranges, { start: day.ranges[0]?.end ?? '13:00', end: '00:00' }],
    });
  return (
    <Group gap="xs" align="center" wrap="wrap">
      <Checkbox
        w={112}
        label={name}
        checked={day.on}
        onChange={(e) => onChange({ ...day, on: e.currentTarget.checked })}
      />
      {day.on ? (
        <Stack gap={4}>
          {day.ranges.map((_range, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity beyond their place.
            <Group key={index} gap={6} wrap="nowrap">
              {timeField('start', index)}
              <Text size="sm" aria-hidden>
                –
              </Text>
              {timeField('end', index)}
              {index > 0 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('hours.remove', { day: name, n: index + 1 })}
                  onClick={() =>
                    onChange({ ...day, ranges: day.ranges.filter((_, i) => i !== index) })
                  }
                >
                  ×
                </ActionIcon>
              ) : (
                <ActionIcon
                  variant="subtle"
                  aria-label={t('hours.add', { day: name })}
                  onClick={split}
                  disabled={day.ranges.length >= 2}
                >
                  +
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('hours.off')}
        </Text>
      )}
    </Group>
  );
}
