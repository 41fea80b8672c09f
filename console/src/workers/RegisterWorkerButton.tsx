/** Registers a worker (SSIN, names, pension date); the new worker's page opens. */
import PersonAddIcon from "@mui/icons-material/PersonAdd";
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { useId, useState } from "react";
import { Button, DateInput, Form, required, SaveButton, TextInput, Toolbar, useTranslate } from "react-admin";
import { useNavigate } from "react-router-dom";
import { useCorrection } from "../common/useCorrection";

export function RegisterWorkerButton() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const save = useCorrection(
    async (values: Record<string, unknown>, dataProvider) => {
      const { registerWorker } = await dataProvider.registerWorker({
        input: {
          ssin: String(values.ssin ?? "").replace(/[\s.-]/g, ""),
          firstName: String(values.firstName ?? ""),
          lastName: String(values.lastName ?? ""),
          pensionerFrom: values.pensionerFrom ? String(values.pensionerFrom) : null,
        },
      });
      void navigate(`/workers/${registerWorker.id}/show`);
    },
    { success: translate("flexi.office.worker.registered"), onSuccess: () => setOpen(false) },
  );
  return (
    <>
      <Button label={translate("flexi.office.worker.register")} onClick={() => setOpen(true)}>
        <PersonAddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{translate("flexi.office.worker.register")}</DialogTitle>
        <DialogContent>
          <Form onSubmit={save}>
            <TextInput source="ssin" label={translate("flexi.office.field.ssin")} validate={required()} fullWidth />
            <TextInput
              source="firstName"
              label={translate("flexi.office.field.firstName")}
              validate={required()}
              fullWidth
            />
            <TextInput
              source="lastName"
              label={translate("flexi.office.field.lastName")}
              validate={required()}
              fullWidth
            />
            <DateInput source="pensionerFrom" label={translate("flexi.office.field.pensionerFrom")} />
            <Toolbar sx={{ justifyContent: "space-between", px: 0 }}>
              <Button label={translate("ra.action.cancel")} onClick={() => setOpen(false)} />
              <SaveButton label={translate("flexi.office.worker.register")} alwaysEnable />
            </Toolbar>
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
