import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatTime } from '../format.js';
import { interviews } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { candidateName } from '../interview-facts.js';
import { interviewQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { Interview } from '../types.js';
import { byDay, dayLabel, thisMonday, weekDays, weekLabel, weekRange } from '../week.js';
import { addDays, todayIn } from '../zoned-time.js';
import { StatusBadge } from './StatusBadge.js';

const WEEK_KEY = 'convene.interviews.week';
const VIEW_KEY = 'convene.interviews.view';

/** List or Week, kept for this tab: Back from an interview returns to the same view. */
export function useInterviewsView(): ['list' | 'week', (view: string) => void] {
  const [view, setView] = useState<'list' | 'week'>(() =>
    sessionStorage.getItem(VIEW_KEY) === 'week' ? 'week' : 'list',
  );
  return [
    view,
    (next) => {
      const chosen = next === 'week' ? 'week' : 'list';
      sessionStorage.setItem(VIEW_KEY, chosen);
      setView(chosen);
    },
  ];
}

/**
 * Manage Interviews as a week, Monday to Sunday in the user's zone: a column a day (stacked on
 * a phone), each interview with its time, title, candidate and status, opening its details.
 * The status and search filters apply; the week stands in for the dates.
 */
export function InterviewsWeek({ status, q }: { status: string[]; q: string }) {
  const t = useText(interviews);
  const { user } = useSession();
  const zone = user.timeZone;
  const current = thisMonday(zone);
  const [monday, setMonday] = useWeek(current);
  const { from, to } = weekRange(monday, zone);
  const week = useQuery({
    ...interviewQueries.week({ status, q, from, to }),
    refetchInterval: 30_000,
  });
  const days = byDay(week.data?.items ?? [], zone);
  const today = todayIn(zone);

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" aria-live="polite">
          {t('week.title', { week: weekLabel(monday) })}
        </Title>
        <Group gap="xs" component="nav" aria-label={t('week.nav')}>
          <Button variant="default" size="xs" onClick={() => setMonday(addDays(monday, -7))}>
            {t('week.previous')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={monday === current}
            onClick={() => setMonday(current)}
          >
            {t('week.this')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setMonday(addDays(monday, 7))}>
            {t('week.next')}
          </Button>
        </Group>
      </Group>
      {week.isError && (
        <Alert color="red" role="alert" title={t('week.loadError')}>
          {week.error.message}
        </Alert>
      )}
      {week.isPending && (
        <Center p="xl">
          <Loader aria-label={t('week.loading')} />
        </Center>
      )}
      {week.data?.more && <Alert color="yellow">{t('week.more')}</Alert>}
      {week.data && (
        <SimpleGrid cols={{ base: 1, lg: 7 }} spacing="xs">
          {weekDays(monday).map((day) => (
            <Day key={day} day={day} today={day === today} list={days.get(day) ?? []} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** The week shown, kept for this tab: Back from an interview returns to the same week. */
function useWeek(current: string): [string, (monday: string) => void] {
  const [monday, setMonday] = useState(() => sessionStorage.getItem(WEEK_KEY) ?? current);
  return [
    monday,
    (next) => {
      sessionStorage.setItem(WEEK_KEY, next);
      setMonday(next);
    },
  ];
}

function Day({ day, today, list }: { day: string; today: boolean; list: Interview[] }) {
  const t = useText(interviews);
  const { user } = useSession();
  const headingId = `week-day-${day}`;
  return (
    <Paper
      component="section"
      withBorder
      p="xs"
      aria-labelledby={headingId}
      bg={today ? 'var(--mantine-color-blue-light)' : undefined}
    >
      <Text id={headingId} component="h4" fw={700} size="sm" m={0} mb="xs">
        {today ? t('week.today', { day: dayLabel(day) }) : dayLabel(day)}
      </Text>
      {list.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('week.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((interview) => (
            <li key={interview.id}>
              <UnstyledButton
                component={Link}
                to={`/interviews/${interview.id}`}
                display="block"
                w="100%"
              >
                <Paper withBorder p={6} radius="sm" bg="var(--mantine-color-body)">
                  <Text size="xs" fw={700}>
                    {formatTime(interview.startsAt, user.timeZone)}–
                    {formatTime(interview.endsAt, user.timeZone)}
                  </Text>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {interview.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {candidateName(interview)}
                  </Text>
                  <StatusBadge status={interview.status} size="xs" />
                </Paper>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
