/** Runs the controls again on every declaration the queue's current filter matches (after a confirmation). */
import ReplayIcon from "@mui/icons-material/Replay";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button, Confirm, useListContext, useNotify, useRefresh, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import { errorText } from "../common/errorTexts";
import { toDeclarationFilter, type DeclarationFilterValues } from "./dataProvider";

export function RevalidateMatchingButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { filterValues, total } = useListContext();
  const [open, setOpen] = useState(false);
  const dataProvider = useFlexiDataProvider();
  const revalidate = useMutation({
    mutationFn: () =>
      dataProvider.revalidateDeclarations({ filter: toDeclarationFilter(filterValues as DeclarationFilterValues) }),
    onSuccess: ({ revalidateDeclarations }) => {
      notify(translate("flexi.office.review.revalidated", { smart_count: revalidateDeclarations }), { type: "info" });
      refresh();
    },
    onError: (error) => notify(errorText(translate, "flexi.office", error), { type: "error" }),
    onSettled: () => setOpen(false),
  });

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
        loading={revalidate.isPending}
        title={translate("flexi.office.review.revalidateMatching")}
        content={translate("flexi.office.review.revalidateMatchingText", { smart_count: total ?? 0 })}
        confirm={translate("flexi.office.action.revalidate")}
        onConfirm={() => revalidate.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
