/** The worker's declarations (all employers, newest first), each a link to its page. */
import { Link as MuiLink, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useGetList, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { StatusIcon } from "../common/StatusIcon";
import type { DeclarationRow } from "../declarations/dataProvider";
import { useFormats } from "../common/officeFormat";

export function WorkerDeclarations({ workerId }: { workerId: string }) {
  const translate = useTranslate();
  const { money, range } = useFormats();
  const { data, total } = useGetList<DeclarationRow>("declarations", {
    filter: { workerId },
    pagination: { page: 1, perPage: 50 },
    sort: { field: "calculationDate", order: "DESC" },
  });
  if (!data) return <Typography variant="body2">{translate("ra.page.loading")}</Typography>;
  if (data.length === 0)
    return <Typography variant="body2">{translate("flexi.office.worker.noDeclarations")}</Typography>;
  return (
    <>
      <CardTable size="small" aria-label={translate("flexi.office.worker.declarations")}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("flexi.office.field.calculationPeriod")}</TableCell>
            <TableCell>{translate("flexi.office.field.employer")}</TableCell>
            <TableCell>{translate("flexi.office.field.status")}</TableCell>
            <TableCell align="right">{translate("flexi.office.field.total")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((declaration) => (
            <TableRow key={declaration.id}>
              <TableCell>
                <MuiLink component={Link} to={`/declarations/${declaration.id}/show`}>
                  {range(declaration.calculationPeriod)}
                </MuiLink>
              </TableCell>
              <TableCell>{declaration.employer.name}</TableCell>
              <TableCell>
                <StatusIcon status={declaration.status} withLabel />
              </TableCell>
              <TableCell align="right">{money(declaration.total)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </CardTable>
      {total != null && total > data.length && (
        <Typography variant="caption">
          {translate("flexi.office.moreRows", { smart_count: total - data.length })}
        </Typography>
      )}
    </>
  );
}
