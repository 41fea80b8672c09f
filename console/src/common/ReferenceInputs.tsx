/** Employer and worker pickers that search the API as the agent types (filters and forms). */
import { AutocompleteInput, ReferenceInput, required, useTranslate } from "react-admin";
import { formatSsin } from "./format";

const searchFor = (text: string) => ({ q: text });

export function EmployerInput({ required: isRequired = false, alwaysOn }: { required?: boolean; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return (
    <ReferenceInput
      source="employerId"
      reference="employers"
      sort={{ field: "name", order: "ASC" }}
      alwaysOn={alwaysOn}
    >
      <AutocompleteInput
        label={translate("flexi.office.field.employer")}
        optionText="name"
        filterToQuery={searchFor}
        validate={isRequired ? required() : undefined}
        sx={{ minWidth: 260 }}
      />
    </ReferenceInput>
  );
}

export function WorkerInput({ required: isRequired = false, alwaysOn }: { required?: boolean; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return (
    <ReferenceInput
      source="workerId"
      reference="workers"
      sort={{ field: "lastName", order: "ASC" }}
      alwaysOn={alwaysOn}
    >
      <AutocompleteInput
        label={translate("flexi.office.field.worker")}
        filterToQuery={searchFor}
        optionText={(w: { firstName: string; lastName: string; ssin: string }) =>
          `${w.lastName} ${w.firstName} (${formatSsin(w.ssin)})`
        }
        validate={isRequired ? required() : undefined}
        sx={{ minWidth: 300 }}
      />
    </ReferenceInput>
  );
}
