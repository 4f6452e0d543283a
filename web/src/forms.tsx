/**
 * What every form does with a refused write: a 400's field issues (`error.details.issues[] =
 * {field, message}`) are shown under the form's own fields, and whatever no field can show
 * (another error, or an issue about something not on the form) in one alert above the button.
 */
import { Alert, Card, type MantineSpacing } from '@mantine/core';
import { isNotEmpty, type UseFormReturnType } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from './api.js';
import { type FormsText, fieldLabel, formatIssue } from './format.js';
import { forms } from './i18n/en/forms.js';
import { useText } from './i18n/text.js';
import type { FieldIssue } from './types.js';

/** Server field names that differ from the form's, e.g. `{ startsAt: 'time' }`. */
export type FieldNames = Record<string, string>;

// biome-ignore lint/suspicious/noExplicitAny: any form's values; only their field names are read.
type AnyForm = UseFormReturnType<any, any>;

// True when `path` ("variants.fr.body") leads through objects of the form to a plain value.
function isNestedField(values: Record<string, unknown>, path: string): boolean {
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, key)) {
      return false;
    }
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at !== 'object' || at === null;
}

// The form field an issue is shown under: the one it names, a field of an object on the form
// ("variants.fr.body"), else the list it is about ("events.2" under events); none if not shown.
function formField(values: Record<string, unknown>, named: string): string | undefined {
  if (named in values || isNestedField(values, named)) return named;
  const first = named.split('.')[0];
  return first !== undefined && first in values ? first : undefined;
}

function split(form: AnyForm, error: unknown, names: FieldNames, t: FormsText) {
  const onFields: Record<string, string> = {};
  const rest: FieldIssue[] = [];
  const issues = error instanceof ApiError ? error.issues : [];
  const values = form.getValues() as Record<string, unknown>;
  for (const issue of issues) {
    const field = formField(values, names[issue.field] ?? issue.field);
    if (field === undefined) rest.push(issue);
    else onFields[field] = [onFields[field], formatIssue(issue, t)].filter(Boolean).join('; ');
  }
  return { onFields, rest };
}

/**
 * Shows a refused write's field issues under the form's fields (use as the mutation's onError),
 * in the words of `t` (`useText(forms)`).
 */
export function showIssues(form: AnyForm, error: unknown, names: FieldNames, t: FormsText): void {
  const { onFields } = split(form, error, names, t);
  if (Object.keys(onFields).length > 0) form.setErrors({ ...form.errors, ...onFields });
}

interface FormAlertProps {
  error: Error | null;
  form: AnyForm;
  names?: FieldNames;
  title?: string;
  mt?: MantineSpacing;
}

/** The part of a refused write that no field of the form shows, if any. */
export function FormAlert({ error, form, names = {}, title, mt }: FormAlertProps) {
  const t = useText(forms);
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  const { rest } = split(form, error, names, t);
  if (issues.length > 0 && rest.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title} mt={mt}>
      {issues.length === 0
        ? error.message
        : rest
            .map((issue) =>
              t('alert.issue', { field: fieldLabel(issue.field, t), issue: formatIssue(issue, t) }),
            )
            .join('. ')}
    </Alert>
  );
}

/** A field that must be filled in before the form is sent; `message` says so in the form’s words. */
export const required = (message: string) => isNotEmpty(message);

interface FormMutationOptions<V, R> {
  /** Sends the form's values. */
  mutationFn(values: V): Promise<R>;
  onSuccess?(result: R, values: V): void;
  /** After the refusal's issues are under the fields, e.g. to show the tab holding them. */
  onError?(error: Error): void;
  /** Server field names that differ from the form's. */
  names?: FieldNames;
}

/**
 * The write a form makes: `submit` checks the form's own rules, then sends its values; a refusal
 * puts the server's issues under the fields (and FormAlert shows the rest).
 */
export function useFormMutation<V, R>(
  form: UseFormReturnType<V, V>,
  { mutationFn, onSuccess, onError, names }: FormMutationOptions<V, R>,
) {
  const t = useText(forms);
  const mutation = useMutation<R, Error, V>({
    mutationFn,
    onSuccess,
    onError: (error) => {
      showIssues(form, error, names ?? {}, t);
      onError?.(error);
    },
  });
  return { mutation, submit: form.onSubmit((values) => mutation.mutate(values)) };
}

interface FormCardProps {
  /** The form's accessible name, e.g. "Add user". */
  label: string;
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}

/** A form in a bordered card on a page; the browser's own checks are off, the form's own speak. */
export function FormCard({ label, onSubmit, children }: FormCardProps) {
  return (
    <Card withBorder component="form" onSubmit={onSubmit} noValidate aria-label={label}>
      {children}
    </Card>
  );
}
