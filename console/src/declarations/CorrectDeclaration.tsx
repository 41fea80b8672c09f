/**
 * The back office's correction of a declaration: the shared declaration form (common/
 * DeclarationForm) with a required reason. Pessimistic: the page shows the new content only once
 * the server has answered. Field errors of the content show on the form's fields, the reason's on
 * the reason; a CONFLICT (someone changed the declaration meanwhile) reloads the page.
 */
import { TextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { FlexiApiError } from "../api/flexi";
import { DeclarationForm, toDeclarationInput } from "../common/DeclarationForm";
import type { DeclarationInput } from "../gql/graphql";
import { Section } from "../common/Section";
import { fieldErrorText } from "../common/errorTexts";
import { useFlexiDataProvider } from "../api/dataProvider";
import { useOnConflict } from "./DeclarationActions";
import type { DeclarationDetail } from "./dataProvider";

export function CorrectDeclaration({ declaration, onClose }: { declaration: DeclarationDetail; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onConflict = useOnConflict();
  const dataProvider = useFlexiDataProvider();
  // The content and token as the agent opened the form: a live reload underneath must not reset it.
  const [initial] = useState(() => toDeclarationInput(declaration, declaration.worker.id));
  const [expectedVersion] = useState(declaration.version);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);

  const submit = async (input: DeclarationInput) => {
    setReasonError(null);
    try {
      // The reason goes to the server even when empty: it answers every problem of the
      // content and the reason at once.
      await dataProvider.correctDeclaration({ id: declaration.id, expectedVersion, input, reason: reason.trim() });
    } catch (error) {
      if (onConflict(error)) return onClose();
      if (error instanceof FlexiApiError && error.code === "BAD_USER_INPUT") {
        const isReason = (path: (string | number)[]) => path.length === 1 && path[0] === "reason";
        const onReason = error.fieldErrors.find((e) => isReason(e.path));
        if (onReason) setReasonError(fieldErrorText(translate, "flexi.office", onReason));
        const others = error.fieldErrors.filter((e) => !isReason(e.path));
        // The form shows the content's errors on its fields; the reason is ours.
        if (others.length > 0) throw new FlexiApiError(error.message, error.code, others);
        return;
      }
      throw error;
    }
    notify(translate("flexi.office.declaration.corrected"), { type: "success" });
    onClose();
    refresh();
  };

  return (
    <Section title={translate("flexi.office.declaration.correctTitle")} id="declaration-correction">
      <DeclarationForm
        worker={declaration.worker}
        initial={initial}
        employerClasses={declaration.employer.employerClasses}
        onSubmit={submit}
        submitLabel={translate("flexi.office.action.saveCorrection")}
        onCancel={onClose}
      >
        <TextField
          name="reason"
          required
          multiline
          minRows={2}
          fullWidth
          label={translate("flexi.office.reason.label")}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
          error={reasonError != null}
          helperText={reasonError ?? translate("flexi.office.reason.help")}
          slotProps={{ htmlInput: { "data-testid": "correction-reason" } }}
        />
      </DeclarationForm>
    </Section>
  );
}
