/**
 * Bulk accept or refuse of the selected declarations on the page the agent sees, with one
 * reason, in one request (all or nothing, each with the version shown). Afterwards nothing stays
 * selected: on success the dialog says how many were decided; when the API refused the call,
 * it names each declaration that stood in the way by its worker and employer and says why in
 * words, and the list shows the current state to decide again from.
 */
import BlockIcon from "@mui/icons-material/Block";
import CheckIcon from "@mui/icons-material/Check";
import { Alert, Box } from "@mui/material";
import { useState } from "react";
import { Button, useListContext, useRefresh, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import { ReasonDialog } from "../common/ReasonDialog";
import { decideAll, type Decision, type RefusedItem } from "./actions";
import type { DeclarationRow } from "./dataProvider";

export function BulkReviewButtons() {
  const translate = useTranslate();
  const [decision, setDecision] = useState<Decision | null>(null);
  return (
    <>
      <Button label={translate("flexi.office.action.accept")} onClick={() => setDecision("accept")}>
        <CheckIcon />
      </Button>
      <Button label={translate("flexi.office.action.refuse")} onClick={() => setDecision("refuse")}>
        <BlockIcon />
      </Button>
      {decision && <BulkReviewDialog decision={decision} onClose={() => setDecision(null)} />}
    </>
  );
}

type Outcome = { done: true } | { done: false; refused: RefusedItem[] };

function BulkReviewDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { selectedIds, data, onUnselectItems } = useListContext<DeclarationRow>();
  // The selected rows the agent sees when opening the dialog (with their versions); the list reloads underneath.
  const [rows] = useState(() => (data ?? []).filter((row) => selectedIds.includes(row.id)));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const dataProvider = useFlexiDataProvider();

  const run = async (reason: string) => {
    const items = rows.map((row) => ({ id: String(row.id), expectedVersion: row.version }));
    const refused = await decideAll(dataProvider, decision, items, reason);
    setOutcome(refused.length === 0 ? { done: true } : { done: false, refused });
    refresh();
  };

  const close = () => {
    // Nothing stays selected after an action: the agent decides again from what the list shows now.
    // (Cleared only now: this dialog lives in the selection bar, which goes when nothing is selected.)
    if (outcome) onUnselectItems();
    onClose();
  };

  const nameOf = (id: string) => {
    const row = rows.find((r) => String(r.id) === id);
    return row ? `${row.worker.firstName} ${row.worker.lastName} (${row.employer.name})` : id;
  };

  return (
    <ReasonDialog
      open
      title={translate(`flexi.office.bulk.${decision}Title`, { smart_count: rows.length })}
      description={translate(`flexi.office.bulk.${decision}Text`, { smart_count: rows.length })}
      confirmLabel={translate(`flexi.office.action.${decision}`)}
      onClose={close}
      onConfirm={run}
      done={outcome != null}
    >
      {outcome && (
        <Box sx={{ mt: 2 }} role="status" data-testid="bulk-result">
          {outcome.done ? (
            <Alert severity="success">
              {translate(`flexi.office.bulk.${decision}Done`, { smart_count: rows.length, total: rows.length })}
            </Alert>
          ) : (
            <Alert severity="warning">
              {translate("flexi.office.bulk.nothingDone", { smart_count: outcome.refused.length })}
              <Box component="ul" sx={{ mb: 0 }}>
                {outcome.refused.map((item) => (
                  <li key={item.id} data-code={item.code}>
                    <strong>{nameOf(item.id)}</strong>: {translate(`flexi.office.bulk.why.${item.code}`, { _: "" })}
                  </li>
                ))}
              </Box>
            </Alert>
          )}
        </Box>
      )}
    </ReasonDialog>
  );
}
