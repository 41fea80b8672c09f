/** The anomalies of the newest version, with their texts (in the reader's language, from the API). */
import { TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useTranslate } from "react-admin";
import { Section } from "../common/Section";
import type { DeclarationDetail } from "./dataProvider";

const SEVERITY_TEXT_COLOUR = { BLOCKING: "error.main", WARNING: "warning.main", INFO: "text.primary" } as const;

export function AnomaliesSection({ anomalies }: { anomalies: DeclarationDetail["anomalies"] }) {
  const translate = useTranslate();
  return (
    <Section
      title={translate("flexi.office.declaration.anomalies", { smart_count: anomalies.length })}
      id="declaration-anomalies"
    >
      {anomalies.length === 0 ? (
        <Typography variant="body2">{translate("flexi.office.declaration.noAnomalies")}</Typography>
      ) : (
        <CardTable size="small" aria-label={translate("flexi.office.field.anomalies")}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("flexi.office.field.severity")}</TableCell>
              <TableCell>{translate("flexi.office.field.anomalyCode")}</TableCell>
              <TableCell>{translate("flexi.office.field.message")}</TableCell>
              <TableCell>{translate("flexi.office.field.path")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {anomalies.map((anomaly, index) => (
              <TableRow key={`${anomaly.code}-${index}`} data-anomaly={anomaly.code}>
                <TableCell sx={{ color: SEVERITY_TEXT_COLOUR[anomaly.severity], fontWeight: 500 }}>
                  {translate(`flexi.office.severity.${anomaly.severity}`)}
                </TableCell>
                <TableCell>{anomaly.code}</TableCell>
                <TableCell>{anomaly.message}</TableCell>
                <TableCell>
                  <code>{anomaly.path ?? ""}</code>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </CardTable>
      )}
    </Section>
  );
}
