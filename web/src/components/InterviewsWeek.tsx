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
          Week of {weekLabel(monday)}
        </Title>
        <Group gap="xs" component="nav" aria-label="Weeks">
          <Button variant="default" size="xs" onClick={() => setMonday(addDays(monday, -7))}>
            Previous week
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={monday === current}
            onClick={() => setMonday(current)}
          >
            This week
          </Button>
          <Button variant="default" size="xs" onClick={() => setMonday(addDays(monday, 7))}>
            Next week
          </Button>
        </Group>
      </Group>
      {week.isError && (
        <Alert color="red" role="alert" title="Could not load the week">
          {week.error.message}
        </Alert>
      )}
      {week.isPending && (
        <Center p="xl">
          <Loader aria-label="Loading the week" />
        </Center>
      )}
      {week.data?.more && (
        <Alert color="yellow">
          This week holds more interviews than shown here; narrow it with the filters or use the
          list.
        </Alert>
      )}
      {week.data && (
        <SimpleGrid cols={{ base: 1, lg: 7 }} spacing="xs">
          {weekDays(monday).map((day) => (
            <Day key={day} day={day} today={day === today} interviews={days.get(day) ?? []} />
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

function Day({ day, today, interviews }: { day: string; today: boolean; interviews: Interview[] }) {
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
        {dayLabel(day)}
        {today ? ' · Today' : ''}
      </Text>
      {interviews.length === 0 ? (
        <Text size="xs" c="dimmed">
          No interviews
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {interviews.map((interview) => (
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
