/**
 * A table that becomes a stack of cards on a phone (below 600 px): each row a card, its cells in
 * two columns, each under its column's name, so that no column (and no action) is pushed off the
 * screen. The column names are copied from the table's header onto its cells (data-label) as
 * rows come and go; a cell spanning several columns (a row folded out below another) gets none.
 * From 600 px up it is MUI's table as before.
 */
import { Box, Table, type TableProps } from "@mui/material";
import type { Theme } from "@mui/material/styles";
import { useEffect, useRef } from "react";

/** The styles that turn a table's own rows (not those of a table inside it) into cards on a phone. */
export const phoneCards = (theme: Theme) => ({
  [theme.breakpoints.down("sm")]: {
    display: "block",
    "& > thead": {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clip: "rect(0 0 0 0)",
      whiteSpace: "nowrap",
    },
    "& > tbody, & > tfoot": { display: "block" },
    "& > tbody > tr, & > tfoot > tr": {
      display: "grid",
      gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
      columnGap: theme.spacing(1),
      border: `1px solid ${theme.palette.divider}`,
      borderRadius: `${theme.shape.borderRadius}px`,
      mb: 1.5,
      py: 0.5,
    },
    "& > tbody > tr > td, & > tbody > tr > th, & > tfoot > tr > td, & > tfoot > tr > th": {
      display: "block",
      border: 0,
      textAlign: "left",
      whiteSpace: "normal",
      overflowWrap: "anywhere",
      py: 0.75,
      px: 1.5,
    },
    // A cell without a column name (one spanning the row: what folds out below it) takes the card's width.
    "& > tbody > tr > :not([data-label]), & > tfoot > tr > :not([data-label])": { gridColumn: "1 / -1" },
    "& > tbody > tr > [data-label]::before, & > tfoot > tr > [data-label]::before": {
      content: "attr(data-label)",
      display: "block",
      fontSize: "0.75rem",
      fontWeight: 500,
      color: theme.palette.text.secondary,
    },
  },
});

/** Copies each column's name from the header onto the cells of the table's own rows. */
function labelCells(table: HTMLTableElement): void {
  const header = table.tHead?.rows[0];
  if (!header) return;
  const names: string[] = [];
  for (const cell of Array.from(header.cells)) {
    const name = (cell.getAttribute("aria-label") ?? cell.textContent ?? "").trim();
    for (let i = 0; i < cell.colSpan; i++) names.push(cell.colSpan === 1 ? name : "");
  }
  const rows = [...Array.from(table.tBodies), ...(table.tFoot ? [table.tFoot] : [])].flatMap((section) =>
    Array.from(section.rows),
  );
  for (const row of rows) {
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      const name = cell.colSpan === 1 ? names[column] : "";
      if (name) {
        if (cell.getAttribute("data-label") !== name) cell.setAttribute("data-label", name);
      } else cell.removeAttribute("data-label");
      column += cell.colSpan;
    }
  }
}

export function CardTable({ sx, ...props }: TableProps) {
  const ref = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelCells(table);
    // Rows come and go (a page of results, a row folding out), and the language may change.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  // Wider than the window from 600 px up (many columns on a tablet): the table scrolls in its box, not the
  // page; the box is positioned so that the visually hidden texts inside (absolutely placed) stay in it too.
  return (
    <Box sx={{ overflowX: "auto", maxWidth: "100%", position: "relative" }}>
      <Table ref={ref} {...props} sx={[phoneCards, ...(Array.isArray(sx) ? sx : [sx])]} />
    </Box>
  );
}
