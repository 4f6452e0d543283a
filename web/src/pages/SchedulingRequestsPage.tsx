import { Alert, Button, Center, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AskCandidateModal } from '../components/AskCandidateModal.js';
import { CursorPager, useCursorPages } from '../components/CursorPager.js';
import {
  SCHEDULING_STATUS_KEYS,
  SchedulingRequestsTable,
} from '../components/SchedulingRequestsTable.js';
import { scheduling as words } from '../i18n/en/scheduling.js';
import { useText } from '../i18n/text.js';
import { schedulingQueries } from '../queries.js';
import { SCHEDULING_STATUS_COLORS, type SchedulingStatus } from '../types.js';

const STATUSES = Object.keys(SCHEDULING_STATUS_COLORS) as SchedulingStatus[];
const isStatus = (value: string | null): value is SchedulingStatus =>
  STATUSES.includes(value as SchedulingStatus);

/**
 * Scheduling requests: the candidates asked to pick their interview time, newest first, where
 * each stands, and Ask candidate to pick a time. The status filter lives in the URL.
 */
export function SchedulingRequestsPage() {
  const t = useText(words);
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
        <Title order={2}>{t('page.title')}</Title>
        <Button onClick={() => setAsking(true)}>{t('page.ask')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('page.intro')}
      </Text>
      <Select
        label={t('page.status')}
        placeholder={t('page.allStatuses')}
        clearable
        value={status}
        onChange={filter}
        data={STATUSES.map((value) => ({ value, label: t(SCHEDULING_STATUS_KEYS[value]) }))}
        w={220}
      />
      {list.isError ? (
        <Alert color="red" role="alert" title={t('page.loadError')}>
          <Group justify="space-between">
            <Text size="sm">{list.error.message}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
              {t('page.retry')}
            </Button>
          </Group>
        </Alert>
      ) : requests?.length === 0 ? (
        <Paper withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>{status ? t('page.noneWithStatus', { status }) : t('page.none')}</Text>
              {status ? (
                <Button variant="light" onClick={() => filter(null)}>
                  {t('page.showAll')}
                </Button>
              ) : (
                <Button variant="light" onClick={() => setAsking(true)}>
                  {t('page.askFirst')}
                </Button>
              )}
            </Stack>
          </Center>
        </Paper>
      ) : (
        <SchedulingRequestsTable requests={requests} />
      )}
      <CursorPager paging={paging} nextCursor={list.data?.nextCursor} label={t('page.pages')} />
      <AskCandidateModal opened={asking} onClose={() => setAsking(false)} />
    </Stack>
  );
}
