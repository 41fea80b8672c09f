/**
 * Why a declaration stands as it does, where the employer looks: the back office's reason when
 * it accepted or refused the newest version by hand, else, for a refusal, the blocking anomalies
 * the controls found. Shown as plain text, never behind a fold, in the reader's language (the API
 * translates the anomalies; the back office writes its reason in its own words).
 */
import { Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { DeclarationStatus } from "./StatusIcon";

/** What the reason is read from: the newest version is the last of `history` (oldest first). */
export interface DecisionFacts {
  status: DeclarationStatus;
  anomalies: readonly { code: string; severity: string; message: string }[];
  history: readonly { decisionReason?: string | null }[];
}

/** The back office's reason for the newest version, if it decided it by hand. */
export function officeReason(declaration: DecisionFacts): string | null {
  return declaration.history[declaration.history.length - 1]?.decisionReason ?? null;
}

/** Whether there is anything to say: a reason of the back office, or a refusal's blocking anomalies. */
export function hasDecisionReason(declaration: DecisionFacts): boolean {
  return officeReason(declaration) !== null || blocking(declaration).length > 0;
}

function blocking(declaration: DecisionFacts) {
  return declaration.status === "REFUSED" ? declaration.anomalies.filter((a) => a.severity === "BLOCKING") : [];
}

export function DecisionReason({ declaration }: { declaration: DecisionFacts }) {
  const translate = useTranslate();
  const byOffice = officeReason(declaration);
  const anomalies = byOffice === null ? blocking(declaration) : [];
  if (byOffice === null && anomalies.length === 0) return null;
  return (
    <Box data-testid="decision-reason" sx={{ color: declaration.status === "REFUSED" ? "#8e1616" : "text.primary" }}>
      {byOffice !== null ? (
        <Typography variant="body2">
          <strong>{translate("flexi.decision.office")}:</strong> {byOffice}
        </Typography>
      ) : (
        anomalies.map((a) => (
          <Typography variant="body2" key={`${a.code}-${a.message}`}>
            <strong>{a.code}:</strong> {a.message}
          </Typography>
        ))
      )}
    </Box>
  );
}
