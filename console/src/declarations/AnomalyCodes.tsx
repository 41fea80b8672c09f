/** A declaration's anomaly codes, each with its severity and its text as a tooltip. */
import { Chip, Stack, Tooltip } from "@mui/material";
import { useTranslate } from "react-admin";

export interface AnomalyLike {
  code: string;
  severity: string;
  message: string;
}

export const SEVERITY_COLOUR = { BLOCKING: "error", WARNING: "warning", INFO: "default" } as const;

export function AnomalyCodes({ anomalies }: { anomalies: AnomalyLike[] }) {
  const translate = useTranslate();
  if (anomalies.length === 0) return null;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
      {anomalies.map((anomaly, index) => (
        <Tooltip key={`${anomaly.code}-${index}`} title={anomaly.message}>
          <Chip
            size="small"
            variant="outlined"
            data-anomaly={anomaly.code}
            color={SEVERITY_COLOUR[anomaly.severity as keyof typeof SEVERITY_COLOUR] ?? "default"}
            label={anomaly.code}
            aria-label={`${translate(`flexi.office.severity.${anomaly.severity}`)} ${anomaly.code}: ${anomaly.message}`}
          />
        </Tooltip>
      ))}
    </Stack>
  );
}
