import { Fieldset, Modal, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../api.js';
import { issuesOf } from '../format.js';
import { FormAlert, required, useFormMutation } from '../forms.js';
import { invalidate, keys } from '../queries.js';
import type { Audience, Template } from '../types.js';
import { DialogActions } from './DialogActions.js';
import { LazyTemplateEditor as TemplateEditor } from './LazyTemplateEditor.js';
import { TemplateLivePreview, useTemplatePreview } from './TemplateLivePreview.js';

interface TemplateFormModalProps {
  opened: boolean;
  /** The template to edit; null for a new one. */
  template: Template | null;
  onClose(): void;
}

/** New template / Edit template: name, audience, subject, rich body and a live preview. */
export function TemplateFormModal({ opened, template, onClose }: TemplateFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="min(75rem, 96vw)"
      title={template ? `Edit template: ${template.name}` : 'New template'}
    >
      {opened && <TemplateForm key={template?.id ?? 'new'} template={template} onClose={onClose} />}
    </Modal>
  );
}

interface Values {
  name: string;
  audience: Audience;
  subject: string;
  body: string;
}

function TemplateForm({ template, onClose }: { template: Template | null; onClose(): void }) {
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: template?.name ?? '',
      audience: template?.audience ?? 'candidate',
      subject: template?.subject ?? '',
      body: template?.body ?? '',
    },
    validate: { name: required('Enter a name'), subject: required('Enter a subject') },
  });
  const { audience, subject, body } = form.values;
  const preview = useTemplatePreview({ audience, subject, body });
  const { mutation: save, submit } = useFormMutation(form, {
    mutationFn: (fields) =>
      template
        ? api<Template>('PATCH', `/templates/${template.id}`, fields)
        : api<Template>('POST', '/templates', fields),
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: `Template “${saved.name}” saved` });
      void invalidate(client, keys.templates);
      onClose();
    },
  });
  // The live preview finds the same problems as saving would: show them in place until then.
  const previewIssues = preview.error instanceof ApiError ? preview.error.issues : [];

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Fieldset legend="Audience" variant="unstyled">
            <SegmentedControl
              aria-label="Audience"
              data={[
                { value: 'candidate', label: 'Candidate' },
                { value: 'interviewer', label: 'Interviewer' },
              ]}
              {...form.getInputProps('audience')}
            />
          </Fieldset>
          <TemplateEditor
            subject={subject}
            body={body}
            onChange={(content) => form.setValues(content)}
            errors={{
              subject: form.errors.subject ?? issuesOf(previewIssues, 'subject'),
              body: form.errors.body ?? issuesOf(previewIssues, 'body'),
            }}
          />
        </Stack>
        <TemplateLivePreview preview={preview} />
      </SimpleGrid>
      <FormAlert error={save.error} form={form} title="The template was not saved" mt="md" />
      <DialogActions
        cancel="Cancel"
        onCancel={onClose}
        act="Save"
        loading={save.isPending}
        mt="md"
      />
    </form>
  );
}
