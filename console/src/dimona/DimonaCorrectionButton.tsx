/**
 * Correction of a Dimona period by the back office (dates, hours, planned hours, cancelled) with
 * a reason. Only the changed fields are sent; an emptied end date makes the period open-ended.
 */
import EditIcon from "@mui/icons-material/Edit";
import { Dialog, DialogContent, DialogTitle, IconButton, Stack, Tooltip } from "@mui/material";
import { useId, useState } from "react";
import {
  BooleanInput,
  Button,
  DateInput,
  Form,
  NumberInput,
  SaveButton,
  TextInput,
  Toolbar,
  useTranslate,
} from "react-admin";
import { ReasonInput } from "../common/ReasonInput";
import { changedFields, useCorrection } from "../common/useCorrection";
import type { DimonaPeriodRow } from "./dataProvider";

const FIELDS = ["startDate", "startHour", "endDate", "endHour", "plannedHours", "cancelled"] as const;

/** The pencil of a Dimona row (an icon with a tooltip and an accessible name naming the period). */
export function DimonaCorrectionButton({ period }: { period: DimonaPeriodRow }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const title = translate("flexi.office.dimona.correctTitle", { periodId: period.periodId });
  return (
    <>
      <Tooltip title={title}>
        <IconButton
          size="small"
          color="primary"
          aria-label={title}
          onClick={(event) => {
            event.stopPropagation();
            setOpen(true);
          }}
        >
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      {open && <DimonaCorrectionDialog period={period} onClose={() => setOpen(false)} />}
    </>
  );
}

function DimonaCorrectionDialog({ period, onClose }: { period: DimonaPeriodRow; onClose: () => void }) {
  const translate = useTranslate();
  const titleId = useId();
  const save = useCorrection(
    async (values: Record<string, unknown>, dataProvider) => {
      const input = changedFields(period, values, FIELDS);
      await dataProvider.correctDimonaPeriod({ id: period.id, input, reason: String(values.reason ?? "") });
    },
    { success: translate("flexi.office.dimona.corrected"), onSuccess: onClose },
  );
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      onClick={(event) => event.stopPropagation()}
    >
      <DialogTitle id={titleId}>
        {translate("flexi.office.dimona.correctTitle", { periodId: period.periodId })}
      </DialogTitle>
      <DialogContent>
        <Form record={{ ...period, reason: "" }} onSubmit={save}>
          <DimonaTimeInputs />
          <BooleanInput
            source="cancelled"
            label={translate("flexi.office.field.cancelled")}
            helperText={translate("flexi.office.dimona.cancelledHelp")}
          />
          <ReasonInput />
          <Toolbar sx={{ justifyContent: "space-between", px: 0 }}>
            <Button label={translate("ra.action.cancel")} onClick={onClose} />
            <SaveButton label={translate("flexi.office.action.saveCorrection")} alwaysEnable />
          </Toolbar>
        </Form>
      </DialogContent>
    </Dialog>
  );
}

/** The dates and hours of a period, shared by correction and registration. */
export function DimonaTimeInputs({ startRequired = false }: { startRequired?: boolean }) {
  const translate = useTranslate();
  const hourHelp = translate("flexi.office.dimona.hourHelp");
  return (
    <>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <DateInput source="startDate" label={translate("flexi.office.field.startDate")} isRequired={startRequired} />
        <TextInput source="startHour" label={translate("flexi.office.field.startHour")} helperText={hourHelp} />
      </Stack>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <DateInput
          source="endDate"
          label={translate("flexi.office.field.endDate")}
          helperText={translate("flexi.office.dimona.endDateHelp")}
        />
        <TextInput source="endHour" label={translate("flexi.office.field.endHour")} helperText={hourHelp} />
      </Stack>
      <NumberInput
        source="plannedHours"
        label={translate("flexi.office.field.plannedHours")}
        min={0}
        max={999}
        step={0.5}
      />
    </>
  );
}
