/**
 * Accepted and pending pay against the ceiling as one bar: accepted solid, the part above the
 * ceiling red, pending striped, the ceiling a black mark. The bar is drawn for the eye; the same
 * figures are in its accessible name and in the text beside it, so nothing depends on colour.
 */
import { Box, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

export const GAUGE_COLOURS = {
  accepted: "#1d4f91",
  over: "#b71c1c",
  pending: "repeating-linear-gradient(135deg, #1d4f91 0 3px, #c9d6ea 3px 8px)",
  track: "#eef1f5",
};

interface Props {
  total: number;
  pending: number;
  /** Null when no ceiling is set for the year. */
  ceiling: number | null;
  /** Text for screen readers: every figure the bar shows. */
  label: string;
}

export function IncomeGauge({ total, pending, ceiling, label }: Props) {
  const scale = Math.max(ceiling ?? 0, total + pending, 1);
  const percent = (amount: number) => `${(Math.max(0, amount) / scale) * 100}%`;
  const withinCeiling = ceiling == null ? total : Math.min(total, ceiling);
  return (
    <Box role="img" aria-label={label} data-testid="income-gauge" sx={{ position: "relative", pt: 1, pb: 1 }}>
      <Box
        sx={{
          display: "flex",
          height: 36,
          bgcolor: GAUGE_COLOURS.track,
          border: "1px solid #5f6b7a",
          borderRadius: 1,
          overflow: "hidden",
        }}
      >
        <Box sx={{ width: percent(withinCeiling), bgcolor: GAUGE_COLOURS.accepted }} />
        <Box sx={{ width: percent(total - withinCeiling), bgcolor: GAUGE_COLOURS.over }} />
        <Box sx={{ width: percent(pending), background: GAUGE_COLOURS.pending }} />
      </Box>
      {ceiling != null && (
        <Box
          aria-hidden="true"
          data-testid="ceiling-mark"
          sx={{
            position: "absolute",
            top: 0,
            bottom: 0,
            left: `calc(${percent(ceiling)} - 2px)`,
            width: 4,
            bgcolor: "#000",
            borderRadius: 1,
          }}
        />
      )}
    </Box>
  );
}

/** The bar's legend: a swatch and a word for each kind of segment. */
export function GaugeLegend({ showOver }: { showOver: boolean }) {
  const translate = useTranslate();
  const items = [
    { key: "accepted", background: GAUGE_COLOURS.accepted, text: translate("flexi.income.accepted") },
    ...(showOver ? [{ key: "over", background: GAUGE_COLOURS.over, text: translate("flexi.income.exceededBy") }] : []),
    { key: "pending", background: GAUGE_COLOURS.pending, text: translate("flexi.income.pending") },
  ];
  return (
    <Stack direction="row" spacing={3} aria-hidden="true" sx={{ flexWrap: "wrap" }}>
      {items.map((item) => (
        <Stack key={item.key} direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Box sx={{ width: 16, height: 16, background: item.background, border: "1px solid #5f6b7a" }} />
          <Typography variant="body2">{item.text}</Typography>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <Box sx={{ width: 4, height: 16, bgcolor: "#000" }} />
        <Typography variant="body2">{translate("flexi.income.ceilingMark")}</Typography>
      </Stack>
    </Stack>
  );
}
