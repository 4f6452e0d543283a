import { Badge, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, useFormMutation } from '../forms.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
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
  return (
    <Modal opened={interview !== null} onClose={onClose} title="Change interviewers" size="lg">
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
  const client = useQueryClient();
  const { base, reload } = useEditedInterview(initial, () => save.reset());
  const panel = panelOf(base);
  const [known, setKnown] = useState<KnownPeople>(new Map());
  const form = useForm({
    initialValues: { interviewerIds: base.interviewerIds },
    validate: {
      interviewerIds: (ids) => (ids.length === 0 ? 'Choose at least one interviewer' : null),
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
        title: 'Interviewers changed',
        message: updated.invitesSentAt
          ? 'New interviewers get an invite; removed ones get a cancellation.'
          : 'The new panel is saved.',
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
          {base.title} · the time and place stay as they are.
        </Text>
        <StaleVersionAlert error={save.error} title="Interviewers not changed" reload={reload} />
        {!isStaleVersion(save.error) && (
          <FormAlert
            error={save.error}
            form={form}
            names={NAMES}
            title="Interviewers not changed"
          />
        )}
        <InterviewerPicker
          value={chosen}
          onChange={(ids) => form.setFieldValue('interviewerIds', ids)}
          onKnown={setKnown}
          initialKnown={panel}
          error={form.errors.interviewerIds}
        />
        {!unchanged && (
          <Stack gap={4} aria-label="What happens" role="group">
            <Text size="sm" fw={500}>
              What happens when you save
            </Text>
            <List size="sm" spacing={2}>
              {added.map((p) => (
                <List.Item key={p.id}>
                  {p.name}: {sent ? 'gets an invite to confirm' : 'joins the panel'}
                </List.Item>
              ))}
              {removed.map((p) => (
                <List.Item key={p.id}>
                  {p.name}:{' '}
                  {sent
                    ? 'gets a cancellation; the event leaves their calendar'
                    : 'leaves the panel'}
                </List.Item>
              ))}
              {sent &&
                kept.map((p) => (
                  <List.Item key={p.id}>
                    <Group gap={6} wrap="nowrap" component="span">
                      <span>{p.name}: no message, their answer stands</span>
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
          cancel="Close"
          onCancel={onClose}
          act="Save interviewers"
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
