import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CursorPager, useCursorPages } from '../components/CursorPager.js';
import { TemplateFormModal } from '../components/TemplateFormModal.js';
import { TemplateTable } from '../components/TemplateTable.js';
import { templateQueries } from '../queries.js';
import type { Audience, Template } from '../types.js';

/** Configure Communications: the communication templates, their search and editing. */
export function TemplatesPage() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [audience, setAudience] = useState<Audience | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [form, setForm] = useState<{ opened: boolean; template: Template | null }>({
    opened: false,
    template: null,
  });
  const openForm = (template: Template | null) => setForm({ opened: true, template });
  const paging = useCursorPages();
  const list = useQuery(
    templateQueries.list({ q, audience, includeArchived: showArchived, cursor: paging.cursor }),
  );
  // A new filter starts again from the first page.
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      paging.reset();
    };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Configure Communications</Title>
        <Button onClick={() => openForm(null)}>New template</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search templates"
          placeholder="Name"
          type="search"
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={260}
        />
        <Select
          label="Audience"
          placeholder="All audiences"
          clearable
          value={audience}
          onChange={(value) => filter(setAudience)(value as Audience | null)}
          data={[
            { value: 'candidate', label: 'Candidate' },
            { value: 'interviewer', label: 'Interviewer' },
          ]}
          w={200}
        />
        <Switch
          label="Show archived"
          checked={showArchived}
          onChange={(e) => filter(setShowArchived)(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {list.isPending && (
        <Center>
          <Loader aria-label="Loading templates" />
        </Center>
      )}
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text c="dimmed">
          {q || audience ? 'No template matches.' : 'No templates yet: create the first one.'}
        </Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <TemplateTable templates={list.data.items} onEdit={openForm} />
      )}
      <CursorPager paging={paging} nextCursor={list.data?.nextCursor} label="Templates" />
      <TemplateFormModal
        opened={form.opened}
        template={form.template}
        onClose={() => setForm((f) => ({ ...f, opened: false }))}
      />
    </Stack>
  );
}
