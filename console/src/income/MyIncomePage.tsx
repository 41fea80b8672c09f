/**
 * "My flexi income": a worker's accepted and pending flexi pay of a calendar year
 * against the tax-free ceiling, per employer, with pay while retired apart, a provisional ceiling
 * said so, and the ceiling alerts of that year. The year defaults to the current one in Brussels.
 */
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Title, useLocaleState, usePermissions, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import type { Rights } from "../auth/authProvider";
import { errorText } from "../common/errorTexts";
import { formatDateTime, formatMoney, type Locale } from "../common/format";
import type { MyFlexiIncomeQuery } from "../gql/graphql";
import { EmployerShares } from "./EmployerShares";
import { GaugeLegend, IncomeGauge } from "./IncomeGauge";
import { brusselsYear, fromCents, toCents } from "./money";

export default function MyIncomePage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Rights>();
  const current = brusselsYear();
  const [year, setYear] = useState(current);
  const ssin = permissions?.user.ssin ?? null;
  // The years around today: the last two (pay is declared late and corrected), this one, the next.
  const years = [current - 2, current - 1, current, current + 1];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate("flexi.income.title")} />
      <Stack spacing={2}>
        <Typography component="h1" variant="h5">
          {translate("flexi.income.title")}
        </Typography>
        <Typography>{translate("flexi.income.intro")}</Typography>
        {permissions && !ssin && <Alert severity="info">{translate("flexi.income.noSsin")}</Alert>}
        {ssin && (
          <>
            <TextField
              select
              name="year"
              label={translate("flexi.income.year")}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
              sx={{ width: 160 }}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            <YearIncome ssin={ssin} year={year} />
          </>
        )}
      </Stack>
    </Box>
  );
}

function YearIncome({ ssin, year }: { ssin: string; year: number }) {
  const translate = useTranslate();
  const dataProvider = useFlexiDataProvider();
  // An expired or revoked token sends the user to the sign-in page (the data provider).
  const income = useQuery({
    queryKey: ["income", "myFlexiIncome", ssin, year],
    queryFn: () => dataProvider.myFlexiIncome({ ssin, year }),
    // Keep the previous year on screen while the next loads: no jump of the layout.
    placeholderData: keepPreviousData,
  });

  if (income.error)
    return (
      <Alert severity="error">
        {translate("flexi.income.loadError", { message: errorText(translate, "flexi.form", income.error) })}
      </Alert>
    );
  if (!income.data) return <CircularProgress aria-label={translate("ra.page.loading")} />;
  return <YearIncomeView data={income.data} />;
}

