import { Alert, Button, Center, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AskCandidateModal } from '../components/AskCandidateModal.js';
import { CursorPager, useCursorPages } from '../components/CursorPager.js';
import { SchedulingRequestsTable } from '../components/SchedulingRequestsTable.js';
import { schedulingQueries } from '../queries.js';
import { SCHEDULING_STATUS_LABELS, type SchedulingStatus } from '../types.js';

const STATUSES = Object.keys(SCHEDULING_STATUS_LABELS) as SchedulingStatus[];
const isStatus = (value: string | null): value is SchedulingStatus =>
  STATUSES.includes(value as SchedulingStatus);

/**
 * Scheduling requests: the candidates asked to pick their interview time, newest first, where
 * each stands, and Ask candidate to pick a time. The status filter lives in the URL.
 */
export function SchedulingRequestsPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : null;
  const paging = useCursorPages();
  const [asking, setAsking] = useState(false);
  // Candidates open and book on their own: keep the statuses current without a reload.
  const list = useQuery({
    ...schedulingQueries.list({ status, cursor: paging.cursor }),
    refetchInterval: 15_000,
  });
  const requests = list.data?.items;
  const filter = (value: string | null) => {
    setParams(isStatus(value) ? { status: value } : {}, { replace: true });
    paging.reset();
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Scheduling requests</Title>
        <Button onClick={() => setAsking(true)}>Ask candidate to pick a time</Button>
      </Group>
      <Text size="sm" c="dimmed">
        Candidates you asked to pick their interview time from when the interviewers are free,
        newest first. A booked request opens its interview.
      </Text>
      <Select
        label="Status"
        placeholder="All statuses"
        clearable
        value={status}
        onChange={filter}
        data={STATUSES.map((value) => ({ value, label: SCHEDULING_STATUS_LABELS[value].label }))}
        w={220}
      />
      {list.isError ? (
        <Alert color="red" role="alert" title="Could not load scheduling requests">
          <Group justify="space-between">
            <Text size="sm">{list.error.message}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
              Try again
            </Button>
          </Group>
        </Alert>
      ) : requests?.length === 0 ? (
        <Paper withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>
                {status
                  ? `No ${SCHEDULING_STATUS_LABELS[status].label.toLowerCase()} requests`
                  : 'No scheduling requests yet'}
              </Text>
              {status ? (
                <Button variant="light" onClick={() => filter(null)}>
                  Show all requests
                </Button>
              ) : (
                <Button variant="light" onClick={() => setAsking(true)}>
                  Ask the first candidate to pick a time
                </Button>
              )}
            </Stack>
          </Center>
        </Paper>
      ) : (
        <SchedulingRequestsTable requests={requests} />
      )}
      <CursorPager paging={paging} nextCursor={list.data?.nextCursor} label="Scheduling requests" />
      <AskCandidateModal opened={asking} onClose={() => setAsking(false)} />
    </Stack>
  );
}
