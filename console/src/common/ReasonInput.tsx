/** The reason of a correction: required (the API refuses a change without one). */
import { required, TextInput, useTranslate } from "react-admin";

export function ReasonInput() {
  const translate = useTranslate();
  return (
    <TextInput
      source="reason"
      label={translate("flexi.office.reason.label")}
      helperText={translate("flexi.office.reason.help")}
      validate={required()}
      multiline
      minRows={2}
      fullWidth
    />
  );
}
