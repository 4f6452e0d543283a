import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';
import type { TemplateEditorProps } from './TemplateEditor.js';

// The rich-text editor (tiptap) is the app's heaviest part: load it only when one is shown.
const TemplateEditor = lazy(() =>
  import('./TemplateEditor.js').then((m) => ({ default: m.TemplateEditor })),
);

/** TemplateEditor, loaded on first use. */
export function LazyTemplateEditor(props: TemplateEditorProps) {
  const t = useText(words);
  return (
    <Suspense
      fallback={
        <Center mih={200}>
          <Loader size="sm" aria-label={t('editor.loading')} />
        </Center>
      }
    >
      <TemplateEditor {...props} />
    </Suspense>
  );
}
