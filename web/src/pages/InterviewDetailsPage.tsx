import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api.js';
import { useCancelInterview } from '../components/CancelInterview.js';
import { ChangePanelModal } from '../components/ChangePanelModal.js';
import { InterviewSummary } from '../components/InterviewSummary.js';
import { InterviewTimeline } from '../components/InterviewTimeline.js';
import { ParticipantsTable } from '../components/ParticipantsTable.js';
import { ProposedTimes } from '../components/ProposedTimes.js';
import { RescheduleModal } from '../components/RescheduleModal.js';
import { ResendInvitesModal } from '../components/ResendInvitesModal.js';
import { SendInvitesModal } from '../components/SendInvitesModal.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { useText } from '../i18n/text.js';
import { candidateName, isOpen } from '../interview-facts.js';
import { interviewQueries } from '../queries.js';

/** Polled, so a participant's confirmation shows up without a reload. */
const POLL_MS = 4000;

/** Interview Details for the coordinator: status, when, where, participants, actions, timeline. */
export function InterviewDetailsPage() {
  const t = useText(interviewDetails);
  const { id = '' } = useParams();
  const interview = useQuery({ ...interviewQueries.detail(id), refetchInterval: POLL_MS });
  const events = useQuery({ ...interviewQueries.events(id), refetchInterval: POLL_MS });
  const [dialog, setDialog] = useState<'send' | 'resend' | 'reschedule' | 'panel' | null>(null);
  const cancel = useCancelInterview();
  const back = (
    <Anchor component={Link} to="/" size="sm">
      {t('page.back')}
    </Anchor>
  );

  if (interview.isError && !interview.data) {
    const missing = interview.error instanceof ApiError && interview.error.status === 404;
    return (
      <Stack>
        {back}
        <Title order={2}>{t('page.title')}</Title>
        <Alert color="red" role="alert" title={missing ? t('page.notFound') : t('page.loadError')}>
          {missing ? t('page.notFoundHint') : interview.error.message}
        </Alert>
      </Stack>
    );
  }
  const data = interview.data;
  if (!data) {
    return (
      <Stack aria-busy="true">
        {back}
        <Title order={2}>{t('page.title')}</Title>
        <Skeleton height={120} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  const open = isOpen(data);
  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>{data.title}</Title>
            <StatusBadge status={data.status} size="lg" />
          </Group>
          <Text c="dimmed" size="sm">
            {t('page.with', { candidate: candidateName(data) })}
          </Text>
        </div>
        {open && (
          <Group gap="xs">
            {data.status === 'draft' ? (
              <Button onClick={() => setDialog('send')}>{t('page.sendInvites')}</Button>
            ) : (
              <Button onClick={() => setDialog('resend')}>{t('page.resendInvites')}</Button>
            )}
            <Button variant="default" onClick={() => setDialog('reschedule')}>
              {t('page.reschedule')}
            </Button>
            <Button variant="default" onClick={() => setDialog('panel')}>
              {t('page.changePanel')}
            </Button>
            <Button variant="light" color="red" onClick={() => cancel(data)}>
              {t('page.cancel')}
            </Button>
          </Group>
        )}
      </Group>
      {interview.isError && (
        <Alert color="orange" role="status">
          {t('page.refreshError', { error: interview.error.message })}
        </Alert>
      )}
      <InterviewSummary interview={data} />
      {open && <ProposedTimes interview={data} />}
      <Title order={3} id="participants-heading">
        {t('page.participants')}
      </Title>
      <Paper withBorder p="xs">
        <ParticipantsTable participants={data.participants} when={data} />
      </Paper>
      <Title order={3}>{t('page.timeline')}</Title>
      {events.isError ? (
        <Alert color="red" role="alert">
          {events.error.message}
        </Alert>
      ) : events.data ? (
        <InterviewTimeline events={events.data.items} participants={data.participants} />
      ) : (
        <Skeleton height={80} />
      )}
      <SendInvitesModal
        interviewId={dialog === 'send' ? data.id : null}
        onClose={() => setDialog(null)}
      />
      <ResendInvitesModal
        interview={data}
        opened={dialog === 'resend'}
        onClose={() => setDialog(null)}
      />
      <RescheduleModal
        interview={dialog === 'reschedule' ? data : null}
        onClose={() => setDialog(null)}
      />
      <ChangePanelModal
        interview={dialog === 'panel' ? data : null}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
