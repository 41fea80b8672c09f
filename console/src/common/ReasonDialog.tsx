/**
 * A dialog that asks for the reason of a back-office action (accept, refuse, bulk review): the
 * reason is required, as the API requires it; a server error on the reason shows on the field,
 * any other error above it. The caller closes the dialog when the action has succeeded.
 */
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from "@mui/material";
import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslate } from "react-admin";
import { FlexiApiError } from "../api/flexi";
import { errorText, fieldErrorText } from "./errorTexts";

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<void>;
  /** Shown below the reason, e.g. the results of a bulk action. */
  children?: ReactNode;
  /** Once the action is done: only "close" remains. */
  done?: boolean;
}

export function ReasonDialog({
  open,
  title,
  description,
  confirmLabel,
  onClose,
  onConfirm,
  children,
  done = false,
}: ReasonDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setReason("");
      setReasonError(null);
      setFailure(null);
    }
  }, [open]);

  const confirm = async () => {
    setFailure(null);
    if (reason.trim() === "") {
      setReasonError(translate("flexi.office.reason.required"));
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      const onReason =
        error instanceof FlexiApiError ? error.fieldErrors.find((e) => e.path.join(".") === "reason") : undefined;
      if (onReason) setReasonError(fieldErrorText(translate, "flexi.office", onReason));
      else setFailure(errorText(translate, "flexi.office", error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          required
          name="reason"
          label={translate("flexi.office.reason.label")}
          value={reason}
          disabled={busy || done}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError != null}
          helperText={reasonError ?? translate("flexi.office.reason.help")}
          margin="dense"
        />
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate(done ? "flexi.office.action.close" : "ra.action.cancel")}
        </Button>
        {!done && (
          <Button variant="contained" onClick={() => void confirm()} disabled={busy}>
            {confirmLabel}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
