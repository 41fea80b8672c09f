/**
 * Bulk accept or refuse of the selected declarations with one reason. Each uses its own
 * expectedVersion; the dialog then says how many succeeded and which failed with what code.
 */
import BlockIcon from "@mui/icons-material/Block";
import CheckIcon from "@mui/icons-material/Check";
import { Alert, Box, Typography } from "@mui/material";
import { useState } from "react";
import { Button, useListContext, useRefresh, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import { errorText } from "../common/fieldErrors";
import { ReasonDialog } from "../common/ReasonDialog";
import { decideMany, type BulkResult, type Decision } from "./actions";
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

function BulkReviewDialog({ decision, onClose }: { decision: Decision; onClose: () => void }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { selectedIds, data, onSelect } = useListContext<DeclarationRow>();
  // What the agent selected and saw when opening the dialog; the list reloads underneath.
  const [ids] = useState(() => selectedIds.map(String));
  const [rows] = useState(() => new Map((data ?? []).map((row) => [String(row.id), row])));
  const [result, setResult] = useState<BulkResult | null>(null);

  const dataProvider = useFlexiDataProvider();

  const run = async (reason: string) => {
    const outcome = await decideMany(dataProvider, decision, ids, (id) => rows.get(id)?.version, reason);
    setResult(outcome);
    refresh();
  };

  const close = () => {
    // The failed rows stay selected, so the agent can look at them or try again. (The selection
    // changes only now: this dialog lives in the bulk toolbar, which goes when nothing is selected.)
    if (result) onSelect(result.failed.map((failure) => failure.id));
    onClose();
  };

  const nameOf = (id: string) => {
    const row = rows.get(id);
    return row ? `${row.worker.lastName} ${row.worker.firstName} (${row.employer.name})` : id;
  };

  return (
    <ReasonDialog
      open
      title={translate(`flexi.office.bulk.${decision}Title`, { smart_count: ids.length })}
      description={translate(`flexi.office.bulk.${decision}Text`, { smart_count: ids.length })}
      confirmLabel={translate(`flexi.office.action.${decision}`)}
      onClose={close}
      onConfirm={run}
      done={result != null}
    >
      {result && (
        <Box sx={{ mt: 2 }} role="status" data-testid="bulk-result">
          <Alert severity={result.failed.length === 0 ? "success" : "warning"}>
            {translate(`flexi.office.bulk.${decision}Done`, {
              smart_count: result.succeeded.length,
              total: ids.length,
            })}
          </Alert>
          {result.failed.length > 0 && (
            <>
              <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
                {translate("flexi.office.bulk.failed")}
              </Typography>
              <Box component="ul" sx={{ mt: 0 }}>
                {result.failed.map((failure) => (
                  <li key={failure.id} data-code={failure.code}>
                    {nameOf(failure.id)}: <strong>{failure.code}</strong> – {errorText(failure.error, translate)}
                  </li>
                ))}
              </Box>
            </>
          )}
        </Box>
      )}
    </ReasonDialog>
  );
}
