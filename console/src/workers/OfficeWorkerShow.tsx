/**
 * A worker for the back office: details and their correction (reason required),
 * the income per year against the ceiling, the declarations, the audit trail.
 */
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import EditIcon from "@mui/icons-material/Edit";
import { Alert, Box, Button, Typography } from "@mui/material";
import { useState } from "react";
import { Loading, Title, useGetOne, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { AuditTrail } from "../audit/AuditTrail";
import { errorText } from "../common/errorTexts";
import { PAGE_META } from "../api/handlers";
import { useFormats } from "../common/officeFormat";
import { Facts, Section } from "../common/Section";
import { IncomeSection } from "./IncomeSection";
import type { WorkerDetail } from "./dataProvider";
import { WorkerCorrection } from "./WorkerCorrection";
import { WorkerDeclarations } from "./WorkerDeclarations";
import { formatSsin } from "../common/format";

export default function OfficeWorkerShow() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { date } = useFormats();
  const [correcting, setCorrecting] = useState(false);
  const {
    data: worker,
    isPending,
    error,
  } = useGetOne<WorkerDetail>("workers", { id: id ?? "", ...PAGE_META }, { enabled: id != null });
  if (isPending) return <Loading />;
  if (error || !worker)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {errorText(translate, "flexi.office", error)}
      </Alert>
    );
  const name = `${worker.firstName} ${worker.lastName}`;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={name} />
      <Button component={Link} to="/workers" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate("flexi.menu.workers")}
      </Button>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {name}
      </Typography>
      <Section
        title={translate("flexi.office.worker.details")}
        id="worker-details"
        actions={
          !correcting && (
            <Button variant="outlined" startIcon={<EditIcon />} onClick={() => setCorrecting(true)}>
              {translate("flexi.office.action.correct")}
            </Button>
          )
        }
      >
        <Facts
          items={[
            { label: translate("flexi.office.field.ssin"), value: formatSsin(worker.ssin) },
            { label: translate("flexi.office.field.birthDate"), value: date(worker.birthDate) },
            {
              label: translate("flexi.office.field.pensionerFrom"),
              value: worker.pensionerFrom ? date(worker.pensionerFrom) : translate("flexi.office.worker.notPensioned"),
            },
          ]}
        />
        {correcting && (
          <Box sx={{ mt: 2 }}>
            <WorkerCorrection worker={worker} onClose={() => setCorrecting(false)} />
          </Box>
        )}
      </Section>
      <IncomeSection worker={worker} />
      <Section title={translate("flexi.office.worker.declarations")} id="worker-declarations">
        <WorkerDeclarations workerId={worker.id} />
      </Section>
      <Section title={translate("flexi.office.audit.title")} id="worker-audit">
        <AuditTrail entityId={worker.id} />
      </Section>
      <Section title={translate("flexi.office.audit.readsTitle")} id="worker-income-reads">
        <AuditTrail entityId={worker.id} reads />
      </Section>
    </Box>
  );
}