function YearIncomeView({ data }: { data: MyFlexiIncomeQuery }) {
  const translate = useTranslate();
  const [localeState] = useLocaleState();
  const locale = localeState as Locale;
  const { flexiIncome: income, flexiCeilings, ceilingAlerts } = data;
  const { year } = income;
  const money = (amount: string) => formatMoney(amount, locale);
  const provisional = flexiCeilings.find((c) => c.year === year)?.provisional ?? false;
  const pendingWouldExceed =
    income.ceiling != null &&
    !income.exceeded &&
    toCents(income.total) + toCents(income.pending) > toCents(income.ceiling);
  const nothing =
    toCents(income.total) === 0n && toCents(income.pending) === 0n && toCents(income.pensionerTotal) === 0n;
  const gaugeLabel = income.ceiling
    ? translate("flexi.income.gauge", {
        year,
        total: money(income.total),
        pending: money(income.pending),
        ceiling: money(income.ceiling),
      })
    : translate("flexi.income.gaugeNoCeiling", { year, total: money(income.total), pending: money(income.pending) });

  return (
    <>
      <Card variant="outlined" data-testid="income-counter">
        <CardContent>
          <Stack spacing={2}>
            <Typography component="h2" variant="h6">
              {income.ceiling ? translate("flexi.income.ceiling", { year }) : year}
              {provisional && (
                <Chip
                  size="small"
                  label={translate("flexi.income.provisional")}
                  sx={{ ml: 1 }}
                  data-testid="provisional"
                />
              )}
            </Typography>
            {income.exceeded && (
              <Alert severity="error" data-testid="exceeded">
                {translate("flexi.income.exceeded", {
                  year,
                  total: money(income.total),
                  ceiling: money(income.ceiling ?? "0"),
                })}
              </Alert>
            )}
            {pendingWouldExceed && <Alert severity="warning">{translate("flexi.income.pendingWouldExceed")}</Alert>}
            {!income.ceiling && <Alert severity="info">{translate("flexi.income.noCeiling", { year })}</Alert>}
            {nothing && <Typography>{translate("flexi.income.noIncome", { year })}</Typography>}
            <IncomeGauge
              total={Number(income.total)}
              pending={Number(income.pending)}
              ceiling={income.ceiling ? Number(income.ceiling) : null}
              label={gaugeLabel}
            />
            <GaugeLegend showOver={income.exceeded === true} />
            <Figures income={income} money={money} />
            {provisional && (
              <Typography variant="body2">{translate("flexi.income.provisionalNote", { year })}</Typography>
            )}
          </Stack>
        </CardContent>
      </Card>
      {income.byEmployer.length > 0 && (
        <Card variant="outlined">
          <CardContent>
            <Typography id="income-by-employer" component="h2" variant="h6" sx={{ mb: 1 }}>
              {translate("flexi.income.byEmployer")}
            </Typography>
            <EmployerShares
              shares={income.byEmployer}
              total={income.total}
              locale={locale}
              labelledBy="income-by-employer"
            />
          </CardContent>
        </Card>
      )}
      {toCents(income.pensionerTotal) > 0n && (
        <Card variant="outlined" data-testid="pensioner">
          <CardContent>
            <Typography component="h2" variant="h6">
              {translate("flexi.income.pensioner")}: {money(income.pensionerTotal)}
            </Typography>
            <Typography variant="body2">{translate("flexi.income.pensionerNote")}</Typography>
          </CardContent>
        </Card>
      )}
      {ceilingAlerts.nodes.length > 0 && (
        <Card variant="outlined" data-testid="ceiling-alerts">
          <CardContent>
            <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
              {translate("flexi.income.alerts")}
            </Typography>
            <Stack spacing={1}>
              {ceilingAlerts.nodes.map((a) => (
                <Alert key={a.id} severity="warning">
                  {translate("flexi.income.alert", {
                    date: formatDateTime(a.raisedAt, locale),
                    year: a.year,
                    total: money(a.total),
                    ceiling: money(a.ceiling),
                  })}
                </Alert>
              ))}
            </Stack>
          </CardContent>
        </Card>
      )}
    </>
  );
}

/** The figures in words: accepted, pending, and what remains below the ceiling or how far above it. */
function Figures({ income, money }: { income: MyFlexiIncomeQuery["flexiIncome"]; money: (amount: string) => string }) {
  const translate = useTranslate();
  const rows: { key: string; label: string; value: string; strong?: boolean }[] = [
    { key: "accepted", label: translate("flexi.income.accepted"), value: money(income.total) },
    { key: "pending", label: translate("flexi.income.pending"), value: money(income.pending) },
  ];
  if (income.ceiling) {
    rows.push({
      key: "ceiling",
      label: translate("flexi.income.ceiling", { year: income.year }),
      value: money(income.ceiling),
    });
    rows.push(
      income.exceeded
        ? {
            key: "exceededBy",
            label: translate("flexi.income.exceededBy"),
            value: money(fromCents(toCents(income.total) - toCents(income.ceiling))),
            strong: true,
          }
        : {
            key: "remaining",
            label: translate("flexi.income.remaining"),
            value: money(income.remaining ?? "0"),
            strong: true,
          },
    );
  }
  return (
    <Box
      component="dl"
      sx={{ display: "grid", gridTemplateColumns: "max-content max-content", columnGap: 4, rowGap: 0.5, m: 0 }}
    >
      {rows.map((r) => (
        <Box key={r.key} sx={{ display: "contents" }} data-figure={r.key}>
          <Typography component="dt" sx={{ fontWeight: r.strong ? 600 : 400 }}>
            {r.label}
          </Typography>
          <Typography
            component="dd"
            sx={{
              m: 0,
              textAlign: "right",
              fontWeight: r.strong ? 600 : 400,
              color: r.key === "exceededBy" ? "error.main" : undefined,
            }}
          >
            {r.value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
