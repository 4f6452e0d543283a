import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api.js';
import { formatIssue } from '../format.js';
import { forms } from '../i18n/en/forms.js';
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';
import { LANGUAGE_NAMES } from '../languages.js';
import { templateQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { Audience, Locale } from '../types.js';
import { HtmlFrame } from './HtmlFrame.js';
import { InvitableBadge } from './TemplateBadges.js';

export interface PreviewInput {
  audience: Audience;
  subject: string;
  body: string;
  /** The language tab being edited; left out for the default wording. */
  locale?: Locale;
}

/** The template rendered with sample data, 400 ms after the last change; null while typing on. */
export function useTemplatePreview(input: PreviewInput) {
  const { user } = useSession();
  const [key] = useDebouncedValue(JSON.stringify(input), 400);
  const debounced = JSON.parse(key) as PreviewInput;
  return useQuery(templateQueries.preview(debounced, user.timeZone));
}

/** "Live preview" beside the template editor: subject, HTML, and whether it can invite. */
export function TemplateLivePreview({
  preview,
  locale,
}: {
  preview: ReturnType<typeof useTemplatePreview>;
  /** The language of the wording shown, whose dates the sample writes in its way. */
  locale?: Locale | undefined;
}) {
  const t = useText(words);
  const formsText = useText(forms);
  const { user } = useSession();
  const error = preview.error instanceof ApiError ? preview.error : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="template-preview-title">
      <Group justify="space-between">
        <Text id="template-preview-title" fw={600}>
          {t('preview.title')}
        </Text>
        {preview.isFetching && <Loader size="xs" aria-label={t('preview.updating')} />}
      </Group>
      <Text size="xs" c="dimmed">
        {locale
          ? t.rich('preview.sampleIn', {
              zone: user.timeZone,
              language: <span lang={locale}>{LANGUAGE_NAMES[locale]}</span>,
            })
          : t('preview.sample', { zone: user.timeZone })}
      </Text>
      {!preview.data && !preview.error && !preview.isFetching && (
        <Text size="sm" c="dimmed">
          {t('preview.enterSubject')}
        </Text>
      )}
      {preview.isError ? (
        <Alert color="red" title={t('preview.cannotRender')} role="alert">
          {error?.issues.length
            ? error.issues.map((i) => (
                <Text key={`${i.field}-${i.line}-${i.column}-${i.message}`} size="sm">
                  {t(i.field === 'subject' ? 'preview.subjectIssue' : 'preview.bodyIssue')}:{' '}
                  {formatIssue(i, formsText)}
                </Text>
              ))
            : preview.error.message}
        </Alert>
      ) : (
        preview.data && (
          <>
            <div>
              <InvitableBadge invitable={preview.data.invitable} />
            </div>
            <Text size="sm">
              <Text span fw={600}>
                {t('preview.subject')}
              </Text>{' '}
              {preview.data.subject}
            </Text>
            <HtmlFrame title={t('preview.frame')} html={preview.data.html} height={420} />
          </>
        )
      )}
    </Stack>
  );
}
