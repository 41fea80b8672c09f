/**
 * Step 3, "Lohndaten eingeben": the form for one selected flexi-jobber ("Nächste" adds the draft
 * and shows the overview), or, from the overview's pencil, a draft's content to correct. What is
 * typed is kept in the browser until it is saved or discarded (per user, draft and worker), so
 * that a reload, the back button or a new sign-in after the session expired finds it again.
 */
import { Alert } from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { Loading, useGetIdentity, useTranslate } from "react-admin";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { dataProvider as unwrappedDataProvider, useFlexiQuery } from "../../api/dataProvider";
import { DeclarationForm, toDeclarationInput } from "../../common/DeclarationForm";
import { errorText } from "../../common/errorTexts";
import type { DeclarationInput } from "../../gql/graphql";
import { formStorageKey } from "./memory";
import { WizardFrame, type TrailFacts } from "./WizardFrame";

export function EntryStep() {
  const { submissionId = "", workerId, declarationId } = useParams();
  const translate = useTranslate();
  const navigate = useNavigate();
  const loaded = useFlexiQuery(
    ["submissions", "entry", { submissionId, workerId, declarationId }],
    async (provider) => {
      const { submission } = await provider.draftSubmission({ id: submissionId });
      if (!submission) throw new Error("not found");
      const draft = declarationId ? submission.declarations.nodes.find((d) => d.id === declarationId) : undefined;
      const worker = draft?.worker ?? (workerId ? (await provider.entryWorker({ id: workerId })).worker : null);
      return { submission, draft, worker };
    },
  );
  /**
   * A new draft is added to the submission, a draft from the overview's pencil updated. Sent
   * past react-admin's wrapper, which would sign out at once on an expired session: the form
   * says so instead, keeps the input and offers to sign in again (DeclarationForm).
   */
  const save = useMutation({
    mutationFn: async ({ draftId, input }: { draftId: string | undefined; input: DeclarationInput }) => {
      if (draftId) await unwrappedDataProvider.updateDraft({ id: draftId, input });
      else await unwrappedDataProvider.addDraft({ input: { ...input, submissionId } });
    },
    onSuccess: () => void navigate(`/wizard/${submissionId}/overview`),
  });

  const data = loaded.data;
  const entered = new Set(data?.submission.declarations.nodes.map((d) => d.worker.id) ?? []);
  const selected = [...new Set([...(data?.submission.selectedWorkers.map((w) => w.id) ?? []), ...entered])];
  const { identity } = useGetIdentity();
  const facts: TrailFacts = { period: data?.submission.period, selected: selected.length, entered: entered.size };

  if (loaded.error)
    return (
      <WizardFrame step="entry">
        <Alert severity="error">{errorText(translate, "flexi.form", loaded.error)}</Alert>
      </WizardFrame>
    );
  if (!data || !identity)
    return (
      <WizardFrame step="entry">
        <Loading />
      </WizardFrame>
    );
  if (data.submission.status === "SUBMITTED") return <Navigate to={`/wizard/${submissionId}/done`} replace />;
  if (!data.worker || (declarationId && !data.draft)) {
    return (
      <WizardFrame step="entry" facts={facts}>
        <Alert severity="error">{translate("flexi.form.apiErrors.NOT_FOUND")}</Alert>
      </WizardFrame>
    );
  }
  const { submission, draft, worker } = data;
  const position = selected.indexOf(worker.id) + 1;

  return (
    <WizardFrame step="entry" facts={facts}>
      <Alert severity="info" icon={false} sx={{ mb: 2 }}>
        {draft
          ? translate("flexi.wizard.entry.editing", { name: `${worker.firstName} ${worker.lastName}` })
          : translate("flexi.wizard.entry.worker", {
              number: position || selected.length,
              count: selected.length,
              name: `${worker.firstName} ${worker.lastName}`,
            })}
      </Alert>
      <DeclarationForm
        key={draft?.id ?? worker.id}
        worker={worker}
        initial={draft ? toDeclarationInput(draft, worker.id) : undefined}
        period={submission.period}
        employerClasses={submission.employer.employerClasses}
        storageKey={formStorageKey(String(identity.id), submissionId, draft ? `edit.${draft.id}` : `new.${worker.id}`)}
        submitLabel={translate(draft ? "flexi.wizard.entry.save" : "flexi.wizard.next")}
        onCancel={() =>
          void navigate(entered.size > 0 ? `/wizard/${submissionId}/overview` : `/wizard/${submissionId}/select`)
        }
        onSubmit={async (input) => {
          await save.mutateAsync({ draftId: draft?.id, input });
        }}
      />
    </WizardFrame>
  );
}
