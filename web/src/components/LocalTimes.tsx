import { Alert, List, Stack, Text } from '@mantine/core';
import { interviewForm } from '../i18n/en/interview-form.js';
import { time as timeWords } from '../i18n/en/time.js';
import { useText } from '../i18n/text.js';
import type { WorkingHours } from '../types.js';
import { localTime, outOfHoursWarning } from '../working-hours.js';

export interface Person {
  name: string;
  /** Their zone; null falls back to the interview's. */
  timeZone: string | null;
  /** Their own working hours when known (interviewers picked as users); else the default. */
  workingHours?: WorkingHours | null;
}

interface Props {
  /** The start as an ISO instant; null while the form has no complete time. */
  startsAt: string | null;
  durationMinutes: number;
  people: Person[];
  /** The interview's zone, for people whose own is unknown. */
  fallbackZone: string;
}

/**
 * Each participant's local time, and a warning for anyone it falls outside working hours for
 * (their own, or Monday to Friday, 09:00–18:00 in their zone), shown before anything is saved
 * or sent.
 */
export function LocalTimes({ startsAt, durationMinutes, people, fallbackZone }: Props) {
  const t = useText(interviewForm);
  const timeText = useText(timeWords);
  if (!startsAt || people.length === 0 || !(durationMinutes > 0)) return null;
  const at = new Date(startsAt);
  const times = people.map((person) => ({
    person,
    time: localTime(at, durationMinutes, person.timeZone ?? fallbackZone, person.workingHours),
  }));
  const outside = times.filter((entry) => entry.time.outside);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('local.title')}
      </Text>
      <List size="sm" spacing={2} aria-label={t('local.title')}>
        {times.map(({ person, time }) => (
          <List.Item key={`${person.name}-${time.zone}`}>
            {t('local.line', {
              name: person.name,
              start: time.start,
              end: time.end,
              zone: time.zone,
            })}
          </List.Item>
        ))}
      </List>
      {outside.length > 0 && (
        <Alert color="orange" variant="light" title={t('local.outside')} role="status">
          {outside.map(({ person, time }) => (
            <Text key={`${person.name}-${time.zone}`} size="sm">
              {outOfHoursWarning(person.name, time, timeText)}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
