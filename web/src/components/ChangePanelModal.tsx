import { Badge, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, useFormMutation } from '../forms.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { type PanelMember, panelOf } from '../interview-facts.js';
import { interviewWritten } from '../queries.js';
import type { Interview } from '../types.js';
import { ConflictWarnings } from './ConflictWarnings.js';
import { DialogActions } from './DialogActions.js';
import { InterviewerPicker, type KnownPeople } from './InterviewerPicker.js';
import { LocalTimes } from './LocalTimes.js';
import { ATTENDANCE } from './ParticipantsTable.js';
import { isStaleVersion, StaleVersionAlert, useEditedInterview } from './StaleVersion.js';

interface Props {
  /** The interview whose interviewers change; null keeps the window closed. */
  interview: Interview | null;
  onClose(): void;
}

/**
 * Change interviewers: add, remove or replace people on the panel. With invites out, a newcomer
 * gets an invite, a removed interviewer a cancellation of their calendar event, and everyone
 * else keeps their answer; the window says who gets what before anything is saved.
 */
export function ChangePanelModal({ interview, onClose }: Props) {
  const t = useText(interviewForm);
  return (
    <Modal opened={interview !== null} onClose={onClose} title={t('panel.title')} size="lg">
      {interview && <ChangePanelForm key={interview.id} interview={interview} onClose={onClose} />}
    </Modal>
  );
}

const NAMES = { interviewerIds: 'interviewerIds' };

function ChangePanelForm({
  interview: initial,
  onClose,
}: {
  interview: Interview;
  onClose(): void;
}) {
  const t = useText(interviewForm);
  const client = useQueryClient();
  const { base, reload } = useEditedInterview(initial, () => save.reset());
  const panel = panelOf(base);
  const [known, setKnown] = useState<KnownPeople>(new Map());
  const form = useForm({
    initialValues: { interviewerIds: base.interviewerIds },
    validate: {
      interviewerIds: (ids) => (ids.length === 0 ? t('panel.interviewersMissing') : null),
    },
  });
  const { mutation: save, submit } = useFormMutation(form, {
    names: NAMES,
    mutationFn: (values) =>
      api<Interview>('PATCH', `/interviews/${base.id}`, {
        version: base.version,
        interviewerIds: values.interviewerIds,
      }),
    onSuccess: (updated) => {
      void interviewWritten(client, updated);
      notifications.show({
        color: 'green',
        title: t('panel.done'),
        message: t(updated.invitesSentAt ? 'panel.doneSent' : 'panel.doneUnsent'),
      });
      onClose();
    },
  });

  const chosen = form.values.interviewerIds;
  const added = chosen.flatMap((id) => {
    const person = known.get(id);
    return person && !panel.some((p) => p.id === id) ? [person] : [];
  });
  const removed = panel.filter((p) => !chosen.includes(p.id));
  const kept = panel.filter((p) => chosen.includes(p.id));
  const sent = base.invitesSentAt !== null;
  const unchanged = chosen.join(',') === base.interviewerIds.join(',');
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('panel.hint', { title: base.title })}
        </Text>
        <StaleVersionAlert error={save.error} title={t('panel.failed')} reload={reload} />
        {!isStaleVersion(save.error) && (
          <FormAlert error={save.error} form={form} names={NAMES} title={t('panel.failed')} />
        )}
        <InterviewerPicker
          value={chosen}
          onChange={(ids) => form.setFieldValue('interviewerIds', ids)}
          onKnown={setKnown}
          initialKnown={panel}
          error={form.errors.interviewerIds}
        />
        {!unchanged && (
          <Stack gap={4} aria-label={t('panel.whatHappens')} role="group">
            <Text size="sm" fw={500}>
              {t('panel.whenYouSave')}
            </Text>
            <List size="sm" spacing={2}>
              {added.map((p) => (
                <List.Item key={p.id}>
                  {t('panel.added', { name: p.name, sent: sent ? 'yes' : 'no' })}
                </List.Item>
              ))}
              {removed.map((p) => (
                <List.Item key={p.id}>
                  {t('panel.removed', { name: p.name, sent: sent ? 'yes' : 'no' })}
                </List.Item>
              ))}
              {sent &&
                kept.map((p) => (
                  <List.Item key={p.id}>
                    <Group gap={6} wrap="nowrap" component="span">
                      <span>{t('panel.kept', { name: p.name })}</span>
                      <AttendanceBadge member={p} />
                    </Group>
                  </List.Item>
                ))}
            </List>
          </Stack>
        )}
        <ConflictWarnings
          request={
            unchanged || chosen.length === 0
              ? null
              : {
                  method: 'PATCH',
                  path: `/interviews/${base.id}`,
                  body: { version: base.version, interviewerIds: chosen },
                }
          }
          names={new Map([...panel, ...known.values()].map((p) => [p.id, p.name] as const))}
        />
        <LocalTimes
          startsAt={base.startsAt}
          durationMinutes={base.durationMinutes}
          fallbackZone={base.timeZone}
          people={added}
        />
        <DialogActions
          cancel={t('dialog.close')}
          onCancel={onClose}
          act={t('panel.save')}
          loading={save.isPending}
          disabled={unchanged}
        />
      </Stack>
    </form>
  );
}

function AttendanceBadge({ member }: { member: PanelMember }) {
  const t = useText(interviewDetails);
  const { key, color } = ATTENDANCE[member.attendance];
  return (
    <Badge size="sm" variant="light" color={color}>
      {t(key)}
    </Badge>
  );
}
