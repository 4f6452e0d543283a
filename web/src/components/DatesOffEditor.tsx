import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { type DateOffDraft, MAX_DATES_OFF, MAX_NOTE, newDateOff } from '../dates-off-draft.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { todayIn } from '../zoned-time.js';

interface Props {
  value: DateOffDraft[];
  onChange(value: DateOffDraft[]): void;
  /** The zone the dates are read in, as the working hours. */
  zone: string;
  error?: ReactNode;
}

/**
 * Time off: whole days, first to last (a two-week holiday is one entry), with an optional
 * note. On those days no interview time is offered and one booked is flagged, whatever the
 * week says.
 */
export function DatesOffEditor({ value, onChange, zone, error }: Props) {
  const t = useText(people);
  const setEntry = (index: number, entry: DateOffDraft) =>
    onChange(value.map((d, i) => (i === index ? entry : d)));
  return (
    <Input.Wrapper
      label={t('off.label')}
      description={t('off.description', { zone })}
      error={error}
    >
      <Stack gap={6} mt={6} role="group" aria-label={t('off.label')}>
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('off.none')}
          </Text>
        )}
        {value.map((entry, index) => (
          <DateOffRow
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity beyond their place.
            key={index}
            name={t('off.entry', { n: index + 1 })}
            entry={entry}
            onChange={(next) => setEntry(index, next)}
            onRemove={() => onChange(value.filter((_, i) => i !== index))}
          />
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            disabled={value.length >= MAX_DATES_OFF}
            onClick={() => onChange([...value, newDateOff(todayIn(zone))])}
          >
            {t('off.add')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

function DateOffRow({
  name,
  entry,
  onChange,
  onRemove,
}: {
  name: string;
  entry: DateOffDraft;
  onChange(entry: DateOffDraft): void;
  onRemove(): void;
}) {
  const t = useText(people);
  // A first day moved past the last one takes the last one with it: picking a holiday's first
  // day, then its last, never passes through an impossible range.
  const setFrom = (from: string) =>
    onChange({ ...entry, from, to: entry.to && from > entry.to ? from : entry.to });
  return (
    <Group gap={6} wrap="wrap" align="center">
      <TextInput
        type="date"
        size="xs"
        w={150}
        aria-label={t('off.firstDay', { name })}
        value={entry.from}
        onChange={(e) => setFrom(e.currentTarget.value)}
      />
      <Text size="sm" aria-hidden>
        {t('off.to')}
      </Text>
      <TextInput
        type="date"
        size="xs"
        w={150}
        aria-label={t('off.lastDay', { name })}
        value={entry.to}
        min={entry.from || undefined}
        onChange={(e) => onChange({ ...entry, to: e.currentTarget.value })}
      />
      <TextInput
        size="xs"
        w={200}
        aria-label={t('off.note', { name })}
        placeholder={t('off.notePlaceholder')}
        maxLength={MAX_NOTE}
        value={entry.note}
        onChange={(e) => onChange({ ...entry, note: e.currentTarget.value })}
      />
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t('off.remove', { name })}
        onClick={onRemove}
      >
        ×
      </ActionIcon>
    </Group>
  );
}
