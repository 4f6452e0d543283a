import {
  Alert,
  Button,
  type MantineBreakpoint,
  type MantineColor,
  Table,
  type TableProps,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { shell } from '../i18n/en/shell.js';
import { useText } from '../i18n/text.js';

/** A column heading that is more than its name: hidden on narrow screens, or not text. */
export interface Column {
  /** React's key; the label when it is text. */
  key?: string;
  label: ReactNode;
  /** Shown only from this breakpoint up (its cells need the same `visibleFrom`). */
  visibleFrom?: MantineBreakpoint;
  w?: number;
}

interface ListTableProps extends TableProps {
  /** The column headings; a last column, named only for screen readers, holds row actions. */
  columns: Array<string | Column>;
  children: ReactNode;
}

/** A table of records, one per row, each row ending in its actions. */
export function ListTable({ columns, children, ...table }: ListTableProps) {
  const t = useText(shell);
  return (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) =>
            typeof column === 'string' ? (
              <Table.Th key={column}>{column}</Table.Th>
            ) : (
              <Table.Th
                key={column.key ?? String(column.label)}
                visibleFrom={column.visibleFrom}
                w={column.w}
              >
                {column.label}
              </Table.Th>
            ),
          )}
          <Table.Th>
            <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

interface RowActionProps {
  /** The button's text. */
  children: ReactNode;
  /** Its accessible name, naming the row: "Revoke API key ATS sync". */
  label: string;
  onClick(): void;
  /** Red, for actions that end or remove something. */
  danger?: boolean;
  variant?: 'subtle' | 'light' | 'default';
  loading?: boolean;
}

/** One action in a row of a ListTable. */
export function RowAction({ children, label, danger, variant, ...button }: RowActionProps) {
  const color: MantineColor | undefined = danger ? 'red' : undefined;
  return (
    <Button size="xs" variant={variant ?? 'subtle'} color={color} aria-label={label} {...button}>
      {children}
    </Button>
  );
}

interface QueryTableProps<T> extends Omit<ListTableProps, 'children'> {
  query: UseQueryResult<{ items: T[] }>;
  /** Said instead of an empty table. */
  empty: string;
  children(items: T[]): ReactNode;
}

/** A ListTable of what a query loaded: its error in place of the table, or a line if empty. */
export function QueryTable<T>({ query, empty, children, ...table }: QueryTableProps<T>) {
  if (query.error) {
    return (
      <Alert color="red" role="alert">
        {query.error.message}
      </Alert>
    );
  }
  const items = query.data?.items ?? [];
  if (query.data && items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return <ListTable {...table}>{children(items)}</ListTable>;
}
