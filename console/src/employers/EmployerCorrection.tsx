/** Correction of an employer's name, classes, NSSO number and language, with a reason. */
import { Stack } from "@mui/material";
import {
  Button,
  Form,
  required,
  SaveButton,
  SelectArrayInput,
  SelectInput,
  TextInput,
  Toolbar,
  useGetList,
  useNotify,
  useTranslate,
} from "react-admin";
import type { CorrectEmployerInput } from "../gql/graphql";
import { ReasonInput } from "../common/ReasonInput";
import { changedFields, useCorrection } from "../common/useCorrection";
import type { EmployerDetail } from "./dataProvider";

const FIELDS = ["name", "employerClasses", "nssoNumber", "language"] as const;
/** An employer's language is one of the country's: English is a reader's language only. */
const LANGUAGES = ["NL", "FR", "DE"] as const;

export function EmployerCorrection({ employer, onClose }: { employer: EmployerDetail; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: classes } = useGetList<{ id: string; code: string; label: string }>("employerClasses");
  const changes = (values: Record<string, unknown>) => {
    const changed = changedFields(employer, values, FIELDS) as CorrectEmployerInput;
    // An emptied class list is a real value (no classes), not a cleared field.
    if ("employerClasses" in changed && changed.employerClasses == null) changed.employerClasses = [];
    return changed;
  };
  const save = useCorrection(
    async (values: Record<string, unknown>, dataProvider) => {
      await dataProvider.correctEmployer({
        id: employer.id,
        input: changes(values),
        reason: String(values.reason ?? ""),
      });
    },
    { success: translate("flexi.office.employer.corrected"), onSuccess: onClose },
  );
  return (
    <Form
      record={{
        name: employer.name,
        employerClasses: employer.employerClasses,
        nssoNumber: employer.nssoNumber ?? "",
        language: employer.language,
        reason: "",
      }}
      onSubmit={(values: Record<string, unknown>) => {
        if (Object.keys(changes(values)).length === 0) {
          notify(translate("flexi.office.nothingChanged"), { type: "info" });
          return undefined;
        }
        return save(values);
      }}
    >
      <TextInput source="name" label={translate("flexi.office.field.name")} validate={required()} fullWidth />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <SelectArrayInput
          source="employerClasses"
          label={translate("flexi.office.field.employerClasses")}
          sx={{ minWidth: 260 }}
          choices={(classes ?? []).map((c) => ({ id: c.code, name: `${c.code} – ${c.label}` }))}
        />
        <TextInput
          source="nssoNumber"
          label={translate("flexi.office.field.nssoNumber")}
          helperText={translate("flexi.office.employer.nssoHelp")}
        />
        <SelectInput
          source="language"
          label={translate("flexi.office.field.language")}
          validate={required()}
          choices={LANGUAGES.map((l) => ({ id: l, name: translate(`flexi.office.language.${l}`) }))}
        />
      </Stack>
      <ReasonInput />
      <Toolbar sx={{ gap: 2, px: 0 }}>
        <SaveButton label={translate("flexi.office.action.saveCorrection")} alwaysEnable />
        <Button label={translate("ra.action.cancel")} onClick={onClose} />
      </Toolbar>
    </Form>
  );
}
