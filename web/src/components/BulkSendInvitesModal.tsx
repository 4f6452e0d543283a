import { Alert, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError } from '../api.js';
import { sendInvitesInChunks } from '../bulk-invites.js';
import { fieldLabel, formatIssue, issuesOf } from '../format.js';
import { forms } from '../i18n/en/forms.js';
import { invites as words } from '../i18n/en/invites.js';
import { useText } from '../i18n/text.js';
import { candidateName } from '../interview-facts.js';
import { invalidate, keys, templateQueries } from '../queries.js';
import { rememberInvites, useRememberedInvites } from '../remembered-invites.js';
import type { Audience, BulkSendResult, Interview, Template } from '../types.js';
import { BulkSendSummary } from './BulkSendSummary.js';
import { DialogActions } from './DialogActions.js';
import { InviteTemplateField } from './InviteSection.js';

/** Props of the bulk Send Invites window; built in BulkSendInvitesModal.tsx. */
export interface BulkSendInvitesModalProps {
  opened: boolean;
  /** The interviews chosen in Manage Interviews. */
  interviews: Interview[];
  onClose(): void;
  /** After a send ended (finished, stopped or refused) having tried at least one interview. */
  onSent(): void;
}

/** Send Invites for the chosen interviews at once: one pair of invites, no per-interview edits. */
export function BulkSendInvitesModal({ opened, interviews, ...props }: BulkSendInvitesModalProps) {
  const t = useText(words);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      size="lg"
      title={t('send.title')}
      // While sending, Stop is the only way out: the window must stay to show what was sent.
      closeOnEscape={!busy}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
    >
      {opened && <BulkSendForm interviews={interviews} onBusy={setBusy} {...props} />}
    </Modal>
  );
}

const AUDIENCES = ['candidate', 'interviewer'] as const;
const SHOWN = 5;

type Phase = 'choose' | 'sending' | 'done';

function BulkSendForm({
  interviews,
  onClose,
  onSent,
  onBusy,
}: Omit<BulkSendInvitesModalProps, 'opened'> & { onBusy(busy: boolean): void }) {
  const t = useText(words);
  const formsText = useText(forms);
  const client = useQueryClient();
  // The window works on the interviews as chosen when it opened.
  const [chosen] = useState(interviews);
  const [templates, setTemplates] = useState<Record<Audience, Template | null>>({
    candidate: null,
    interviewer: null,
  });
  useRememberedInvites((audience, template) =>
    setTemplates((all) => (all[audience] ? all : { ...all, [audience]: template })),
  );
  const offered = {
    candidate: useQuery(templateQueries.invitable('candidate', '')),
    interviewer: useQuery(templateQueries.invitable('interviewer', '')),
  };
  const [phase, setPhase] = useState<Phase>('choose');
  const [result, setResult] = useState<BulkSendResult>({ sent: [], failed: [] });
  const [error, setError] = useState<Error | null>(null);
  const [stopped, setStopped] = useState(false);
  const stopping = useRef(false);
  const apiError = error instanceof ApiError ? error : null;

  const send = async () => {
    const { candidate, interviewer } = templates;
    if (!candidate || !interviewer) return;
    setPhase('sending');
    onBusy(true);
    setError(null);
    setResult({ sent: [], failed: [] });
    stopping.current = false;
    let tried = false;
    try {
      const early = await sendInvitesInChunks({
        interviewIds: chosen.map((i) => i.id),
        candidate: { templateId: candidate.id },
        interviewer: { templateId: interviewer.id },
        stopped: () => stopping.current,
        onChunk: (chunk) => {
          tried = true;
          setResult((all) => ({
            sent: [...all.sent, ...chunk.sent],
            failed: [...all.failed, ...chunk.failed],
          }));
        },
      });
      setStopped(early);
      rememberInvites({ candidate: candidate.id, interviewer: interviewer.id });
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      onBusy(false);
      // Refused before anything was sent (the invites' wording): choose again.
      setPhase(tried ? 'done' : 'choose');
      if (tried) {
        void invalidate(client, keys.interviews);
        onSent();
      }
    }
  };

  const total = chosen.length;
  const processed = result.sent.length + result.failed.length;
  const resent = chosen.filter((i) => i.invitesSentAt !== null).length;
  return (
    <Stack>
      <Text>{t('bulk.intro', { total })}</Text>
      <List size="sm" aria-label={t('bulk.chosen')}>
        {chosen.slice(0, SHOWN).map((i) => (
          <List.Item key={i.id}>
            {candidateName(i)} – {i.title}
          </List.Item>
        ))}
        {total > SHOWN && <List.Item>{t('bulk.more', { count: total - SHOWN })}</List.Item>}
      </List>
      {phase === 'choose' && resent > 0 && (
        <Alert color="yellow" title={t('bulk.resentTitle')} role="status">
          {t('bulk.resentText', { resent })}
        </Alert>
      )}
      {phase === 'choose' &&
        AUDIENCES.map((audience, i) => (
          <InviteTemplateField
            key={audience}
            audience={audience}
            value={templates[audience]}
            onChange={(template) => setTemplates((all) => ({ ...all, [audience]: template }))}
            noTemplates={offered[audience].data?.items.length === 0}
            error={issuesOf(apiError?.issues, `${audience}.templateId`, formsText)}
            autoFocus={i === 0}
          />
        ))}
      {phase !== 'choose' && (
        <Stack gap={4}>
          <Progress.Root size="lg">
            <Progress.Section
              value={(processed / total) * 100}
              withAria={false}
              role="progressbar"
              aria-label={t('bulk.sending')}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={processed}
              aria-valuetext={t('bulk.sent', { sent: result.sent.length, total })}
            />
          </Progress.Root>
          <Text size="sm" aria-live="polite">
            {t('bulk.progress', {
              sent: result.sent.length,
              total,
              skipped: result.failed.length,
              stopping: phase === 'sending' && stopped ? 'yes' : 'no',
            })}
          </Text>
        </Stack>
      )}
      {error && (
        <Alert
          color="red"
          role="alert"
          title={t(phase === 'done' ? 'bulk.stopped' : 'send.notSent')}
        >
          {apiError && apiError.issues.length > 0
            ? apiError.issues
                .map((i) => `${fieldLabel(i.field, formsText)}: ${formatIssue(i, formsText)}`)
                .join('. ')
            : error.message}
        </Alert>
      )}
      {phase === 'done' && (
        <BulkSendSummary interviews={chosen} result={result} stopped={stopped || !!error} />
      )}
      {phase === 'done' ? (
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('bulk.done')}</Button>
        </Group>
      ) : (
        <DialogActions
          cancel={t('send.cancel')}
          onCancel={() => {
            // While sending, Cancel stops after the request under way.
            if (phase === 'sending') {
              stopping.current = true;
              setStopped(true);
            } else onClose();
          }}
          act={t('bulk.act', { total })}
          onAct={() => void send()}
          loading={phase === 'sending'}
          disabled={!templates.candidate || !templates.interviewer}
        />
      )}
    </Stack>
  );
}
