/**
 * The agent's actions on a declaration, offered where the status machine allows them (docs/domain.md#the-lifecycle):
 * correct (newest accepted or refused), accept or refuse with a reason and revalidate (newest
 * pending, accepted with warnings or refused). A stale version (CONFLICT) reloads the page.
 */
import BlockIcon from "@mui/icons-material/Block";
import CheckIcon from "@mui/icons-material/Check";
import EditIcon from "@mui/icons-material/Edit";
import ReplayIcon from "@mui/icons-material/Replay";
import { Button, Stack } from "@mui/material";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { ApiError } from "../../api/client";
import { errorText } from "../shared/fieldErrors";
import { ReasonDialog } from "../shared/ReasonDialog";
import { decide, revalidateDeclaration, type Decision } from "./actions";
import type { DeclarationDetail } from "./resource";

const DECIDABLE = new Set(["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED"]);
const CORRECTABLE = new Set(["ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REFUSED"]);

export function canCorrect(declaration: DeclarationDetail): boolean {
  return CORRECTABLE.has(declaration.status);
}

/** A CONFLICT: someone else changed the declaration since it was loaded; the page reloads. */
export function useOnConflict() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return (error: unknown): boolean => {
    if (!(error instanceof ApiError) || error.code !== "CONFLICT") return false;
    notify(translate("flexi.office.declaration.conflict"), { type: "warning" });
    refresh();
    return true;
  };
}

export function DeclarationActions({
  declaration,
  correcting,
  onCorrect,
}: {
  declaration: DeclarationDetail;
  correcting: boolean;
  onCorrect: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onConflict = useOnConflict();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const decidable = DECIDABLE.has(declaration.status);

  const confirm = async (reason: string) => {
    if (!decision) return;
    try {
      await decide(decision, declaration.id, declaration.version, reason);
    } catch (error) {
      if (!onConflict(error)) throw error;
      setDecision(null);
      return;
    }
    notify(translate(`flexi.office.declaration.${decision}Done`), { type: "success" });
    setDecision(null);
    refresh();
  };

  const revalidate = async () => {
    setBusy(true);
    try {
      await revalidateDeclaration(declaration.id);
      notify(translate("flexi.office.declaration.revalidated"), { type: "info" });
      refresh();
    } catch (error) {
      notify(errorText(error, translate), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }}>
      {canCorrect(declaration) && (
        <Button
          variant={correcting ? "contained" : "outlined"}
          startIcon={<EditIcon />}
          onClick={onCorrect}
          aria-expanded={correcting}
          disabled={correcting}
        >
          {translate("flexi.office.action.correct")}
        </Button>
      )}
      {decidable && (
        <>
          <Button variant="outlined" color="success" startIcon={<CheckIcon />} onClick={() => setDecision("accept")}>
            {translate("flexi.office.action.accept")}
          </Button>
          <Button variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setDecision("refuse")}>
            {translate("flexi.office.action.refuse")}
          </Button>
          <Button variant="outlined" startIcon={<ReplayIcon />} onClick={() => void revalidate()} disabled={busy}>
            {translate("flexi.office.action.revalidate")}
          </Button>
        </>
      )}
      <ReasonDialog
        open={decision != null}
        title={translate(`flexi.office.declaration.${decision ?? "accept"}Title`)}
        description={translate(`flexi.office.declaration.${decision ?? "accept"}Text`)}
        confirmLabel={translate(`flexi.office.action.${decision ?? "accept"}`)}
        onClose={() => setDecision(null)}
        onConfirm={confirm}
      />
    </Stack>
  );
}
