/**
 * Registers a Dimona period as reference data (the API checks only that worker and employer
 * exist and that it starts before it ends). Employer and worker start from the list's filter.
 */
import AddIcon from "@mui/icons-material/Add";
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { useId, useState } from "react";
import {
  Button,
  Form,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  Toolbar,
  useListContext,
  useTranslate,
} from "react-admin";
import type { DimonaWorkerType } from "../gql/graphql";
import { useCorrection } from "../common/useCorrection";
import { DimonaTimeInputs } from "./DimonaCorrectionButton";
import { EmployerInput, WorkerInput } from "../common/ReferenceInputs";

const WORKER_TYPES: DimonaWorkerType[] = ["FLX", "STU", "OTH", "EXT"];
const text = (value: unknown) => (value == null || value === "" ? null : String(value));

export function RegisterDimonaButton() {
  const translate = useTranslate();
  const titleId = useId();
  const { filterValues } = useListContext();
  const [open, setOpen] = useState(false);
  const save = useCorrection(
    async (values: Record<string, unknown>, dataProvider) => {
      await dataProvider.registerDimonaPeriod({
        input: {
          employerId: String(values.employerId ?? ""),
          workerId: String(values.workerId ?? ""),
          workerType: values.workerType as DimonaWorkerType,
          jointCommittee: String(values.jointCommittee ?? ""),
          startDate: String(values.startDate ?? ""),
          startHour: text(values.startHour),
          endDate: text(values.endDate),
          endHour: text(values.endHour),
          plannedHours: values.plannedHours == null || values.plannedHours === "" ? null : Number(values.plannedHours),
        },
      });
    },
    { success: translate("flexi.office.dimona.registered"), onSuccess: () => setOpen(false) },
  );
  const defaults = {
    employerId: filterValues.employerId ?? null,
    workerId: filterValues.workerId ?? null,
    workerType: "FLX",
    jointCommittee: "",
  };
  return (
    <>
      <Button label={translate("flexi.office.dimona.register")} onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{translate("flexi.office.dimona.register")}</DialogTitle>
        <DialogContent>
          <Form record={defaults} onSubmit={save}>
            <EmployerInput required />
            <WorkerInput required />
            <SelectInput
              source="workerType"
              label={translate("flexi.office.field.dimonaWorkerType")}
              validate={required()}
              choices={WORKER_TYPES.map((type) => ({ id: type, name: type }))}
            />
            <TextInput
              source="jointCommittee"
              label={translate("flexi.office.field.jointCommittee")}
              helperText={translate("flexi.office.dimona.jointCommitteeHelp")}
              validate={required()}
            />
            <DimonaTimeInputs startRequired />
            <Toolbar sx={{ justifyContent: "space-between", px: 0 }}>
              <Button label={translate("ra.action.cancel")} onClick={() => setOpen(false)} />
              <SaveButton label={translate("flexi.office.dimona.register")} alwaysEnable />
            </Toolbar>
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
