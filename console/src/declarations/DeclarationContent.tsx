/** What a declaration says now (its newest version): who, for whom, when, the properties, the total. */
import { Link as MuiLink } from "@mui/material";
import { useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useFormats } from "../common/officeFormat";
import { Facts, Section } from "../common/Section";
import { PropertiesTable } from "./PropertiesTable";
import type { DeclarationDetail } from "./dataProvider";
import { formatSsin } from "../common/format";
import { versionKindKey } from "../common/versionKind";

export function DeclarationContent({ declaration }: { declaration: DeclarationDetail }) {
  const translate = useTranslate();
  const { date, dateTime, range } = useFormats();
  const { worker, employer } = declaration;
  return (
    <Section title={translate("flexi.office.declaration.content")} id="declaration-content">
      <Facts
        items={[
          {
            label: translate("flexi.office.field.worker"),
            value: (
              <MuiLink component={Link} to={`/workers/${worker.id}/show`}>
                {worker.firstName} {worker.lastName}
              </MuiLink>
            ),
          },
          { label: translate("flexi.office.field.ssin"), value: formatSsin(worker.ssin) },
          {
            label: translate("flexi.office.field.employer"),
            value: (
              <MuiLink component={Link} to={`/employers/${employer.id}/show`}>
                {employer.name}
              </MuiLink>
            ),
          },
          { label: translate("flexi.office.field.employerClasses"), value: employer.employerClasses.join(", ") },
          { label: translate("flexi.office.field.calculationPeriod"), value: range(declaration.calculationPeriod) },
          { label: translate("flexi.office.field.calculationDate"), value: date(declaration.calculationDate) },
          { label: translate("flexi.office.field.payslipReference"), value: declaration.payslipReference },
          {
            label: translate("flexi.office.field.kind"),
            value: translate(versionKindKey({ kind: declaration.kind, reason: declaration.history.at(-1)?.reason })),
          },
          { label: translate("flexi.office.field.submittedAt"), value: dateTime(declaration.submittedAt) },
          { label: translate("flexi.office.field.processedAt"), value: dateTime(declaration.processedAt) },
          {
            label: translate("flexi.office.field.inForce"),
            value: declaration.inForce
              ? translate("flexi.office.declaration.versionNumber", { number: declaration.inForce.number })
              : translate("flexi.office.declaration.noneInForce"),
          },
        ]}
      />
      <PropertiesTable
        properties={declaration.properties}
        total={declaration.total}
        caption={translate("flexi.office.field.properties")}
      />
    </Section>
  );
}
