import { Alert, Center, Divider, Loader, Modal, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { invites as words } from '../i18n/en/invites.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(words);
  // Edits for this interview live only in the window: closing asks before they are lost.
  const edited = useRef(false);
  const close = () => {
    if (!edited.current) {
      onClose();
      return;
    }
    modals.openConfirmModal({
      title: t('send.discardTitle'),
      children: <Text size="sm">{t('send.discardText')}</Text>,
      labels: { confirm: t('send.discard'), cancel: t('send.keepEditing') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        edited.current = false;
        onClose();
      },
    });
  };
  return (
    <Modal opened={interviewId !== null} onClose={close} size="xl" title={t('send.title')}>
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
  const t = useText(words);
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
      if (!candidate || !interviewer) throw new Error(t('send.chooseBoth'));
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
        message: t('send.sent', { count: sent.participants.length }),
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
          <Loader size="sm" aria-label={t('send.loading')} />
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
        <Alert color="yellow" title={t('send.confirmedTitle')} role="status">
          {t('send.confirmedText')}
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
        <Alert color="red" role="alert" title={t('send.notSent')}>
          {send.error.message}
        </Alert>
      )}
      <DialogActions
        cancel={t('send.cancel')}
        onCancel={onCancel}
        act={t('send.act')}
        onAct={() => send.mutate()}
        loading={send.isPending}
        disabled={!drafts.candidate || !drafts.interviewer || !interview.data}
      />
    </Stack>
  );
}
