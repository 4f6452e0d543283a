import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { Audience, Template } from '../types.js';
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

function TemplateForm({ template, onClose }: { template: Template | null; onClose(): void }) {
  const client = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [audience, setAudience] = useState<Audience>(template?.audience ?? 'candidate');
  const [content, setContent] = useState({
    subject: template?.subject ?? '',
    body: template?.body ?? '',
  });
  const preview = useTemplatePreview({ audience, ...content });
  const save = useMutation({
    mutationFn: () => {
      const fields = { name, audience, ...content };
      return template
        ? api<Template>('PATCH', `/templates/${template.id}`, fields)
        : api<Template>('POST', '/templates', fields);
    },
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: `Template “${saved.name}” saved` });
      void client.invalidateQueries({ queryKey: ['templates'] });
      onClose();
    },
  });
  const saveError = save.error instanceof ApiError ? save.error : null;
  const previewError = preview.error instanceof ApiError ? preview.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={saveError?.forField('name')}
          />
          <Fieldset legend="Audience" variant="unstyled">
            <SegmentedControl
              aria-label="Audience"
              value={audience}
              onChange={(value) => setAudience(value as Audience)}
              data={[
                { value: 'candidate', label: 'Candidate' },
                { value: 'interviewer', label: 'Interviewer' },
              ]}
            />
          </Fieldset>
          <TemplateEditor
            subject={content.subject}
            body={content.body}
            onChange={setContent}
            errors={saveError ?? previewError}
          />
        </Stack>
        <TemplateLivePreview preview={preview} />
      </SimpleGrid>
      {save.error && (
        <Alert color="red" role="alert" mt="md" title="The template was not saved">
          {save.error.message}
        </Alert>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          Save
        </Button>
      </Group>
    </form>
  );
}
