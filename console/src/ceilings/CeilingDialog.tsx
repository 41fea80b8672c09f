/** Sets the ceiling of a year (a new year, or a changed amount, provisional flag or source). */
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { useId } from "react";
import {
  BooleanInput,
  Button,
  Form,
  NumberInput,
  required,
  SaveButton,
  TextInput,
  Toolbar,
  useTranslate,
} from "react-admin";
import { toApiMoney } from "../common/DeclarationForm";
import { useLocale } from "../common/officeFormat";
import { useCorrection } from "../common/useCorrection";
import type { CeilingRow } from "./dataProvider";

export function CeilingDialog({ ceiling, onClose }: { ceiling: CeilingRow | null; onClose: () => void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const titleId = useId();
  const save = useCorrection(
    async (values: Record<string, unknown>, dataProvider) => {
      const source = String(values.source ?? "").trim();
      await dataProvider.setFlexiCeiling({
        year: Number(values.year),
        amount: toApiMoney(String(values.amount ?? "")),
        provisional: values.provisional === true,
        source: source === "" ? null : source,
      });
    },
    { success: translate("flexi.office.ceilings.saved"), onSuccess: onClose },
  );
  // The amount as a person of this language types it (decimal comma except in English).
  const amountText = (amount: string) => (locale === "en" ? amount : amount.replace(".", ","));
  const record = ceiling
    ? {
        year: ceiling.year,
        amount: amountText(ceiling.amount),
        provisional: ceiling.provisional,
        source: ceiling.source ?? "",
      }
    : { year: null, amount: "", provisional: true, source: "" };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {ceiling
          ? translate("flexi.office.ceilings.editTitle", { year: ceiling.year })
          : translate("flexi.office.ceilings.add")}
      </DialogTitle>
      <DialogContent>
        <Form record={record} onSubmit={save}>
          <NumberInput
            source="year"
            label={translate("flexi.office.field.year")}
            validate={required()}
            disabled={ceiling != null}
            min={2024}
            max={2100}
            step={1}
          />
          <TextInput
            source="amount"
            label={translate("flexi.office.field.amount")}
            validate={required()}
            helperText={translate("flexi.office.ceilings.amountHelp")}
          />
          <BooleanInput
            source="provisional"
            label={translate("flexi.office.field.provisional")}
            helperText={translate("flexi.office.ceilings.provisionalHelp")}
          />
          <TextInput source="source" label={translate("flexi.office.field.source")} fullWidth multiline />
          <Toolbar sx={{ justifyContent: "space-between", px: 0 }}>
            <Button label={translate("ra.action.cancel")} onClick={onClose} />
            <SaveButton label={translate("ra.action.save")} alwaysEnable />
          </Toolbar>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
