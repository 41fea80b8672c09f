/**
 * The audit trail of one record: who changed what when and why, each field before and after.
 * Loaded through the "auditEntries" resource, so react-admin's refresh after a correction
 * reloads it with the record.
 */
import { Box, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useGetList, useTranslate } from "react-admin";
import { useFormats } from "../common/officeFormat";
import type { AuditEntryRow } from "./dataProvider";
import { auditValue } from "./auditValue";

/**
 * `reads`: false (the default) lists the changes, true the back office's reads of income, which
 * would otherwise soon crowd the changes out of a worker's trail.
 */
export function AuditTrail({ entityId, reads = false }: { entityId: string; reads?: boolean }) {
  const translate = useTranslate();
  const { dateTime } = useFormats();
  const { data, isPending, error } = useGetList<AuditEntryRow>("auditEntries", {
    filter: { entityId, reads },
    pagination: { page: 1, perPage: 100 },
  });
  if (isPending) return <Typography variant="body2">{translate("ra.page.loading")}</Typography>;
  if (error)
    return (
      <Typography variant="body2" color="error">
        {translate("flexi.office.loadFailed")}
      </Typography>
    );
  if (!data || data.length === 0)
    return (
      <Typography variant="body2">
        {translate(reads ? "flexi.office.audit.noReads" : "flexi.office.audit.none")}
      </Typography>
    );
  return (
    <CardTable
      size="small"
      aria-label={translate(reads ? "flexi.office.audit.readsTitle" : "flexi.office.audit.title")}
      data-testid={reads ? "income-reads" : "audit-trail"}
    >
      <TableHead>
        <TableRow>
          <TableCell>{translate("flexi.office.audit.at")}</TableCell>
          <TableCell>{translate("flexi.office.audit.actor")}</TableCell>
          <TableCell>{translate("flexi.office.audit.action")}</TableCell>
          <TableCell>{translate("flexi.office.reason.label")}</TableCell>
          <TableCell>{translate("flexi.office.audit.changes")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((entry) => (
          <TableRow key={entry.id} data-audit-action={entry.action}>
            <TableCell sx={{ whiteSpace: "nowrap", verticalAlign: "top" }}>{dateTime(entry.at)}</TableCell>
            <TableCell sx={{ verticalAlign: "top" }}>
              {entry.actor.displayName} ({entry.actor.login})
            </TableCell>
            <TableCell sx={{ verticalAlign: "top" }}>
              {translate(`flexi.office.auditAction.${entry.action}`, { _: entry.action })}
            </TableCell>
            <TableCell sx={{ verticalAlign: "top" }}>{entry.reason}</TableCell>
            <TableCell sx={{ verticalAlign: "top" }}>
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    <strong>{translate(`flexi.office.auditField.${change.field}`, { _: change.field })}</strong>:{" "}
                    <ChangeValue field={change.field} value={change.before} /> →{" "}
                    <ChangeValue field={change.field} value={change.after} />
                  </li>
                ))}
              </Box>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}

/** A value before or after, in the reader's words and formats (auditValue.ts). */
function ChangeValue({ field, value }: { field: string; value: string | null }) {
  const translate = useTranslate();
  const formats = useFormats();
  if (value == null) return <em>{translate("flexi.office.audit.empty")}</em>;
  return (
    <Box component="span" data-audit-value sx={{ overflowWrap: "anywhere", bgcolor: "grey.100", px: 0.5 }}>
      {auditValue(field, value, formats, translate)}
    </Box>
  );
}
