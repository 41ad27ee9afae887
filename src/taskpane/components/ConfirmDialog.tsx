/** A question before something that cannot be undone (replacing an unsaved in-browser workbook). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Props: whether it is open, its title and text, and the choices. */
export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A third choice between the two (e.g. download first), if any. */
  other?: { label: string; onClick: () => void };
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

/** The dialog; Esc and the cancel button both cancel. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog open={props.open} modalType="alert" onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface data-testid={props.testId}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={props.onConfirm} data-testid={`${props.testId}-confirm`}>
              {props.confirmLabel}
            </Button>
            {props.other && (
              <Button onClick={props.other.onClick} data-testid={`${props.testId}-other`}>
                {props.other.label}
              </Button>
            )}
            <Button onClick={props.onCancel} data-testid={`${props.testId}-cancel`}>
              {props.cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
