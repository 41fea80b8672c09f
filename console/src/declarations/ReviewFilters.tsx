/** The review queue's filters: status, anomaly code, employer, calculation period, SSIN, search. */
import { DateInput, SearchInput, SelectArrayInput, SelectInput, TextInput, type TranslateFunction } from "react-admin";
import { EmployerInput } from "../common/ReferenceInputs";
import { ANOMALY_CODES } from "./anomalyCodes";

/** Drafts belong to their employer: the back office never sees them. */
const STATUSES = ["PENDING", "ACCEPTED_WITH_WARNINGS", "REFUSED", "ACCEPTED", "CANCELLED"] as const;

export function reviewFilters(translate: TranslateFunction) {
  return [
    <SearchInput
      key="search"
      source="search"
      alwaysOn
      placeholder={translate("flexi.office.review.search")}
      aria-label={translate("flexi.office.review.search")}
    />,
    <SelectArrayInput
      key="status"
      source="status"
      alwaysOn
      label={translate("flexi.office.field.status")}
      sx={{ minWidth: 220 }}
      choices={STATUSES.map((status) => ({ id: status, name: translate(`flexi.status.${status}`) }))}
    />,
    <SelectInput
      key="anomalyCode"
      source="anomalyCode"
      alwaysOn
      label={translate("flexi.office.field.anomalyCode")}
      sx={{ minWidth: 200 }}
      emptyText={translate("flexi.office.review.anyAnomaly")}
      choices={ANOMALY_CODES.map((code) => ({
        id: code,
        name: `${code} – ${translate(`flexi.office.anomaly.${code}`)}`,
      }))}
    />,
    <EmployerInput key="employerId" alwaysOn />,
    <DateInput key="periodFrom" source="periodFrom" alwaysOn label={translate("flexi.office.review.periodFrom")} />,
    <DateInput key="periodTo" source="periodTo" alwaysOn label={translate("flexi.office.review.periodTo")} />,
    <TextInput key="ssin" source="ssin" alwaysOn label={translate("flexi.office.field.ssin")} />,
  ];
}
