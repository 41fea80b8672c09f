/**
 * Shown while declarations are selected: how many, the bulk review buttons, and clearing the
 * selection. A selection belongs to the page the agent sees: it starts empty each time the queue
 * opens (react-admin keeps it in the browser's storage otherwise, across pages and sign-ins), and
 * is cleared when the page, the page size, the filters or the order change.
 */
import { Button as MuiButton, Paper, Typography } from "@mui/material";
import { useEffect, useRef } from "react";
import { useListContext, useTranslate } from "react-admin";
import { BulkReviewButtons } from "./BulkReviewButtons";

export function SelectionBar() {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems, page, perPage, filterValues, sort } = useListContext();
  const unselect = useRef(onUnselectItems);
  unselect.current = onUnselectItems;
  const view = JSON.stringify([page, perPage, filterValues, sort]);
  useEffect(() => {
    unselect.current();
  }, [view]);
  if (selectedIds.length === 0) return null;
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={translate("flexi.office.review.selection")}
      sx={{ display: "flex", alignItems: "center", gap: 2, px: 2, py: 1, mb: 1, bgcolor: "#e8eef7", flexWrap: "wrap" }}
    >
      <Typography variant="body2" aria-live="polite">
        {translate("flexi.office.review.selected", { smart_count: selectedIds.length })}
      </Typography>
      <BulkReviewButtons />
      <MuiButton size="small" onClick={() => onUnselectItems()}>
        {translate("flexi.office.review.unselect")}
      </MuiButton>
    </Paper>
  );
}
