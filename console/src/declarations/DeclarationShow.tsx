/**
 * A declaration for the back office: its content, anomalies, the worker's Dimona
 * periods for that employer, its history, and the actions. Live: a status change reloads it.
 */
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import { Alert, Box, Button, Stack, Typography } from "@mui/material";
import { useRef, useState } from "react";
import { Loading, Title, useGetOne, useRefresh, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { StatusIcon } from "../common/StatusIcon";
import { AnomaliesSection } from "./AnomaliesSection";
import { CorrectDeclaration } from "./CorrectDeclaration";
import { DeclarationActions } from "./DeclarationActions";
import { DeclarationContent } from "./DeclarationContent";
import { DeclarationHistory } from "./DeclarationHistory";
import type { DeclarationDetail } from "./dataProvider";
import { useLiveDeclaration } from "./useLiveDeclaration";
import { WorkerDimonaPeriods } from "../dimona/DimonaPeriodsTable";
import { errorText } from "../common/errorTexts";
import { PAGE_META } from "../api/handlers";
import { Section } from "../common/Section";

export default function DeclarationShow() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [correcting, setCorrecting] = useState(false);
  const {
    data: declaration,
    isPending,
    error,
  } = useGetOne<DeclarationDetail>("declarations", { id: id ?? "", ...PAGE_META }, { enabled: id != null });
  // react-admin's refresh reloads the declaration, its audit trail and its Dimona periods together.
  useLiveDeclaration(id, refresh);
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (isPending) return <Loading />;
  if (error || !declaration)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {errorText(translate, "flexi.office", error)}
      </Alert>
    );

  const name = `${declaration.worker.firstName} ${declaration.worker.lastName}`;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate("flexi.office.declaration.title", { name })} />
      <Button component={Link} to="/declarations" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate("flexi.office.review.back")}
      </Button>
      <Stack
        direction="row"
        sx={{ justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: 2, mb: 2 }}
      >
        <Box>
          <Typography variant="h5" component="h1" ref={headingRef} tabIndex={-1}>
            {translate("flexi.office.declaration.heading", { name, employer: declaration.employer.name })}
          </Typography>
          <Box aria-live="polite" data-testid="declaration-status" data-status={declaration.status}>
            <StatusIcon status={declaration.status} withLabel />
            <Typography variant="body2" component="span" sx={{ ml: 2 }}>
              {translate("flexi.office.declaration.versionNumber", { number: declaration.history.length })}
            </Typography>
          </Box>
        </Box>
        <DeclarationActions declaration={declaration} correcting={correcting} onCorrect={() => setCorrecting(true)} />
      </Stack>
      {correcting && (
        <CorrectDeclaration
          declaration={declaration}
          onClose={() => {
            setCorrecting(false);
            headingRef.current?.focus();
          }}
        />
      )}
      <DeclarationContent declaration={declaration} />
      <AnomaliesSection anomalies={declaration.anomalies} />
      <Section title={translate("flexi.office.declaration.dimona")} id="declaration-dimona">
        <WorkerDimonaPeriods
          workerId={declaration.worker.id}
          employerId={declaration.employer.id}
          calculationPeriod={declaration.calculationPeriod}
        />
      </Section>
      <DeclarationHistory declaration={declaration} />
    </Box>
  );
}
