import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { busyByDay } from '../busy-days.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import type { Availability, SlotList } from '../types.js';
import { byDay, dayLabel, thisMonday, weekDays, weekLabel, weekRange } from '../week.js';
import { addDays, utcToZoned } from '../zoned-time.js';

interface Props {
  opened: boolean;
  onClose(): void;
  interviewerIds: string[];
  /** The interviewers' names, for their busy times. */
  names: ReadonlyMap<string, string>;
  durationMinutes: number;
  /** A free slot was picked: its start as an ISO instant. */
  onPick(startsAt: string): void;
}

/**
 * Find a time: the week's slots in which every chosen interviewer is free (their working hours,
 * calendars and other interviews; DESIGN §9), a column a day in your zone, to pick from; under
 * each day, who is busy when, and who does not work that day.
 */
export function FindTimeModal({
  opened,
  onClose,
  interviewerIds,
  names,
  durationMinutes,
  onPick,
}: Props) {
  const t = useText(interviewForm);
  const { user } = useSession();
  const [monday, setMonday] = useState(() => thisMonday(user.timeZone));
  const range = weekRange(monday, user.timeZone);
  // Nothing before now (and an hour's notice): a slot in the past cannot be booked.
  const from = new Date(Math.max(Date.parse(range.from), Date.now())).toISOString();
  const past = Date.parse(range.to) <= Date.now();
  const slots = useQuery({
    queryKey: ['slots', interviewerIds, durationMinutes, range.from, range.to],
    queryFn: () =>
      api<SlotList>('POST', '/availability/slots', {
        interviewerIds,
        durationMinutes,
        from,
        to: range.to,
        minNoticeMinutes: 60,
        stepMinutes: 30,
      }),
    enabled: opened && !past && interviewerIds.length > 0 && durationMinutes >= 5,
    staleTime: 30_000,
  });
  const availability = useQuery({
    queryKey: ['availability', interviewerIds, range.from, range.to],
    queryFn: () =>
      api<Availability>(
        'GET',
        `/availability?${new URLSearchParams({
          userIds: interviewerIds.join(','),
          from: range.from,
          to: range.to,
        })}`,
      ),
    enabled: opened && interviewerIds.length > 0,
    staleTime: 30_000,
  });
  const days = byDay(slots.data?.slots ?? [], user.timeZone);
  const busy = availability.data
    ? busyByDay(availability.data, names, weekDays(monday), user.timeZone)
    : new Map<string, never[]>();
  return (
    <Modal opened={opened} onClose={onClose} title={t('find.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('find.intro', {
            count: interviewerIds.length,
            minutes: durationMinutes,
            zone: user.timeZone,
          })}
        </Text>
        <Group justify="space-between">
          {/* Below the dialog's own h2 title. */}
          <Title order={3} size="h4">
            {weekLabel(monday)}
          </Title>
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setMonday(addDays(monday, -7))}>
              {t('find.previous')}
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={() => setMonday(thisMonday(user.timeZone))}
            >
              {t('find.this')}
            </Button>
            <Button variant="default" size="xs" onClick={() => setMonday(addDays(monday, 7))}>
              {t('find.next')}
            </Button>
          </Group>
        </Group>
        {slots.isError && (
          <Alert color="red" role="alert">
            {slots.error.message}
          </Alert>
        )}
        {slots.isFetching && !slots.data && (
          <Center>
            <Loader size="sm" aria-label={t('find.loading')} />
          </Center>
        )}
        {(past || (slots.data && slots.data.slots.length === 0)) && (
          <Text size="sm" role="status">
            {t('find.none')}
          </Text>
        )}
        {(slots.data || availability.data) && (
          <SimpleGrid cols={{ base: 1, sm: 7 }} spacing="xs">
            {weekDays(monday).map((day) => (
              <Stack key={day} gap={4} role="group" aria-label={dayLabel(day)}>
                <Text size="sm" fw={600}>
                  {dayLabel(day)}
                </Text>
                {(busy.get(day) ?? []).map((line) => (
                  <Text key={line.userId} size="xs" c="dimmed">
                    {line.busy === null
                      ? t('find.notWorking', { name: line.name })
                      : t('find.busy', { name: line.name, times: line.busy })}
                  </Text>
                ))}
                {(days.get(day) ?? []).map((slot) => (
                  <Button
                    key={slot.startsAt}
                    size="compact-sm"
                    variant="light"
                    onClick={() => {
                      onPick(slot.startsAt);
                      onClose();
                    }}
                  >
                    {utcToZoned(slot.startsAt, user.timeZone).time}
                  </Button>
                ))}
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Modal>
  );
}
