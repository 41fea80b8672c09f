/** A worker's income per year against the ceiling: a year selector, the chart, the ceiling alerts. */
import { Alert, Box, MenuItem, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useGetList, useGetOne, useTranslate } from "react-admin";
import type { CeilingRow } from "../ceilings/dataProvider";
import { errorText } from "../common/errorTexts";
import { useFormats } from "../common/officeFormat";
import { Section } from "../common/Section";
import { IncomeChart } from "./IncomeChart";
import { incomeId, type CeilingAlertRow, type FlexiIncomeRecord, type WorkerDetail } from "./dataProvider";

/** The calendar year in Brussels (design: calendar rules use Europe/Brussels). */
function currentYear(): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric" }).format(new Date()));
}

export function IncomeSection({ worker }: { worker: WorkerDetail }) {
  const translate = useTranslate();
  const latestYear = worker.latestDeclaration
    ? Number(worker.latestDeclaration.calculationPeriod.start.slice(0, 4))
    : null;
  // The year of the worker's latest pay first: the current year may have none yet.
  const [year, setYear] = useState(() => latestYear ?? currentYear());
  const { data: ceilings } = useGetList<CeilingRow>("ceilings");
  const years = [
    ...new Set([...(ceilings ?? []).map((c) => c.year), currentYear(), ...(latestYear ? [latestYear] : []), year]),
  ].sort((a, b) => b - a);
  const {
    data: income,
    error,
    isPending,
  } = useGetOne<FlexiIncomeRecord>("flexiIncome", { id: incomeId(worker.ssin, year) });

  return (
    <Section
      title={translate("flexi.office.income.title")}
      id="worker-income"
      actions={
        <TextField
          select
          size="small"
          label={translate("flexi.office.income.year")}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          sx={{ minWidth: 120 }}
          slotProps={{ select: { inputProps: { "data-testid": "income-year" } } }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      {isPending && <Typography variant="body2">{translate("ra.page.loading")}</Typography>}
      {error != null && <Alert severity="error">{errorText(translate, "flexi.office", error)}</Alert>}
      {income && <IncomeChart income={income} />}
      <CeilingAlerts workerId={worker.id} />
    </Section>
  );
}

function CeilingAlerts({ workerId }: { workerId: string }) {
  const translate = useTranslate();
  const { money, dateTime } = useFormats();
  const { data } = useGetList<CeilingAlertRow>("ceilingAlerts", {
    filter: { workerId },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {translate("flexi.office.income.alerts")}
      </Typography>
      {!data || data.length === 0 ? (
        <Typography variant="body2">{translate("flexi.office.income.noAlerts")}</Typography>
      ) : (
        <Box component="ul" sx={{ mt: 0 }} data-testid="ceiling-alerts">
          {data.map((alert) => (
            <li key={alert.id}>
              {translate("flexi.office.income.alert", {
                year: alert.year,
                total: money(alert.total),
                ceiling: money(alert.ceiling),
                at: dateTime(alert.raisedAt),
              })}
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
