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
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';
import { templateQueries } from '../queries.js';
import type { Audience, Template } from '../types.js';

/** Configure Communications: the communication templates, their search and editing. */
export function TemplatesPage() {
  const t = useText(words);
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
        <Title order={2}>{t('page.title')}</Title>
        <Button onClick={() => openForm(null)}>{t('page.new')}</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('page.search')}
          placeholder={t('page.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('page.audience')}
          placeholder={t('page.allAudiences')}
          clearable
          value={audience}
          onChange={(value) => filter(setAudience)(value as Audience | null)}
          data={[
            { value: 'candidate', label: t('audience.candidate') },
            { value: 'interviewer', label: t('audience.interviewer') },
          ]}
          w={200}
        />
        <Switch
          label={t('page.showArchived')}
          checked={showArchived}
          onChange={(e) => filter(setShowArchived)(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {list.isPending && (
        <Center>
          <Loader aria-label={t('page.loading')} />
        </Center>
      )}
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && (
        <Text c="dimmed">{t(q || audience ? 'page.noneMatching' : 'page.none')}</Text>
      )}
      {list.data && list.data.items.length > 0 && (
        <TemplateTable templates={list.data.items} onEdit={openForm} />
      )}
      <CursorPager paging={paging} nextCursor={list.data?.nextCursor} label={t('page.pages')} />
      <TemplateFormModal
        opened={form.opened}
        template={form.template}
        onClose={() => setForm((f) => ({ ...f, opened: false }))}
      />
    </Stack>
  );
}
