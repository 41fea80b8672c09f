/**
 * The agent's actions on a declaration, each offered only when the API lists it in the
 * declaration's allowedActions (the server decides from the lifecycle and the caller's role): correct,
 * accept or refuse with a reason, revalidate; each a custom method of the data provider. A stale
 * version (CONFLICT) reloads the page.
 */
import BlockIcon from "@mui/icons-material/Block";
import CheckIcon from "@mui/icons-material/Check";
import EditIcon from "@mui/icons-material/Edit";
import ReplayIcon from "@mui/icons-material/Replay";
import { Button, Stack } from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import { FlexiApiError } from "../api/flexi";
import { errorText } from "../common/errorTexts";
import { ReasonDialog } from "../common/ReasonDialog";
import { decide, type Decision } from "./actions";
import type { DeclarationDetail } from "./dataProvider";

/** A CONFLICT: someone else changed the declaration since it was loaded; the page reloads. */
export function useOnConflict() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return (error: unknown): boolean => {
    if (!(error instanceof FlexiApiError) || error.code !== "CONFLICT") return false;
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
  const dataProvider = useFlexiDataProvider();
  const [decision, setDecision] = useState<Decision | null>(null);
  const allowed = declaration.allowedActions;

  const decideMutation = useMutation({
    mutationFn: ({ chosen, reason }: { chosen: Decision; reason: string }) =>
      decide(dataProvider, chosen, declaration.id, declaration.version, reason),
    onSuccess: (_answer, { chosen }) => {
      notify(translate(`flexi.office.declaration.${chosen}Done`), { type: "success" });
      setDecision(null);
      refresh();
    },
  });

  /** The dialog shows a field error of the reason itself; a CONFLICT closes it and reloads. */
  const confirm = async (reason: string) => {
    if (!decision) return;
    try {
      await decideMutation.mutateAsync({ chosen: decision, reason });
    } catch (error) {
      if (!onConflict(error)) throw error;
      setDecision(null);
    }
  };

  const revalidate = useMutation({
    mutationFn: () => dataProvider.revalidateDeclaration({ id: declaration.id }),
    onSuccess: () => {
      notify(translate("flexi.office.declaration.revalidated"), { type: "info" });
      refresh();
    },
    onError: (error) => notify(errorText(translate, "flexi.office", error), { type: "error" }),
  });

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }} data-testid="declaration-actions">
      {allowed.includes("CORRECT") && (
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
      {allowed.includes("ACCEPT") && (
        <Button variant="outlined" color="success" startIcon={<CheckIcon />} onClick={() => setDecision("accept")}>
          {translate("flexi.office.action.accept")}
        </Button>
      )}
      {allowed.includes("REFUSE") && (
        <Button variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setDecision("refuse")}>
          {translate("flexi.office.action.refuse")}
        </Button>
      )}
      {allowed.includes("REVALIDATE") && (
        <Button
          variant="outlined"
          startIcon={<ReplayIcon />}
          onClick={() => revalidate.mutate()}
          disabled={revalidate.isPending}
        >
          {translate("flexi.office.action.revalidate")}
        </Button>
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
