import { Button, Group, type MantineSpacing } from '@mantine/core';

interface Props {
  /** Leaves the dialog: "Cancel" or "Close". */
  cancel: string;
  onCancel(): void;
  /** What the dialog is for, e.g. "Save interview"; submits its form unless onAct is given. */
  act: string;
  onAct?(): void;
  loading: boolean;
  disabled?: boolean;
  mt?: MantineSpacing;
}

/** A dialog's two buttons, right-aligned: leave it, or do what it is for. */
export function DialogActions({ cancel, onCancel, act, onAct, loading, disabled, mt }: Props) {
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {cancel}
      </Button>
      <Button
        type={onAct ? 'button' : 'submit'}
        onClick={onAct}
        loading={loading}
        disabled={disabled}
      >
        {act}
      </Button>
    </Group>
  );
}
