/** Correction of a worker's names and pension date, with a reason (only the changed fields are sent). */
import { Stack } from "@mui/material";
import {
  Button,
  DateInput,
  Form,
  required,
  SaveButton,
  TextInput,
  Toolbar,
  useNotify,
  useTranslate,
} from "react-admin";
import { ReasonInput } from "../common/ReasonInput";
import { changedFields, useCorrection } from "../common/useCorrection";
import type { WorkerDetail } from "./dataProvider";

const FIELDS = ["firstName", "lastName", "pensionerFrom"] as const;

export function WorkerCorrection({ worker, onClose }: { worker: WorkerDetail; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const save = useCorrection(
    async (values: Record<string, unknown>, dataProvider) => {
      await dataProvider.correctWorker({
        id: worker.id,
        input: changedFields(worker, values, FIELDS),
        reason: String(values.reason ?? ""),
      });
    },
    { success: translate("flexi.office.worker.corrected"), onSuccess: onClose },
  );
  return (
    <Form
      record={{
        firstName: worker.firstName,
        lastName: worker.lastName,
        pensionerFrom: worker.pensionerFrom,
        reason: "",
      }}
      onSubmit={(values: Record<string, unknown>) => {
        if (Object.keys(changedFields(worker, values, FIELDS)).length === 0) {
          notify(translate("flexi.office.nothingChanged"), { type: "info" });
          return undefined;
        }
        return save(values);
      }}
    >
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextInput source="firstName" label={translate("flexi.office.field.firstName")} validate={required()} />
        <TextInput source="lastName" label={translate("flexi.office.field.lastName")} validate={required()} />
        <DateInput
          source="pensionerFrom"
          label={translate("flexi.office.field.pensionerFrom")}
          helperText={translate("flexi.office.worker.pensionerFromHelp")}
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
