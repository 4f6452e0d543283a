import { Alert, Button, Group, Menu, Tabs, Text, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { modals } from '@mantine/modals';
import { issuesOf } from '../format.js';
import { LANGUAGE_NAMES } from '../languages.js';
import {
  missingLocales,
  tabsWithProblems,
  type Variants,
  variantLocales,
  type WordingTab,
  wordingField,
} from '../template-variants.js';
import type { Audience, FieldIssue, Locale, TemplateVariant } from '../types.js';
import { LazyTemplateEditor as TemplateEditor } from './LazyTemplateEditor.js';

/** What the template form edits: the default wording and the wording per language. */
export interface TemplateValues {
  name: string;
  audience: Audience;
  subject: string;
  body: string;
  variants: Variants;
}

interface Props {
  form: UseFormReturnType<TemplateValues>;
  tab: WordingTab;
  onTab(tab: WordingTab): void;
  /** What the live preview of the tab shown found wrong, until saving says more. */
  previewIssues: FieldIssue[];
}

// A tab holding a refused field: a red mark, and words for a screen reader.
function ProblemMark() {
  return (
    <>
      <Text span c="red.8" fw={700} aria-hidden>
        !
      </Text>
      <VisuallyHidden>(has a problem to fix)</VisuallyHidden>
    </>
  );
}

/**
 * The template's subject and body: a tab for the default wording and one per language that has
 * its own, each with the same editor and tokens; "Add language" starts one from the default
 * wording (so it keeps the links), and a tab with a refused field is marked.
 */
export function TemplateWordingTabs({ form, tab, onTab, previewIssues }: Props) {
  const { variants } = form.values;
  const tabs: WordingTab[] = ['default', ...variantLocales(variants)];
  const missing = missingLocales(variants);
  const problems = tabsWithProblems(Object.keys(form.errors));
  const wording = (shown: WordingTab): TemplateVariant => {
    const { subject, body } = shown === 'default' ? form.values : (variants[shown] ?? form.values);
    return { subject, body };
  };

  // Only the part that changed is set, so a problem shown under the other stays until it is edited.
  const edit = (shown: WordingTab, content: TemplateVariant) => {
    const before = wording(shown);
    for (const part of ['subject', 'body'] as const) {
      if (content[part] !== before[part])
        form.setFieldValue(wordingField(shown, part), content[part]);
    }
  };
  const add = (locale: Locale) => {
    form.setFieldValue(`variants.${locale}`, {
      subject: form.values.subject,
      body: form.values.body,
    });
    onTab(locale);
  };
  const remove = (locale: Locale) =>
    modals.openConfirmModal({
      title: `Remove the ${LANGUAGE_NAMES[locale]} wording?`,
      children: (
        <Text size="sm">
          Recipients who read {LANGUAGE_NAMES[locale]} then get the default wording. Nothing changes
          until you save the template.
        </Text>
      ),
      labels: { confirm: 'Remove language', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        const { [locale]: _removed, ...rest } = form.getValues().variants;
        onTab('default');
        form.setFieldValue('variants', rest);
        for (const part of ['subject', 'body'] as const) {
          form.clearFieldError(wordingField(locale, part));
        }
      },
    });

  return (
    <Tabs value={tab} onChange={(value) => value && onTab(value as WordingTab)} keepMounted={false}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Tabs.List aria-label="Wording by language">
          {tabs.map((shown) => (
            <Tabs.Tab
              key={shown}
              value={shown}
              color={problems.includes(shown) ? 'red' : undefined}
              rightSection={problems.includes(shown) && <ProblemMark />}
            >
              {shown === 'default' ? 'Default' : <span lang={shown}>{LANGUAGE_NAMES[shown]}</span>}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {missing.length > 0 && (
          <Menu shadow="md" position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="subtle" size="compact-sm">
                Add language
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {missing.map((locale) => (
                <Menu.Item key={locale} lang={locale} onClick={() => add(locale)}>
                  {LANGUAGE_NAMES[locale]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {typeof form.errors.variants === 'string' && (
        <Alert color="red" role="alert" mt="sm">
          {form.errors.variants}
        </Alert>
      )}
      {tabs.map((shown) => (
        <Tabs.Panel key={shown} value={shown} pt="sm">
          {shown === 'default' ? (
            <Text size="xs" c="dimmed" mb="xs">
              For recipients whose language has no wording of its own.
            </Text>
          ) : (
            <Group justify="space-between" mb="xs">
              <Text size="xs" c="dimmed">
                For recipients who read <span lang={shown}>{LANGUAGE_NAMES[shown]}</span>.
              </Text>
              <Button variant="subtle" color="red" size="compact-xs" onClick={() => remove(shown)}>
                Remove language
              </Button>
            </Group>
          )}
          <TemplateEditor
            {...wording(shown)}
            onChange={(content) => edit(shown, content)}
            errors={{
              subject:
                form.errors[wordingField(shown, 'subject')] ?? issuesOf(previewIssues, 'subject'),
              body: form.errors[wordingField(shown, 'body')] ?? issuesOf(previewIssues, 'body'),
            }}
            bodyLabel={
              shown === 'default' ? 'Message body' : `Message body, ${LANGUAGE_NAMES[shown]}`
            }
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
