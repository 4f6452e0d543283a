import { Input, Stack, Text, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { templates as words } from '../i18n/en/templates.js';
import { type Translate, useText } from '../i18n/text.js';
import { TokenMenu, tokenText } from './TokenMenu.js';

/** The toolbar's and link editor's words (the toolbar shows only these controls). */
function toolbarLabels(t: Translate<typeof words>): Partial<RichTextEditorLabels> {
  return {
    boldControlLabel: t('editor.bold'),
    italicControlLabel: t('editor.italic'),
    underlineControlLabel: t('editor.underline'),
    clearFormattingControlLabel: t('editor.clearFormatting'),
    h2ControlLabel: t('editor.h2'),
    h3ControlLabel: t('editor.h3'),
    bulletListControlLabel: t('editor.bulletList'),
    orderedListControlLabel: t('editor.orderedList'),
    linkControlLabel: t('editor.link'),
    unlinkControlLabel: t('editor.unlink'),
    linkEditorInputLabel: t('editor.linkUrl'),
    linkEditorExternalLink: t('editor.linkExternal'),
    linkEditorInternalLink: t('editor.linkInternal'),
    linkEditorSave: t('editor.linkSave'),
  };
}

export interface TemplateContent {
  subject: string;
  body: string;
}

export interface TemplateEditorProps extends TemplateContent {
  onChange(content: TemplateContent): void;
  /** What the server refused in the subject and body (on save, preview or send). */
  errors?: { subject?: ReactNode; body?: ReactNode };
  /** Names the body for assistive technology, e.g. "Candidate message body". */
  bodyLabel?: string;
}

// Links may only go to the web or to mail; a whole-token href such as
// {{ interview.link }} is kept, since the server checks tokens and sanitizes on save.
const ALLOWED_HREF = /^(?:https?:\/\/|mailto:)/i;
const TOKEN_HREF = /^\{\{\s*[a-z][a-z0-9_.]*\s*\}\}$/i;

const extensions = [
  StarterKit.configure({ heading: { levels: [2, 3] }, link: false }),
  Link.configure({
    openOnClick: false,
    isAllowedUri: (url) => ALLOWED_HREF.test(url.trim()) || TOKEN_HREF.test(url.trim()),
  }),
];

/** Subject and rich body of a communication template, with a token menu for each. */
export function TemplateEditor(props: TemplateEditorProps) {
  const t = useText(words);
  const { subject, body, onChange, errors = {}, bodyLabel = t('wording.body') } = props;
  const id = useId();
  const labels = useMemo(() => toolbarLabels(t), [t]);
  const latest = useRef({ subject, onChange });
  latest.current = { subject, onChange };
  // The HTML the editor last produced, to tell our own updates from a new body coming in.
  const shown = useRef(body);
  const subjectInput = useRef<HTMLInputElement>(null);
  const [initialBody] = useState(body);
  const describedBy = errors.body ? `${id}-body-error` : undefined;
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': bodyLabel,
        'aria-multiline': 'true',
        role: 'textbox',
        ...(describedBy ? { 'aria-describedby': describedBy, 'aria-invalid': 'true' } : {}),
      },
    }),
    [bodyLabel, describedBy],
  );

  const editor = useEditor({
    extensions,
    content: initialBody,
    editorProps,
    onUpdate: ({ editor: e }) => {
      const html = e.getHTML();
      shown.current = html;
      latest.current.onChange({ subject: latest.current.subject, body: html });
    },
  });

  useEffect(() => {
    if (!editor || body === shown.current) return;
    shown.current = body;
    editor.commands.setContent(body, { emitUpdate: false });
  }, [editor, body]);

  const insertIntoBody = (name: string) => {
    editor?.chain().focus().insertContent(tokenText(name)).run();
  };

  const insertIntoSubject = (name: string) => {
    const input = subjectInput.current;
    const start = input?.selectionStart ?? subject.length;
    const end = input?.selectionEnd ?? start;
    const text = tokenText(name);
    onChange({ subject: subject.slice(0, start) + text + subject.slice(end), body });
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  return (
    <Stack gap="sm">
      <TextInput
        ref={subjectInput}
        label={t('editor.subject')}
        required
        value={subject}
        onChange={(e) => onChange({ subject: e.currentTarget.value, body })}
        error={errors.subject}
        rightSectionWidth={84}
        rightSectionPointerEvents="all"
        rightSection={
          <TokenMenu
            label={t('editor.subjectToken')}
            text={t('editor.token')}
            onPick={insertIntoSubject}
          />
        }
      />
      <Input.Wrapper
        label={t('editor.message')}
        labelElement="div"
        id={`${id}-body`}
        description={t('editor.messageHint')}
      >
        <RichTextEditor editor={editor} variant="default" labels={labels}>
          <RichTextEditor.Toolbar>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
              <RichTextEditor.ClearFormatting />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
            <TokenMenu label={t('editor.insertToken')} onPick={insertIntoBody} />
          </RichTextEditor.Toolbar>
          <RichTextEditor.Content mih={160} />
        </RichTextEditor>
      </Input.Wrapper>
      {errors.body && (
        <Text size="sm" c="red" id={`${id}-body-error`} role="alert">
          {errors.body}
        </Text>
      )}
    </Stack>
  );
}
