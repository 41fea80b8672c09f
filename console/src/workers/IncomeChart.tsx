/**
 * A worker's flexi income of a year against the ceiling, as a horizontal stacked bar of MUI Boxes:
 * each employer's accepted share a segment, pending pay hatched after them, the ceiling a marker;
 * pay earned while pensioned in a bar of its own (it does not count toward the ceiling). The table
 * below says the same in text, for screen readers and for exact figures.
 */
import {
  Alert,
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useTranslate } from "react-admin";
import { useFormats } from "../common/officeFormat";
import type { FlexiIncomeRecord } from "./dataProvider";

/** Distinct colours, each at least 3:1 against white (WCAG 1.4.11 for graphics). */
const COLOURS = ["#1d4f91", "#8a4b00", "#1b5e20", "#6a1b9a", "#00695c", "#ad1457", "#37474f", "#4e342e"];
const colourOf = (index: number) => COLOURS[index % COLOURS.length]!;
const hatched = (colour: string) => `repeating-linear-gradient(135deg, ${colour} 0 4px, #ffffff 4px 8px)`;

/** Cents from the API's Money text, for proportions only (amounts shown are the API's text). */
const cents = (amount: string | null | undefined) => Math.round(Number(amount ?? 0) * 100);

export function IncomeChart({ income }: { income: FlexiIncomeRecord }) {
  const translate = useTranslate();
  const { money } = useFormats();
  const ceiling = cents(income.ceiling);
  const total = cents(income.total);
  const pending = cents(income.pending);
  const pensioner = cents(income.pensionerTotal);
  // Room beyond the largest figure, so that the ceiling marker never sits on the edge.
  const scale = Math.max(ceiling, total + pending, pensioner, 1) * 1.1;
  const percent = (value: number) => `${(value / scale) * 100}%`;
  const shares = income.byEmployer.map((share, index) => ({ ...share, colour: colourOf(index) }));

  const summary = translate("flexi.office.income.summary", {
    total: money(income.total),
    ceiling: money(income.ceiling),
    pending: money(income.pending),
    pensioner: money(income.pensionerTotal),
  });

  return (
    <Box data-testid="income-chart" data-exceeded={income.exceeded ? "true" : "false"}>
      {income.exceeded && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate("flexi.office.income.exceeded", { ceiling: money(income.ceiling), total: money(income.total) })}
        </Alert>
      )}
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate("flexi.office.income.towardCeiling")}
      </Typography>
      <Box
        role="img"
        aria-label={summary}
        sx={{ position: "relative", height: 40, bgcolor: "grey.100", border: 1, borderColor: "grey.500", mt: 3, mb: 1 }}
      >
        <Stack direction="row" sx={{ height: "100%" }} aria-hidden="true">
          {shares.map((share) => (
            <Box
              key={`a-${share.employer.id}`}
              data-segment="accepted"
              sx={{ width: percent(cents(share.total)), bgcolor: share.colour }}
            />
          ))}
          {shares.map((share) => (
            <Box
              key={`p-${share.employer.id}`}
              data-segment="pending"
              sx={{ width: percent(cents(share.pending)), background: hatched(share.colour) }}
            />
          ))}
        </Stack>
        {income.ceiling != null && (
          <Box
            aria-hidden="true"
            data-testid="ceiling-marker"
            sx={{
              position: "absolute",
              top: -24,
              bottom: -4,
              left: percent(ceiling),
              borderLeft: "3px solid",
              borderColor: "error.main",
            }}
          >
            <Typography
              variant="caption"
              sx={{
                position: "absolute",
                top: 0,
                right: 6,
                whiteSpace: "nowrap",
                color: "error.main",
                fontWeight: "bold",
              }}
            >
              {translate("flexi.office.income.ceiling")} {money(income.ceiling)}
            </Typography>
          </Box>
        )}
      </Box>
      <Typography variant="body2" sx={{ mt: 2, mb: 1 }}>
        {translate("flexi.office.income.pensionerBar")}
      </Typography>
      <Box
        role="img"
        aria-label={`${translate("flexi.office.income.pensionerTotal")}: ${money(income.pensionerTotal)}`}
        sx={{ height: 20, bgcolor: "grey.100", border: 1, borderColor: "grey.500", mb: 2 }}
      >
        <Box aria-hidden="true" sx={{ width: percent(pensioner), height: "100%", bgcolor: "grey.700" }} />
      </Box>
      <IncomeTable income={income} shares={shares} />
    </Box>
  );
}

function IncomeTable({
  income,
  shares,
}: {
  income: FlexiIncomeRecord;
  shares: (FlexiIncomeRecord["byEmployer"][number] & { colour: string })[];
}) {
  const translate = useTranslate();
  const { money } = useFormats();
  return (
    <Table size="small" aria-label={translate("flexi.office.income.byEmployer")}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("flexi.office.field.employer")}</TableCell>
          <TableCell align="right">{translate("flexi.office.income.accepted")}</TableCell>
          <TableCell align="right">{translate("flexi.office.income.pending")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shares.map((share) => (
          <TableRow key={share.employer.id}>
            <TableCell>
              <Box
                component="span"
                aria-hidden="true"
                sx={{
                  display: "inline-block",
                  width: 12,
                  height: 12,
                  bgcolor: share.colour,
                  mr: 1,
                  verticalAlign: "middle",
                }}
              />
              {share.employer.name}
            </TableCell>
            <TableCell align="right">{money(share.total)}</TableCell>
            <TableCell align="right">{money(share.pending)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter sx={{ "& td": { color: "text.primary", fontWeight: "bold" } }}>
        <TableRow>
          <TableCell>{translate("flexi.office.income.totalTowardCeiling")}</TableCell>
          <TableCell align="right" data-testid="income-total">
            {money(income.total)}
          </TableCell>
          <TableCell align="right">{money(income.pending)}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>{translate("flexi.office.income.ceiling")}</TableCell>
          <TableCell align="right" data-testid="income-ceiling">
            {money(income.ceiling)}
          </TableCell>
          <TableCell />
        </TableRow>
        <TableRow>
          <TableCell>{translate("flexi.office.income.remaining")}</TableCell>
          <TableCell align="right">
            {money(income.remaining)}
            {income.exceeded && (
              <Chip size="small" color="error" label={translate("flexi.office.income.exceededShort")} sx={{ ml: 1 }} />
            )}
          </TableCell>
          <TableCell />
        </TableRow>
        <TableRow>
          <TableCell>{translate("flexi.office.income.pensionerTotal")}</TableCell>
          <TableCell align="right">{money(income.pensionerTotal)}</TableCell>
          <TableCell />
        </TableRow>
      </TableFooter>
    </Table>
  );
}
