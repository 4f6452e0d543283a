import { Alert, Center, Divider, Loader, Modal, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { interviewQueries, interviewWritten, templateQueries } from '../queries.js';
import { rememberInvites, useRememberedInvites } from '../remembered-invites.js';
import type { Audience, Interview } from '../types.js';
import { DialogActions } from './DialogActions.js';
import { InterviewSummary } from './InterviewSummary.js';
import { choiceOf, type InviteDraft, InviteSection } from './InviteSection.js';
import { LocalTimes } from './LocalTimes.js';

/** Props of the Send Invites window (DESIGN §1); built in SendInvitesModal.tsx. */
export interface SendInvitesModalProps {
  /** The interview to invite for; null keeps the window closed. */
  interviewId: string | null;
  onClose(): void;
}

/** The Send Invites window: pick, edit and preview both invites, then send them. */
export function SendInvitesModal({ interviewId, onClose }: SendInvitesModalProps) {
  // Edits for this interview live only in the window: closing asks before they are lost.
  const edited = useRef(false);
  const close = () => {
    if (!edited.current) {
      onClose();
      return;
    }
    modals.openConfirmModal({
      title: 'Discard your edits?',
      children: (
        <Text size="sm">
          The changes you made to the invites for this interview are not saved anywhere.
        </Text>
      ),
      labels: { confirm: 'Discard edits', cancel: 'Keep editing' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        edited.current = false;
        onClose();
      },
    });
  };
  return (
    <Modal opened={interviewId !== null} onClose={close} size="xl" title="Send Invites">
      {interviewId && (
        <SendInvitesForm
          key={interviewId}
          interviewId={interviewId}
          onClose={() => {
            edited.current = false;
            onClose();
          }}
          onCancel={close}
          onEdited={(value) => {
            edited.current = value;
          }}
        />
      )}
    </Modal>
  );
}

const AUDIENCES = ['candidate', 'interviewer'] as const;
const OTHER = { candidate: 'interviewer', interviewer: 'candidate' } as const;
type Drafts = Record<Audience, InviteDraft | null>;

function SendInvitesForm({
  interviewId,
  onClose,
  onCancel,
  onEdited,
}: {
  interviewId: string;
  onClose(): void;
  onCancel(): void;
  onEdited(edited: boolean): void;
}) {
  const client = useQueryClient();
  const [drafts, setDrafts] = useState<Drafts>({ candidate: null, interviewer: null });
  const edited = AUDIENCES.some((a) => {
    const draft = drafts[a];
    return draft !== null && draft.edited === true;
  });
  useEffect(() => onEdited(edited), [edited, onEdited]);
  const interview = useQuery(interviewQueries.detail(interviewId));
  const templates = {
    candidate: useQuery(templateQueries.invitable('candidate', '')),
    interviewer: useQuery(templateQueries.invitable('interviewer', '')),
  };
  // The invites last sent from this browser are chosen to start with, if still offered.
  useRememberedInvites((audience, template) =>
    setDrafts((all) =>
      all[audience]
        ? all
        : { ...all, [audience]: { template, subject: template.subject, body: template.body } },
    ),
  );
  // The preview API needs a template of the other audience too: the one chosen, or its first.
  const otherTemplateId = (audience: Audience) => {
    const other = OTHER[audience];
    return drafts[other]?.template.id ?? templates[other].data?.items[0]?.id ?? null;
  };

  const send = useMutation({
    mutationFn: () => {
      const { candidate, interviewer } = drafts;
      if (!candidate || !interviewer) throw new Error('Choose both invites first.');
      return api<Interview>('POST', `/interviews/${interviewId}/invites`, {
        candidate: choiceOf(candidate),
        interviewer: choiceOf(interviewer),
      });
    },
    onSuccess: (sent) => {
      rememberInvites({
        candidate: drafts.candidate?.template.id,
        interviewer: drafts.interviewer?.template.id,
      });
      notifications.show({
        color: 'green',
        message: `Invites sent to ${sent.participants.length} participants`,
      });
      void interviewWritten(client, sent);
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
      {interview.data && (
        <LocalTimes
          startsAt={interview.data.startsAt}
          durationMinutes={interview.data.durationMinutes}
          fallbackZone={interview.data.timeZone}
          people={interview.data.participants}
        />
      )}
      {interview.data?.status === 'scheduled' && (
        <Alert color="yellow" title="Everyone has already confirmed" role="status">
          Sending invites again gives every participant another email for the same calendar event.
          To nudge only some people, use Resend Invites on the interview's page.
        </Alert>
      )}
      {AUDIENCES.map((audience, i) => (
        <Fragment key={audience}>
          {i > 0 && <Divider />}
          <InviteSection
            interviewId={interviewId}
            audience={audience}
            draft={drafts[audience]}
            onDraft={(draft) => setDrafts((all) => ({ ...all, [audience]: draft }))}
            otherTemplateId={otherTemplateId(audience)}
            noTemplates={templates[audience].data?.items.length === 0}
            sendError={sendError}
            autoFocus={i === 0}
          />
        </Fragment>
      ))}
      {send.error && (
        <Alert color="red" role="alert" title="The invites were not sent">
          {send.error.message}
        </Alert>
      )}
      <DialogActions
        cancel="Cancel"
        onCancel={onCancel}
        act="Send Invites"
        onAct={() => send.mutate()}
        loading={send.isPending}
        disabled={!drafts.candidate || !drafts.interviewer || !interview.data}
      />
    </Stack>
  );
}
