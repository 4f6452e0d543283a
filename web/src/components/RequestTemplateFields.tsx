import { Alert, Anchor, Fieldset, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { scheduling as words } from '../i18n/en/scheduling.js';
import { useText } from '../i18n/text.js';
import { templateQueries } from '../queries.js';
import { useRememberedInvites } from '../remembered-invites.js';
import type { Audience, Template } from '../types.js';
import { InviteTemplateField } from './InviteSection.js';
import { TemplatePicker } from './TemplatePicker.js';

/** The three templates a scheduling request names, as the form holds them. */
export interface RequestTemplates {
  requestTemplate: Template | null;
  candidateTemplate: Template | null;
  interviewerTemplate: Template | null;
}

const INVITE_FIELD: Record<Audience, keyof RequestTemplates> = {
  candidate: 'candidateTemplate',
  interviewer: 'interviewerTemplate',
};

interface Props {
  value: RequestTemplates;
  onChange(field: keyof RequestTemplates, template: Template | null): void;
  errors: Partial<Record<keyof RequestTemplates, string>>;
}

/**
 * The request's own email (a candidate template holding the Scheduling Link; the only one is
 * chosen to start with) and the invites sent once the candidate books (those last sent from
 * this browser chosen to start with, as in Send Invites).
 */
export function RequestTemplateFields({ value, onChange, errors }: Props) {
  const t = useText(words);
  const requests = useQuery(templateQueries.schedulable(''));
  const offered = {
    candidate: useQuery(templateQueries.invitable('candidate', '')),
    interviewer: useQuery(templateQueries.invitable('interviewer', '')),
  };
  const only = requests.data?.items.length === 1 ? requests.data.items[0] : undefined;
  const chosen = value.requestTemplate !== null;
  useEffect(() => {
    if (only && !chosen) onChange('requestTemplate', only);
  }, [only, chosen, onChange]);
  useRememberedInvites((audience, template) => {
    if (!value[INVITE_FIELD[audience]]) onChange(INVITE_FIELD[audience], template);
  });
  return (
    <Fieldset legend={t('emails.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('emails.intro')}
        </Text>
        {requests.data?.items.length === 0 ? (
          <Alert color="yellow" title={t('emails.noRequest')}>
            {t.rich('emails.noRequestText', {
              link: (chunks) => (
                <Anchor component={Link} to="/templates">
                  {chunks}
                </Anchor>
              ),
            })}
          </Alert>
        ) : (
          <TemplatePicker
            purpose="request"
            audience="candidate"
            label={t('emails.request')}
            value={value.requestTemplate}
            onChange={(template) => onChange('requestTemplate', template)}
            error={errors.requestTemplate}
          />
        )}
        {(['candidate', 'interviewer'] as const).map((audience) => (
          <InviteTemplateField
            key={audience}
            audience={audience}
            value={value[INVITE_FIELD[audience]]}
            onChange={(template) => onChange(INVITE_FIELD[audience], template)}
            noTemplates={offered[audience].data?.items.length === 0}
            error={errors[INVITE_FIELD[audience]]}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
