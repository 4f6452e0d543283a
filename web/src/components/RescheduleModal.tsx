import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { FormAlert, useFormMutation } from '../forms.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { panelOf } from '../interview-facts.js';
import { interviewWritten } from '../queries.js';
import type { Interview } from '../types.js';
import { utcToZoned } from '../zoned-time.js';
import { ConflictWarnings } from './ConflictWarnings.js';
import { DialogActions } from './DialogActions.js';
import { checkWhere, WhereFields, type WhereValue } from './InterviewDetailsFields.js';
import { LocalTimes } from './LocalTimes.js';
import { isStaleVersion, StaleVersionAlert, useEditedInterview } from './StaleVersion.js';
import { checkWhen, WhenFields, type WhenValue, whenToIso } from './WhenFields.js';

interface Props {
  /** The interview to move; null keeps the window closed. */
  interview: Interview | null;
  onClose(): void;
}

/** Reschedule: new date, time, duration, zone or place; PATCH with the version read. */
export function RescheduleModal({ interview, onClose }: Props) {
  const t = useText(interviewForm);
  return (
    <Modal opened={interview !== null} onClose={onClose} title={t('reschedule.title')} size="lg">
      {interview && <RescheduleForm key={interview.id} interview={interview} onClose={onClose} />}
    </Modal>
  );
}

const NAMES = { startsAt: 'time' };

function valuesOf(interview: Interview): WhenValue & WhereValue {
  const { date, time } = utcToZoned(interview.startsAt, interview.timeZone);
  return {
    date,
    time,
    durationMinutes: interview.durationMinutes,
    timeZone: interview.timeZone,
    location: interview.location ?? '',
    meetingUrl: interview.meetingUrl ?? '',
  };
}

function RescheduleForm({
  interview: initial,
  onClose,
}: {
  interview: Interview;
  onClose(): void;
}) {
  const t = useText(interviewForm);
  const client = useQueryClient();
  const { base, reload } = useEditedInterview(initial, () => save.reset());
  const form = useForm({
    initialValues: valuesOf(initial),
    validate: (v) => ({ ...checkWhen(v, t), ...checkWhere(v, t) }),
  });

  const { mutation: save, submit } = useFormMutation(form, {
    names: NAMES,
    mutationFn: (values) =>
      api<Interview>('PATCH', `/interviews/${base.id}`, {
        version: base.version,
        startsAt: whenToIso(values),
        durationMinutes: Number(values.durationMinutes),
        timeZone: values.timeZone,
        location: values.location.trim() || null,
        meetingUrl: values.meetingUrl.trim() || null,
      }),
    onSuccess: (updated) => {
      void interviewWritten(client, updated);
      notifications.show({
        color: 'green',
        title: t('reschedule.done'),
        message: t(updated.invitesSentAt ? 'reschedule.doneSent' : 'reschedule.doneUnsent'),
      });
      onClose();
    },
  });
  const startsAt = whenToIso(form.values);
  const duration = Number(form.values.durationMinutes);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {base.invitesSentAt && (
          <Text size="sm" c="dimmed">
            {t('reschedule.sentHint')}
          </Text>
        )}
        <StaleVersionAlert error={save.error} title={t('reschedule.failed')} reload={reload} />
        {!isStaleVersion(save.error) && (
          <FormAlert error={save.error} form={form} names={NAMES} title={t('reschedule.failed')} />
        )}
        <WhenFields form={form} />
        <LocalTimes
          startsAt={startsAt}
          durationMinutes={duration}
          fallbackZone={form.values.timeZone}
          people={base.participants}
        />
        <ConflictWarnings
          request={
            startsAt && duration > 0
              ? {
                  method: 'PATCH',
                  path: `/interviews/${base.id}`,
                  body: { version: base.version, startsAt, durationMinutes: duration },
                }
              : null
          }
          names={new Map(panelOf(base).map((p) => [p.id, p.name]))}
        />
        <WhereFields form={form} />
        <DialogActions
          cancel={t('dialog.close')}
          onCancel={onClose}
          act={t('reschedule.save')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
