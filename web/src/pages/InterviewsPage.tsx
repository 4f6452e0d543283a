import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { query } from '../api.js';
import { useCancelInterview } from '../components/CancelInterview.js';
import { type Filters, InterviewFilters } from '../components/InterviewFilters.js';
import { InterviewsTable } from '../components/InterviewsTable.js';
import { InterviewsWeek, useInterviewsView } from '../components/InterviewsWeek.js';
import { lazyDialog, OnceOpened } from '../components/lazy-dialog.js';
import { SelectionBar, useRowSelection } from '../components/SelectionBar.js';
import { interviews as words } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { interviewQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { Interview } from '../types.js';
import { addDays, zonedToUtc } from '../zoned-time.js';

// The dialogs load when first opened: Manage Interviews is the first screen after sign-in.
const CreateInterviewModal = lazyDialog(() =>
  import('../components/CreateInterviewModal.js').then((m) => m.CreateInterviewModal),
);
const AskCandidateModal = lazyDialog(() =>
  import('../components/AskCandidateModal.js').then((m) => m.AskCandidateModal),
);
const SendInvitesModal = lazyDialog(() =>
  import('../components/SendInvitesModal.js').then((m) => m.SendInvitesModal),
);
const BulkSendInvitesModal = lazyDialog(() =>
  import('../components/BulkSendInvitesModal.js').then((m) => m.BulkSendInvitesModal),
);
const RescheduleModal = lazyDialog(() =>
  import('../components/RescheduleModal.js').then((m) => m.RescheduleModal),
);

/** Filters live in the URL, so Back from an interview returns to the same list. */
function useFilters(): [Filters, (patch: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    status: params.getAll('status'),
    from: params.get('from'),
    to: params.get('to'),
    q: params.get('q') ?? '',
    sort: params.get('sort') === 'status' ? 'status' : 'startsAt',
  };
  const update = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    const sort = next.sort === 'status' ? 'status' : undefined;
    setParams(query({ status: next.status, from: next.from, to: next.to, q: next.q, sort }), {
      replace: true,
    });
  };
  return [filters, update];
}

/** Manage Interviews: the coordinator's list, filters, paging and each row's actions. */
export function InterviewsPage() {
  const t = useText(words);
  const { user } = useSession();
  const [filters, setFilters] = useFilters();
  const [creating, setCreating] = useState(false);
  const [asking, setAsking] = useState(false);
  const [sendFor, setSendFor] = useState<string | null>(null);
  const [rescheduling, setRescheduling] = useState<Interview | null>(null);
  const cancel = useCancelInterview();
  const rows = useRowSelection();
  const [sendingBulk, setSendingBulk] = useState(false);
  const [view, setView] = useInterviewsView();
  const week = view === 'week';

  // The picked dates are whole days in the coordinator's zone.
  const from = filters.from ? zonedToUtc(filters.from, '00:00', user.timeZone).toISOString() : null;
  const toDay = filters.to ?? filters.from;
  const to = toDay ? zonedToUtc(addDays(toDay, 1), '00:00', user.timeZone).toISOString() : null;
  const params = { status: filters.status, from, to, q: filters.q, sort: filters.sort };
  // Statuses change as participants answer; keep the list current without a reload.
  const list = useInfiniteQuery({
    ...interviewQueries.list(params),
    refetchInterval: 15_000,
    enabled: !week,
  });
  const interviews = list.data?.pages.flatMap((p) => p.items);
  const filtered = filters.status.length > 0 || filters.from || filters.q;
  const total = list.data?.pages[0]?.total;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('page.title')}</Title>
        <Group gap="xs">
          <SegmentedControl
            aria-label={t('view.label')}
            value={view}
            onChange={setView}
            data={[
              { value: 'list', label: t('view.list') },
              { value: 'week', label: t('view.week') },
            ]}
          />
          {user.role !== 'interviewer' && (
            <Button variant="default" onClick={() => setAsking(true)}>
              {t('page.askCandidate')}
            </Button>
          )}
          <Button onClick={() => setCreating(true)}>{t('page.create')}</Button>
        </Group>
      </Group>
      <InterviewFilters value={filters} onChange={setFilters} />
      {!week && total !== undefined && total > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t(filtered ? 'list.countMatching' : 'list.count', { total })}
        </Text>
      )}
      {!week && (
        <SelectionBar
          count={rows.chosen.length}
          onClear={rows.clear}
          onSendInvites={() => setSendingBulk(true)}
        />
      )}
      {!week && list.isError && (
        <Alert color="red" role="alert" title={t('list.loadError')}>
          <Group justify="space-between">
            <Text size="sm">{list.error.message}</Text>
            <Button size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
              {t('list.retry')}
            </Button>
          </Group>
        </Alert>
      )}
      {week ? (
        <InterviewsWeek status={filters.status} q={filters.q} />
      ) : interviews?.length === 0 ? (
        <Paper withBorder p="xl">
          <Center>
            <Stack align="center" gap="xs">
              <Text fw={500}>{t(filtered ? 'list.noneMatching' : 'list.none')}</Text>
              {filtered ? (
                <Button
                  variant="light"
                  onClick={() =>
                    setFilters({ status: [], from: null, to: null, q: '', sort: 'startsAt' })
                  }
                >
                  {t('list.clearFilters')}
                </Button>
              ) : (
                <Button variant="light" onClick={() => setCreating(true)}>
                  {t('list.createFirst')}
                </Button>
              )}
            </Stack>
          </Center>
        </Paper>
      ) : (
        !list.isError && (
          <InterviewsTable
            interviews={interviews}
            onSendInvites={(i) => setSendFor(i.id)}
            onReschedule={setRescheduling}
            onCancel={cancel}
            selection={rows.selection}
          />
        )
      )}
      {!week && list.hasNextPage && (
        <Center>
          <Button
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('list.loadMore')}
          </Button>
        </Center>
      )}
      <OnceOpened open={creating}>
        <CreateInterviewModal opened={creating} onClose={() => setCreating(false)} />
      </OnceOpened>
      <OnceOpened open={asking}>
        <AskCandidateModal opened={asking} onClose={() => setAsking(false)} />
      </OnceOpened>
      <OnceOpened open={sendFor !== null}>
        <SendInvitesModal interviewId={sendFor} onClose={() => setSendFor(null)} />
      </OnceOpened>
      <OnceOpened open={sendingBulk}>
        <BulkSendInvitesModal
          opened={sendingBulk}
          interviews={rows.chosen}
          onClose={() => setSendingBulk(false)}
          onSent={rows.clear}
        />
      </OnceOpened>
      <OnceOpened open={rescheduling !== null}>
        <RescheduleModal interview={rescheduling} onClose={() => setRescheduling(null)} />
      </OnceOpened>
    </Stack>
  );
}
