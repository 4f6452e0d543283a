import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Fragment, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../api.js';
import { issuesOf } from '../format.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { variantLocales, variantsOf } from '../template-variants.js';
import type { Audience, InviteChoice, InvitePreview as Rendered, Template } from '../types.js';
import { InvitePreview } from './InvitePreview.js';
import { LazyTemplateEditor as TemplateEditor } from './LazyTemplateEditor.js';
import { TemplatePicker } from './TemplatePicker.js';

/** One audience's message in Send Invites: the chosen template and this interview's edits. */
export interface InviteDraft {
  template: Template;
  subject: string;
  body: string;
  /** True once the coordinator changed the subject or body here. */
  edited?: boolean;
}

export function choiceOf(draft: InviteDraft): InviteChoice {
  return { templateId: draft.template.id, subject: draft.subject, body: draft.body };
}

const NAMES: Record<Audience, { section: string; field: string; person: string }> = {
  candidate: { section: 'Candidate Message', field: 'Candidate Invite', person: 'Candidate' },
  interviewer: {
    section: 'Interviewer Message',
    field: 'Interviewer Invite',
    person: 'Interviewer',
  },
};

interface InviteSectionProps {
  interviewId: string;
  audience: Audience;
  draft: InviteDraft | null;
  onDraft(draft: InviteDraft | null): void;
  /** A template of the other audience, needed by the preview API; its edits do not matter here. */
  otherTemplateId: string | null;
  /** True when no template of this audience carries the Interview Link. */
  noTemplates: boolean;
  sendError: ApiError | null;
  autoFocus?: boolean;
}

/** "Candidate Message" / "Interviewer Message": pick an invite, edit it, preview it. */
export function InviteSection(props: InviteSectionProps) {
  const { interviewId, audience, draft, onDraft, otherTemplateId, noTemplates, sendError } = props;
  const names = NAMES[audience];
  const titleId = `${audience}-message-title`;
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  // Keep keyboard focus on the Preview / Edit communication button as one replaces the other.
  const focusNext = useRef(false);
  const toggle = (button: HTMLButtonElement | null) => {
    if (button && focusNext.current) {
      focusNext.current = false;
      button.focus();
    }
  };
  const switchTo = (next: 'edit' | 'preview') => {
    focusNext.current = true;
    setMode(next);
  };

  const preview = useMutation({
    mutationFn: (own: InviteChoice) => {
      const other = { templateId: otherTemplateId };
      const body =
        audience === 'candidate'
          ? { candidate: own, interviewer: other }
          : { candidate: other, interviewer: own };
      return api<{ items: Rendered[] }>('POST', `/interviews/${interviewId}/invites/preview`, body);
    },
    onSuccess: () => switchTo('preview'),
  });
  const previewError = preview.error instanceof ApiError ? preview.error : null;
  const errors = previewError ?? sendError;
  const pick = (template: Template | null) => {
    preview.reset();
    setMode('edit');
    onDraft(template && { template, subject: template.subject, body: template.body });
  };

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={3} size="h4" id={titleId}>
        {names.section}
      </Title>
      <InviteTemplateField
        audience={audience}
        value={draft?.template ?? null}
        onChange={pick}
        noTemplates={noTemplates}
        error={issuesOf(errors?.issues, `${audience}.templateId`)}
        autoFocus={props.autoFocus}
      />
      {draft && (
        <>
          <Box display={mode === 'preview' ? 'none' : undefined}>
            <TemplateEditor
              subject={draft.subject}
              body={draft.body}
              onChange={(content) => {
                if (preview.error) preview.reset();
                const changed =
                  (content.subject ?? draft.subject) !== draft.subject ||
                  (content.body ?? draft.body) !== draft.body;
                onDraft({ ...draft, ...content, edited: draft.edited === true || changed });
              }}
              errors={{
                subject: issuesOf(errors?.issues, `${audience}.subject`),
                body: issuesOf(errors?.issues, `${audience}.body`),
              }}
              bodyLabel={`${names.person} message body`}
            />
            <OtherLanguages template={draft.template} />
          </Box>
          {mode === 'preview' && preview.data && (
            <InvitePreview
              items={preview.data.items.filter((i) => i.role === audience)}
              audienceLabel={names.person}
            />
          )}
          {previewError && !previewError.issues.some((i) => i.field.startsWith(`${audience}.`)) && (
            <Alert color="red" role="alert">
              {previewError.message}
            </Alert>
          )}
          <Group>
            {mode === 'edit' ? (
              <Button
                ref={toggle}
                variant="light"
                loading={preview.isPending}
                disabled={!otherTemplateId}
                onClick={() => preview.mutate(choiceOf(draft))}
              >
                Preview
              </Button>
            ) : (
              <Button ref={toggle} variant="light" onClick={() => switchTo('edit')}>
                Edit communication
              </Button>
            )}
            {!otherTemplateId && (
              <Text size="sm" c="dimmed">
                Preview needs an invite for the other audience too.
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}

interface InviteTemplateFieldProps {
  audience: Audience;
  value: Template | null;
  onChange(template: Template | null): void;
  /** True when no template of this audience carries the Interview Link. */
  noTemplates: boolean;
  error?: string | undefined;
  autoFocus?: boolean;
}

/** An audience's invite: its type-ahead, or where to write one when none can invite. */
export function InviteTemplateField({ noTemplates, ...picker }: InviteTemplateFieldProps) {
  const names = NAMES[picker.audience];
  if (noTemplates) {
    return (
      <Alert color="yellow" title={`No ${names.field}`}>
        No invite templates contain the Interview Link token — create one under{' '}
        <Anchor component={Link} to="/templates">
          Configure Communications
        </Anchor>
      </Alert>
    );
  }
  return <TemplatePicker label={names.field} {...picker} />;
}

/** Which languages the template has its own wording in: their readers get that, not these edits. */
function OtherLanguages({ template }: { template: Template }) {
  const locales = variantLocales(variantsOf(template));
  if (locales.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      Also written in{' '}
      {locales.map((locale, i) => (
        <Fragment key={locale}>
          {i > 0 && ', '}
          <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>
        </Fragment>
      ))}
      : recipients who read one of these get the template’s wording in it, without edits made here.
    </Text>
  );
}
