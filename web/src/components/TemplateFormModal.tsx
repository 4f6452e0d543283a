import { Fieldset, Modal, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../api.js';
import { FormAlert, useFormMutation } from '../forms.js';
import { templates as words } from '../i18n/en/templates.js';
import { type Translate, useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import {
  tabToShow,
  variantLocales,
  variantsOf,
  type WordingTab,
  wordingField,
} from '../template-variants.js';
import type { Template } from '../types.js';
import { DialogActions } from './DialogActions.js';
import { TemplateLivePreview, useTemplatePreview } from './TemplateLivePreview.js';
import { type TemplateValues, TemplateWordingTabs } from './TemplateWordingTabs.js';

interface TemplateFormModalProps {
  opened: boolean;
  /** The template to edit; null for a new one. */
  template: Template | null;
  onClose(): void;
}

/**
 * New template / Edit template: name, audience, subject and rich body, the same per language
 * (a tab each), and a live preview of the tab being edited.
 */
export function TemplateFormModal({ opened, template, onClose }: TemplateFormModalProps) {
  const t = useText(words);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="min(75rem, 96vw)"
      title={template ? t('form.editTitle', { name: template.name }) : t('form.newTitle')}
    >
      {opened && <TemplateForm key={template?.id ?? 'new'} template={template} onClose={onClose} />}
    </Modal>
  );
}

// What must be there before anything is sent: a name, and a subject for every wording.
function check(values: TemplateValues, t: Translate<typeof words>): FormErrors {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = t('form.enterName');
  if (!values.subject.trim()) errors.subject = t('form.enterSubject');
  for (const locale of variantLocales(values.variants)) {
    if (!values.variants[locale]?.subject.trim()) {
      errors[wordingField(locale, 'subject')] = t('form.enterSubject');
    }
  }
  return errors;
}

function TemplateForm({ template, onClose }: { template: Template | null; onClose(): void }) {
  const t = useText(words);
  const client = useQueryClient();
  const form = useForm<TemplateValues>({
    initialValues: {
      name: template?.name ?? '',
      audience: template?.audience ?? 'candidate',
      subject: template?.subject ?? '',
      body: template?.body ?? '',
      variants: variantsOf(template),
    },
    validate: (values) => check(values, t),
  });
  const [tab, setTab] = useState<WordingTab>('default');
  const { audience, subject, body, variants } = form.values;
  // The preview shows the tab being edited, its dates written in its language.
  const shown = tab === 'default' ? { subject, body } : (variants[tab] ?? { subject, body });
  const preview = useTemplatePreview({
    audience,
    ...shown,
    ...(tab === 'default' ? {} : { locale: tab }),
  });
  const { mutation: save } = useFormMutation(form, {
    // The variants are written whole: a language removed here is removed from the template.
    mutationFn: (fields) =>
      template
        ? api<Template>('PATCH', `/templates/${template.id}`, fields)
        : api<Template>('POST', '/templates', fields),
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: t('form.saved', { name: saved.name }) });
      void invalidate(client, keys.templates);
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError)
        setTab((shown) =>
          tabToShow(
            shown,
            error.issues.map((i) => i.field),
          ),
        );
    },
  });
  // A refused field on another language's tab is shown by opening that tab.
  const submit = form.onSubmit(
    (values) => save.mutate(values),
    (errors) => setTab((shown) => tabToShow(shown, Object.keys(errors))),
  );
  // The live preview finds the same problems as saving would: show them in place until then.
  const previewIssues = preview.error instanceof ApiError ? preview.error.issues : [];

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <TextInput
            label={t('form.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Fieldset legend={t('form.audience')} variant="unstyled">
            <SegmentedControl
              aria-label={t('form.audience')}
              data={[
                { value: 'candidate', label: t('audience.candidate') },
                { value: 'interviewer', label: t('audience.interviewer') },
              ]}
              {...form.getInputProps('audience')}
            />
          </Fieldset>
          <TemplateWordingTabs form={form} tab={tab} onTab={setTab} previewIssues={previewIssues} />
        </Stack>
        <TemplateLivePreview preview={preview} locale={tab === 'default' ? undefined : tab} />
      </SimpleGrid>
      <FormAlert error={save.error} form={form} title={t('form.notSaved')} mt="md" />
      <DialogActions
        cancel={t('form.cancel')}
        onCancel={onClose}
        act={t('form.save')}
        loading={save.isPending}
        mt="md"
      />
    </form>
  );
}
