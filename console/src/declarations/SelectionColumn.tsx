/**
 * The review queue's selection checkboxes. react-admin's own (DataTable bulk selection) put their
 * aria-label on MUI 9's root span, which leaves the input without a name (axe: "label",
 * "aria-prohibited-attr"); these name the input itself, after the row's worker.
 */
import { Checkbox } from "@mui/material";
import { useListContext, useTranslate } from "react-admin";
import type { DeclarationRow } from "./dataProvider";

export function SelectPageCheckbox() {
  const translate = useTranslate();
  const { data, selectedIds, onSelect } = useListContext<DeclarationRow>();
  const pageIds = (data ?? []).map((row) => row.id);
  const chosen = pageIds.filter((id) => selectedIds.includes(id));
  const all = pageIds.length > 0 && chosen.length === pageIds.length;
  return (
    <Checkbox
      checked={all}
      indeterminate={chosen.length > 0 && !all}
      disabled={pageIds.length === 0}
      // A selection holds only rows of the page shown (SelectionBar clears it on another page).
      onChange={() => onSelect(all ? [] : pageIds)}
      slotProps={{ input: { "aria-label": translate("flexi.office.review.selectPage") } }}
    />
  );
}

export function SelectRowCheckbox({ row }: { row: DeclarationRow }) {
  const translate = useTranslate();
  const { selectedIds, onToggleItem } = useListContext<DeclarationRow>();
  return (
    <Checkbox
      checked={selectedIds.includes(row.id)}
      onClick={(event) => event.stopPropagation()}
      onChange={() => onToggleItem(row.id)}
      slotProps={{
        input: {
          "aria-label": translate("flexi.office.review.selectRow", {
            name: `${row.worker.firstName} ${row.worker.lastName}`,
            employer: row.employer.name,
          }),
        },
      }}
    />
  );
}
