import { Alert, Button, Center, Divider, Group, Loader, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../api.js';
import type { Interview } from '../types.js';
import { InterviewSummary } from './InterviewSummary.js';
import { choiceOf, type InviteDraft, InviteSection } from './InviteSection.js';
import { useInvitableTemplates } from './TemplatePicker.js';

/** Props of the Send Invites window (DESIGN §1); built in SendInvitesModal.tsx. */
export interface SendInvitesModalProps {
  /** The interview to invite for; null keeps the window closed. */
  interviewId: string | null;
  onClose(): void;
}

/** The Send Invites window: pick, edit and preview both invites, then send them. */
export function SendInvitesModal({ interviewId, onClose }: SendInvitesModalProps) {
  return (
    <Modal opened={interviewId !== null} onClose={onClose} size="xl" title="Send Invites">
      {interviewId && (
        <SendInvitesForm key={interviewId} interviewId={interviewId} onClose={onClose} />
      )}
    </Modal>
  );
}

function SendInvitesForm({ interviewId, onClose }: { interviewId: string; onClose(): void }) {
  const client = useQueryClient();
  const [candidate, setCandidate] = useState<InviteDraft | null>(null);
  const [interviewer, setInterviewer] = useState<InviteDraft | null>(null);
  const interview = useQuery({
    queryKey: ['interview', interviewId],
    queryFn: () => api<Interview>('GET', `/interviews/${interviewId}`),
  });
  const candidateTemplates = useInvitableTemplates('candidate', '');
  const interviewerTemplates = useInvitableTemplates('interviewer', '');
  const firstOf = (list: typeof candidateTemplates) => list.data?.items[0]?.id ?? null;
  const noneIn = (list: typeof candidateTemplates) => list.data?.items.length === 0;

  const send = useMutation({
    mutationFn: () => {
      if (!candidate || !interviewer) throw new Error('Choose both invites first.');
      return api<Interview>('POST', `/interviews/${interviewId}/invites`, {
        candidate: choiceOf(candidate),
        interviewer: choiceOf(interviewer),
      });
    },
    onSuccess: (sent) => {
      notifications.show({
        color: 'green',
        message: `Invites sent to ${sent.participants.length} participants`,
      });
      void client.invalidateQueries({ queryKey: ['interviews'] });
      void client.invalidateQueries({ queryKey: ['interview', interviewId] });
      onClose();
    },
  });
  const sendError = send.error instanceof ApiError ? send.error : null;

  return (
    <Stack>
      {interview.isPending && (
        <Center>
          <Loader size="sm" aria-label="Loading the interview" />
        </Center>
      )}
      {interview.error && (
        <Alert color="red" role="alert">
          {interview.error.message}
        </Alert>
      )}
      {interview.data && <InterviewSummary interview={interview.data} />}
      <InviteSection
        interviewId={interviewId}
        audience="candidate"
        draft={candidate}
        onDraft={setCandidate}
        otherTemplateId={interviewer?.template.id ?? firstOf(interviewerTemplates)}
        noTemplates={noneIn(candidateTemplates)}
        sendError={sendError}
        autoFocus
      />
      <Divider />
      <InviteSection
        interviewId={interviewId}
        audience="interviewer"
        draft={interviewer}
        onDraft={setInterviewer}
        otherTemplateId={candidate?.template.id ?? firstOf(candidateTemplates)}
        noTemplates={noneIn(interviewerTemplates)}
        sendError={sendError}
      />
      {send.error && (
        <Alert color="red" role="alert" title="The invites were not sent">
          {send.error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          onClick={() => send.mutate()}
          loading={send.isPending}
          disabled={!candidate || !interviewer || !interview.data}
        >
          Send Invites
        </Button>
      </Group>
    </Stack>
  );
}
