/** Runs the controls again on every declaration the queue's current filter matches (after a confirmation). */
import ReplayIcon from "@mui/icons-material/Replay";
import { useState } from "react";
import { Button, Confirm, useListContext, useNotify, useRefresh, useTranslate } from "react-admin";
import { request } from "../../api/client";
import { errorText } from "../shared/fieldErrors";
import { OfficeRevalidateDeclarations } from "./operations";
import { toDeclarationFilter, type DeclarationFilterValues } from "./resource";

export function RevalidateMatchingButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { filterValues, total } = useListContext();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { revalidateDeclarations } = await request(OfficeRevalidateDeclarations, {
        filter: toDeclarationFilter(filterValues as DeclarationFilterValues),
      });
      notify(translate("flexi.office.review.revalidated", { smart_count: revalidateDeclarations }), { type: "info" });
      refresh();
    } catch (error) {
      notify(errorText(error, translate), { type: "error" });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label={translate("flexi.office.review.revalidateMatching")}
        onClick={() => setOpen(true)}
        disabled={!total}
      >
        <ReplayIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate("flexi.office.review.revalidateMatching")}
        content={translate("flexi.office.review.revalidateMatchingText", { smart_count: total ?? 0 })}
        confirm={translate("flexi.office.action.revalidate")}
        onConfirm={() => void run()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
