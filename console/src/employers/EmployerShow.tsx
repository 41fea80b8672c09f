/** An employer for the back office: details and their correction (reason required), users, audit trail. */
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import EditIcon from "@mui/icons-material/Edit";
import { Alert, Box, Button, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useState } from "react";
import { Loading, Title, useGetOne, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { AuditTrail } from "../audit/AuditTrail";
import { EmployerCorrection } from "./EmployerCorrection";
import type { EmployerDetail } from "./dataProvider";
import { errorText } from "../common/errorTexts";
import { PAGE_META } from "../api/handlers";
import { Facts, Section } from "../common/Section";

export default function EmployerShow() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const [correcting, setCorrecting] = useState(false);
  const {
    data: employer,
    isPending,
    error,
  } = useGetOne<EmployerDetail>("employers", { id: id ?? "", ...PAGE_META }, { enabled: id != null });
  if (isPending) return <Loading />;
  if (error || !employer)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {errorText(translate, "flexi.office", error)}
      </Alert>
    );
  return (
    <Box sx={{ p: 2 }}>
      <Title title={employer.name} />
      <Button component={Link} to="/employers" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate("flexi.menu.employers")}
      </Button>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {employer.name}
      </Typography>
      <Section
        title={translate("flexi.office.employer.details")}
        id="employer-details"
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
            { label: translate("flexi.office.field.enterpriseNumber"), value: employer.enterpriseNumber },
            {
              label: translate("flexi.office.field.nssoNumber"),
              value: employer.nssoNumber
                ? `${employer.nssoNumber}${employer.nssoProvisional ? ` (${translate("flexi.office.employer.provisional")})` : ""}`
                : "",
            },
            {
              label: translate("flexi.office.field.language"),
              value: translate(`flexi.office.language.${employer.language}`),
            },
            { label: translate("flexi.office.field.employerClasses"), value: employer.employerClasses.join(", ") },
          ]}
        />
        {correcting && (
          <Box sx={{ mt: 2 }}>
            <EmployerCorrection employer={employer} onClose={() => setCorrecting(false)} />
          </Box>
        )}
      </Section>
      <Section title={translate("flexi.office.employer.users")} id="employer-users">
        <EmployerUsers employer={employer} />
      </Section>
      <Section title={translate("flexi.office.audit.title")} id="employer-audit">
        <AuditTrail entityId={employer.id} />
      </Section>
    </Box>
  );
}

function EmployerUsers({ employer }: { employer: EmployerDetail }) {
  const translate = useTranslate();
  if (employer.users.length === 0)
    return <Typography variant="body2">{translate("flexi.office.employer.noUsers")}</Typography>;
  return (
    <CardTable size="small" aria-label={translate("flexi.office.employer.users")}>
      <TableHead>
        <TableRow>
          <TableCell>{translate("flexi.office.field.name")}</TableCell>
          <TableCell>{translate("flexi.office.field.login")}</TableCell>
          <TableCell>{translate("flexi.office.field.rights")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {employer.users.map((user) => (
          <TableRow key={user.id}>
            <TableCell>{user.displayName}</TableCell>
            <TableCell>{user.login}</TableCell>
            <TableCell>
              {user.grants
                .filter((g) => g.employer.id === employer.id)
                .map((g) => translate(`flexi.office.permission.${g.permission}`))
                .join(", ")}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </CardTable>
  );
}
