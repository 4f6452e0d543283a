import { Alert, Button, Group, Menu, Tabs, Text, VisuallyHidden } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { modals } from '@mantine/modals';
import { issuesOf } from '../format.js';
import { forms } from '../i18n/en/forms.js';
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(words);
  return (
    <>
      <Text span c="red.8" fw={700} aria-hidden>
        !
      </Text>
      <VisuallyHidden>{t('wording.problem')}</VisuallyHidden>
    </>
  );
}

/**
 * The template's subject and body: a tab for the default wording and one per language that has
 * its own, each with the same editor and tokens; "Add language" starts one from the default
 * wording (so it keeps the links), and a tab with a refused field is marked.
 */
export function TemplateWordingTabs({ form, tab, onTab, previewIssues }: Props) {
  const t = useText(words);
  const formsText = useText(forms);
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
      title: t('wording.removeTitle', { language: LANGUAGE_NAMES[locale] }),
      children: (
        <Text size="sm">{t('wording.removeText', { language: LANGUAGE_NAMES[locale] })}</Text>
      ),
      labels: { confirm: t('wording.remove'), cancel: t('wording.keep') },
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
        <Tabs.List aria-label={t('wording.tabs')}>
          {tabs.map((shown) => (
            <Tabs.Tab
              key={shown}
              value={shown}
              color={problems.includes(shown) ? 'red' : undefined}
              rightSection={problems.includes(shown) && <ProblemMark />}
            >
              {shown === 'default' ? (
                t('wording.default')
              ) : (
                <span lang={shown}>{LANGUAGE_NAMES[shown]}</span>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {missing.length > 0 && (
          <Menu shadow="md" position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="subtle" size="compact-sm">
                {t('wording.add')}
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
              {t('wording.defaultFor')}
            </Text>
          ) : (
            <Group justify="space-between" mb="xs">
              <Text size="xs" c="dimmed">
                {t.rich('wording.languageFor', {
                  language: <span lang={shown}>{LANGUAGE_NAMES[shown]}</span>,
                })}
              </Text>
              <Button variant="subtle" color="red" size="compact-xs" onClick={() => remove(shown)}>
                {t('wording.remove')}
              </Button>
            </Group>
          )}
          <TemplateEditor
            {...wording(shown)}
            onChange={(content) => edit(shown, content)}
            errors={{
              subject:
                form.errors[wordingField(shown, 'subject')] ??
                issuesOf(previewIssues, 'subject', formsText),
              body:
                form.errors[wordingField(shown, 'body')] ??
                issuesOf(previewIssues, 'body', formsText),
            }}
            bodyLabel={
              shown === 'default'
                ? t('wording.body')
                : t('wording.bodyIn', { language: LANGUAGE_NAMES[shown] })
            }
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
