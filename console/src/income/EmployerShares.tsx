/** Each employer's part of the year's pay: accepted (toward the ceiling), pending, share. */
import { TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useTranslate } from "react-admin";
import { formatMoney, type Locale } from "../common/format";
import type { MyFlexiIncomeQuery } from "../gql/graphql";
import { toCents } from "./money";

type Share = MyFlexiIncomeQuery["flexiIncome"]["byEmployer"][number];

export function EmployerShares({
  shares,
  total,
  locale,
  labelledBy,
}: {
  shares: Share[];
  total: string;
  locale: Locale;
  labelledBy: string;
}) {
  const translate = useTranslate();
  const totalCents = toCents(total);
  // Whole percent for reading, computed in cents; "–" when nothing is accepted yet.
  const share = (amount: string) =>
    totalCents === 0n ? "–" : `${(toCents(amount) * 100n + totalCents / 2n) / totalCents} %`;
  return (
    <CardTable size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate("flexi.income.employer")}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate("flexi.income.accepted")}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate("flexi.income.pending")}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate("flexi.income.share")}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shares.map((s) => (
          <TableRow key={s.employer.id} data-employer={s.employer.name}>
            <TableCell component="th" scope="row">
              {s.employer.name}
            </TableCell>
            <TableCell align="right">{formatMoney(s.total, locale)}</TableCell>
            <TableCell align="right">{formatMoney(s.pending, locale)}</TableCell>
            <TableCell align="right">{share(s.total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}
