/** A declaration's history: its versions, its status changes (who, why) and the audit trail. */
import { Chip, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useTranslate } from "react-admin";
import { StatusIcon } from "../common/StatusIcon";
import { AuditTrail } from "../audit/AuditTrail";
import { useFormats } from "../common/officeFormat";
import { Section } from "../common/Section";
import { AnomalyCodes } from "./AnomalyCodes";
import type { DeclarationDetail } from "./dataProvider";
import type { StatusEventReasonCode } from "../gql/graphql";
import { versionKindKey } from "../common/versionKind";

export function DeclarationHistory({ declaration }: { declaration: DeclarationDetail }) {
  const translate = useTranslate();
  return (
    <Section title={translate("flexi.office.history.title")} id="declaration-history">
      <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
        {translate("flexi.office.history.versions")}
      </Typography>
      <Versions declaration={declaration} />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 3 }}>
        {translate("flexi.office.history.statusEvents")}
      </Typography>
      <StatusEvents events={declaration.statusEvents} />
      <Typography variant="subtitle1" component="h3" sx={{ mt: 3 }}>
        {translate("flexi.office.audit.title")}
      </Typography>
      <AuditTrail entityId={declaration.id} />
    </Section>
  );
}

function Versions({ declaration }: { declaration: DeclarationDetail }) {
  const translate = useTranslate();
  const { dateTime, money, range } = useFormats();
  return (
    <CardTable size="small" aria-label={translate("flexi.office.history.versions")}>
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{translate("flexi.office.field.kind")}</TableCell>
          <TableCell>{translate("flexi.office.field.status")}</TableCell>
          <TableCell>{translate("flexi.office.review.columnPeriod")}</TableCell>
          <TableCell align="right">{translate("flexi.office.field.total")}</TableCell>
          <TableCell>{translate("flexi.office.history.createdWhy")}</TableCell>
          <TableCell>{translate("flexi.office.field.anomalies")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...declaration.history].reverse().map((version) => (
          <TableRow key={version.number} data-version={version.number}>
            <TableCell>
              {version.number}
              {declaration.inForce?.number === version.number && (
                <Chip
                  size="small"
                  label={translate("flexi.office.history.inForce")}
                  sx={{ ml: 1 }}
                  color="success"
                  variant="outlined"
                />
              )}
            </TableCell>
            <TableCell>{translate(versionKindKey(version))}</TableCell>
            <TableCell>
              <StatusIcon status={version.status} withLabel />
            </TableCell>
            <TableCell>{range(version.calculationPeriod)}</TableCell>
            <TableCell align="right">{money(version.total)}</TableCell>
            <TableCell>
              {dateTime(version.createdAt)}
              {version.createdBy && (
                <Typography variant="caption" sx={{ display: "block" }}>
                  {version.createdBy.displayName} ({version.createdBy.login})
                </Typography>
              )}
              {version.reason && (
                <Typography variant="body2" sx={{ fontStyle: "italic" }}>
                  {version.reason}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              <AnomalyCodes anomalies={version.anomalies} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}

/** The texts of the reasons the API writes itself, by their code: the API's own words are English. */
const REASON_TEXTS: Record<StatusEventReasonCode, string> = {
  CONTROLS_RUN_AGAIN: "flexi.office.history.revalidated",
};

type StatusEvent = DeclarationDetail["statusEvents"][number];

function StatusEvents({ events }: { events: DeclarationDetail["statusEvents"] }) {
  const translate = useTranslate();
  const eventReason = (event: StatusEvent) =>
    event.reasonCode ? translate(REASON_TEXTS[event.reasonCode]) : (event.reason ?? "");
  const { dateTime } = useFormats();
  if (events.length === 0) return <Typography variant="body2">{translate("flexi.office.history.noEvents")}</Typography>;
  return (
    <CardTable size="small" aria-label={translate("flexi.office.history.statusEvents")} data-testid="status-events">
      <TableHead>
        <TableRow>
          <TableCell>{translate("flexi.office.audit.at")}</TableCell>
          <TableCell>{translate("flexi.office.history.version")}</TableCell>
          <TableCell>{translate("flexi.office.history.change")}</TableCell>
          <TableCell>{translate("flexi.office.audit.actor")}</TableCell>
          <TableCell>{translate("flexi.office.reason.label")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...events].reverse().map((event, index) => (
          <TableRow key={`${event.at}-${index}`}>
            <TableCell sx={{ whiteSpace: "nowrap" }}>{dateTime(event.at)}</TableCell>
            <TableCell>{event.versionNumber}</TableCell>
            <TableCell>
              {event.from ? translate(`flexi.status.${event.from}`) : "–"} → {translate(`flexi.status.${event.to}`)}
            </TableCell>
            <TableCell>
              {event.actor
                ? `${event.actor.displayName} (${event.actor.login})`
                : translate("flexi.office.history.controls")}
            </TableCell>
            <TableCell data-reason-code={event.reasonCode ?? undefined}>{eventReason(event)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}
