/**
 * Step 3, "Lohndaten eingeben": the form for one selected flexi-jobber ("Nächste" adds the draft
 * and shows the overview), or, from the overview's pencil, a draft's content to correct.
 */
import { Alert } from "@mui/material";
import { Loading, useTranslate } from "react-admin";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { request } from "../../api/client";
import { apiErrorText, DeclarationForm, toDeclarationInput } from "../../common/DeclarationForm";
import { useLoad } from "../useLoad";
import { recall } from "./memory";
import { AddDeclaration, DraftSubmission, EntryWorker, UpdateDraft } from "./operations";
import { WizardFrame, type TrailFacts } from "./WizardFrame";

export function EntryStep() {
  const { submissionId = "", workerId, declarationId } = useParams();
  const translate = useTranslate();
  const navigate = useNavigate();
  const loaded = useLoad(async () => {
    const { submission } = await request(DraftSubmission, { id: submissionId });
    if (!submission) throw new Error("not found");
    const draft = declarationId ? submission.declarations.nodes.find((d) => d.id === declarationId) : undefined;
    const worker = draft?.worker ?? (workerId ? (await request(EntryWorker, { id: workerId })).worker : null);
    return { submission, draft, worker };
  }, [submissionId, workerId, declarationId]);

  const data = loaded.data;
  const entered = new Set(data?.submission.declarations.nodes.map((d) => d.worker.id) ?? []);
  const selected = [...new Set([...recall(submissionId).selected, ...entered])];
  const facts: TrailFacts = { period: data?.submission.period, selected: selected.length, entered: entered.size };

  if (loaded.error != null)
    return (
      <WizardFrame step="entry">
        <Alert severity="error">{apiErrorText(translate, loaded.error)}</Alert>
      </WizardFrame>
    );
  if (!data)
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
        submitLabel={translate(draft ? "flexi.wizard.entry.save" : "flexi.wizard.next")}
        onCancel={() =>
          navigate(entered.size > 0 ? `/wizard/${submissionId}/overview` : `/wizard/${submissionId}/select`)
        }
        onSubmit={async (input) => {
          if (draft) await request(UpdateDraft, { id: draft.id, input });
          else await request(AddDeclaration, { input: { ...input, submissionId } });
          navigate(`/wizard/${submissionId}/overview`);
        }}
      />
    </WizardFrame>
  );
}
