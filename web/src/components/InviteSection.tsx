import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Fragment, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../api.js';
import { issuesOf } from '../format.js';
import { forms } from '../i18n/en/forms.js';
import { invites as words } from '../i18n/en/invites.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(words);
  const formsText = useText(forms);
  const candidate = audience === 'candidate';
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
        {t(candidate ? 'section.candidate' : 'section.interviewer')}
      </Title>
      <InviteTemplateField
        audience={audience}
        value={draft?.template ?? null}
        onChange={pick}
        noTemplates={noTemplates}
        error={issuesOf(errors?.issues, `${audience}.templateId`, formsText)}
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
                subject: issuesOf(errors?.issues, `${audience}.subject`, formsText),
                body: issuesOf(errors?.issues, `${audience}.body`, formsText),
              }}
              bodyLabel={t(candidate ? 'section.candidateBody' : 'section.interviewerBody')}
            />
            <OtherLanguages template={draft.template} />
          </Box>
          {mode === 'preview' && preview.data && (
            <InvitePreview
              items={preview.data.items.filter((i) => i.role === audience)}
              audience={audience}
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
                {t('section.preview')}
              </Button>
            ) : (
              <Button ref={toggle} variant="light" onClick={() => switchTo('edit')}>
                {t('section.edit')}
              </Button>
            )}
            {!otherTemplateId && (
              <Text size="sm" c="dimmed">
                {t('section.previewNeedsOther')}
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
  const t = useText(words);
  const candidate = picker.audience === 'candidate';
  if (noTemplates) {
    return (
      <Alert color="yellow" title={t(candidate ? 'field.noCandidate' : 'field.noInterviewer')}>
        {t.rich('field.noTemplates', {
          link: (chunks) => (
            <Anchor component={Link} to="/templates">
              {chunks}
            </Anchor>
          ),
        })}
      </Alert>
    );
  }
  return (
    <TemplatePicker label={t(candidate ? 'field.candidate' : 'field.interviewer')} {...picker} />
  );
}

/** Which languages the template has its own wording in: their readers get that, not these edits. */
function OtherLanguages({ template }: { template: Template }) {
  const t = useText(words);
  const locales = variantLocales(variantsOf(template));
  if (locales.length === 0) return null;
  const languages = locales.map((locale, i) => (
    <Fragment key={locale}>
      {i > 0 && ', '}
      <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>
    </Fragment>
  ));
  return (
    <Text size="xs" c="dimmed" mt="xs">
      {t.rich('section.otherLanguages', { languages })}
    </Text>
  );
}
