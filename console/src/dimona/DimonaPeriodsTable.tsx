/**
 * A worker's Dimona periods for one employer (on the declaration page): whether each covers the
 * calculation period is what control 00024-152 asks, so that column comes first.
 */
import { Box, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useGetList, useTranslate } from "react-admin";
import { visuallyHidden } from "../common/StatusIcon";
import { useFormats } from "../common/officeFormat";
import { DimonaCorrectionButton } from "./DimonaCorrectionButton";
import type { DimonaPeriodRow } from "./dataProvider";
import { formatHours } from "../common/format";

/** What 00024-152 looks for: a non-cancelled FLX period sharing a day with the calculation period. */
export function coversPeriod(period: DimonaPeriodRow, range: { start: string; end: string }): boolean {
  return (
    !period.cancelled &&
    period.workerType === "FLX" &&
    period.startDate <= range.end &&
    (period.endDate == null || period.endDate >= range.start)
  );
}

export function WorkerDimonaPeriods({
  workerId,
  employerId,
  calculationPeriod,
}: {
  workerId: string;
  employerId: string;
  calculationPeriod: { start: string; end: string };
}) {
  const translate = useTranslate();
  const { date, locale } = useFormats();
  const { data, isPending, error } = useGetList<DimonaPeriodRow>("dimonaPeriods", {
    filter: { workerId, employerId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "startDate", order: "DESC" },
  });
  if (isPending) return <Typography variant="body2">{translate("ra.page.loading")}</Typography>;
  if (error)
    return (
      <Typography variant="body2" color="error">
        {translate("flexi.office.loadFailed")}
      </Typography>
    );
  if (!data || data.length === 0)
    return <Typography variant="body2">{translate("flexi.office.dimona.none")}</Typography>;
  const yes = translate("flexi.office.yes");
  const no = translate("flexi.office.no");
  return (
    <CardTable size="small" aria-label={translate("flexi.office.declaration.dimona")}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("flexi.office.dimona.covers")}</TableCell>
          <TableCell>{translate("flexi.office.field.periodId")}</TableCell>
          <TableCell>{translate("flexi.office.field.dimonaWorkerType")}</TableCell>
          <TableCell>{translate("flexi.office.field.jointCommittee")}</TableCell>
          <TableCell>{translate("flexi.office.field.start")}</TableCell>
          <TableCell>{translate("flexi.office.field.end")}</TableCell>
          <TableCell align="right">{translate("flexi.office.field.plannedHours")}</TableCell>
          <TableCell>{translate("flexi.office.field.cancelled")}</TableCell>
          <TableCell>
            <Box component="span" sx={visuallyHidden}>
              {translate("flexi.office.field.actions")}
            </Box>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((period) => {
          const covers = coversPeriod(period, calculationPeriod);
          return (
            <TableRow key={period.id} selected={covers} data-period-id={period.periodId}>
              <TableCell sx={{ fontWeight: covers ? "bold" : undefined }}>{covers ? yes : no}</TableCell>
              <TableCell>{period.periodId}</TableCell>
              <TableCell>{period.workerType}</TableCell>
              <TableCell>{period.jointCommittee}</TableCell>
              <TableCell>
                {date(period.startDate)} {period.startHour ?? ""}
              </TableCell>
              <TableCell>
                {period.endDate
                  ? `${date(period.endDate)} ${period.endHour ?? ""}`
                  : translate("flexi.office.dimona.openEnded")}
              </TableCell>
              <TableCell align="right">{formatHours(period.plannedHours, locale)}</TableCell>
              <TableCell>{period.cancelled ? yes : no}</TableCell>
              <TableCell>
                <DimonaCorrectionButton period={period} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </CardTable>
  );
}
