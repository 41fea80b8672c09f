/**
 * Step 4, "Übersicht über die Lohndatenübermittlung und nächste Eingabe": the data entered so
 * far, with the pencil (correct) and the bin (delete, after a confirmation); "Weiter mit dem
 * nächsten Flexi-Jobber", "Flexi-Jobber hinzufügen", and "Lohndaten übermitteln", which
 * transmits with the submission's idempotency key (a double click or a retry transmits once).
 */
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import EditIcon from "@mui/icons-material/Edit";
import SendIcon from "@mui/icons-material/Send";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  List,
  ListItem,
  Stack,
  Tooltip,
  Typography,
} from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Confirm, Loading, useLocaleState, useNotify, useTranslate } from "react-admin";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { useFlexiDataProvider, useFlexiQuery } from "../../api/dataProvider";
import { isApiError } from "../../api/flexi";
import { formatSsin } from "../../common/DeclarationForm";
import { errorText } from "../../common/errorTexts";
import { formatDate, formatMoney, type Locale } from "../../common/format";
import type { WizardSubmissionQuery } from "../../gql/graphql";
import { recall } from "./memory";
import { ProvisionalNumber } from "./PeriodStep";
import { nextToEnter } from "./SelectStep";
import { WizardFrame } from "./WizardFrame";

type Draft = NonNullable<WizardSubmissionQuery["submission"]>["declarations"]["nodes"][number];

export function OverviewStep() {
  const { submissionId = "" } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useFlexiDataProvider();
  const loaded = useFlexiQuery(["submissions", "overview", { submissionId }], async (provider) => {
    const { submission } = await provider.draftSubmission({ id: submissionId });
    if (!submission) throw new Error("not found");
    const jobbers = await provider.flexiJobbers({
      employerId: submission.employer.id,
      from: submission.period.start,
      to: submission.period.end,
    });
    return { submission, jobbers: jobbers.flexiJobbers };
  });
  const { refetch } = loaded;
  const [removing, setRemoving] = useState<Draft | null>(null);
  const [askingToTransmit, setAskingToTransmit] = useState(false);
  const [warning, setWarning] = useState(false);
  const removal = useMutation({
    mutationFn: async (draft: Draft) => {
      await dataProvider.removeDraft({ id: draft.id });
      // The worker leaves the selection too: "Flexi-Jobber hinzufügen" brings them back.
      const selection = loaded.data?.submission.selectedWorkers.map((w) => w.id) ?? [];
      await dataProvider.selectWorkers({
        id: submissionId,
        workerIds: selection.filter((id) => id !== draft.worker.id),
      });
    },
    onSuccess: () => notify("flexi.wizard.overview.removed", { type: "info" }),
    onError: (error) => notify(errorText(translate, "flexi.form", error), { type: "error" }),
    onSettled: () => {
      setRemoving(null);
      void refetch();
    },
  });
  const transmission = useMutation({
    mutationFn: (idempotencyKey: string) => dataProvider.submitSubmission({ id: submissionId, idempotencyKey }),
    onSuccess: () => void navigate(`/wizard/${submissionId}/done`),
    onError: (error) => {
      // Transmitted meanwhile (another tab, or a key lost with the browser's storage): show the result.
      if (isApiError(error, "INVALID_STATE")) return navigate(`/wizard/${submissionId}/done`);
      notify(errorText(translate, "flexi.form", error), { type: "error" });
    },
  });
  // Once transmitted, the button stays off while the page moves on to the result.
  const transmitting = transmission.isPending || transmission.isSuccess;

  if (loaded.error)
    return (
      <WizardFrame step="overview">
        <Alert severity="error">{errorText(translate, "flexi.form", loaded.error)}</Alert>
      </WizardFrame>
    );
  if (!loaded.data)
    return (
      <WizardFrame step="overview">
        <Loading />
      </WizardFrame>
    );
  const { submission, jobbers } = loaded.data;
  if (submission.status === "SUBMITTED") return <Navigate to={`/wizard/${submissionId}/done`} replace />;

  const drafts = [...submission.declarations.nodes].sort(
    (a, b) =>
      a.worker.lastName.localeCompare(b.worker.lastName) || a.worker.firstName.localeCompare(b.worker.firstName),
  );
  const entered = new Set(drafts.map((d) => d.worker.id));
  const memory = recall(submissionId);
  const selected = [...new Set([...submission.selectedWorkers.map((w) => w.id), ...entered])];
  // Declarations with a category the employer is not registered for: the controls refuse them (00036-022).
  const ownClasses = new Set(submission.employer.employerClasses);
  const unregistered = drafts.filter((d) => d.properties.some((p) => !ownClasses.has(p.employerClass)));
  const next = nextToEnter(selected, entered);
  const toEnter = selected
    .filter((id) => !entered.has(id))
    .map((id) => jobbers.find((w) => w.id === id))
    .filter((w) => w !== undefined);

  const remove = () => {
    if (removing) removal.mutate(removing);
  };

  const transmit = () => {
    setWarning(false);
    if (!transmitting) transmission.mutate(memory.idempotencyKey);
  };
  /** Asks first when a declaration has a category the employer is not registered for. */
  const warnOrTransmit = () => {
    if (unregistered.length > 0) setWarning(true);
    else transmit();
  };
  // Selected flexi-jobbers without wage data would silently be left out: ask that first.
  const askOrTransmit = () => (toEnter.length > 0 ? setAskingToTransmit(true) : warnOrTransmit());

  return (
    <WizardFrame
      step="overview"
      facts={{ period: submission.period, selected: selected.length, entered: entered.size }}
    >
      <ProvisionalNumber employerId={submission.employer.id} />
      <Typography sx={{ mb: 2 }}>{translate("flexi.wizard.overview.help")}</Typography>
      {unregistered.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="unregistered-classes">
          {translate("flexi.wizard.overview.unregistered", {
            names: unregistered.map((d) => `${d.worker.firstName} ${d.worker.lastName}`).join(", "),
            classes: submission.employer.employerClasses.join(", "),
          })}
        </Alert>
      )}
      {drafts.length === 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("flexi.wizard.overview.empty")}
        </Alert>
      )}
      <Stack spacing={2} sx={{ mb: 3 }}>
        {drafts.map((draft) => (
          <DraftCard
            key={draft.id}
            draft={draft}
            onEdit={() => void navigate(`/wizard/${submissionId}/edit/${draft.id}`)}
            onRemove={() => setRemoving(draft)}
          />
        ))}
      </Stack>
      {toEnter.length > 0 && (
        <Box sx={{ mb: 3 }}>
          <Typography variant="h6" component="h2">
            {translate("flexi.wizard.overview.toEnter")}
          </Typography>
          <List dense>
            {toEnter.map((w) => (
              <ListItem key={w.id}>
                {w.firstName} {w.lastName} ({formatSsin(w.ssin)})
              </ListItem>
            ))}
          </List>
        </Box>
      )}
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        {next && (
          <Button variant="outlined" onClick={() => void navigate(`/wizard/${submissionId}/entry/${next}`)}>
            {translate("flexi.wizard.overview.nextWorker")}
          </Button>
        )}
        <Button variant="outlined" onClick={() => void navigate(`/wizard/${submissionId}/select`)}>
          {translate("flexi.wizard.overview.addWorkers")}
        </Button>
        <Button
          variant="contained"
          startIcon={<SendIcon />}
          disabled={drafts.length === 0 || transmitting}
          onClick={askOrTransmit}
        >
          {translate("flexi.wizard.overview.transmit")}
        </Button>
      </Stack>
      <Confirm
        isOpen={warning}
        title="flexi.wizard.overview.unregisteredTitle"
        content="flexi.wizard.overview.unregistered"
        translateOptions={{
          names: unregistered.map((d) => `${d.worker.firstName} ${d.worker.lastName}`).join(", "),
          classes: submission.employer.employerClasses.join(", "),
        }}
        confirm="flexi.wizard.overview.transmitAnyway"
        onConfirm={transmit}
        onClose={() => setWarning(false)}
      />
      <Confirm
        isOpen={removing !== null}
        title="flexi.wizard.overview.removeTitle"
        content="flexi.wizard.overview.removeContent"
        translateOptions={{ name: removing ? `${removing.worker.firstName} ${removing.worker.lastName}` : "" }}
        confirm="flexi.wizard.overview.removeConfirm"
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
      <Confirm
        isOpen={askingToTransmit}
        title="flexi.decision.stillToEnter.title"
        content="flexi.decision.stillToEnter.content"
        translateOptions={{
          smart_count: toEnter.length,
          names: toEnter.map((w) => `${w.firstName} ${w.lastName}`).join(", "),
        }}
        confirm="flexi.decision.stillToEnter.confirm"
        onConfirm={() => {
          setAskingToTransmit(false);
          warnOrTransmit();
        }}
        onClose={() => setAskingToTransmit(false)}
      />
    </WizardFrame>
  );
}

/** One draft as entered: the worker, the payslip's dates and each property with its amounts. */
function DraftCard({ draft, onEdit, onRemove }: { draft: Draft; onEdit: () => void; onRemove: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const name = `${draft.worker.firstName} ${draft.worker.lastName}`;
  const edit = translate("flexi.wizard.overview.edit", { name });
  const remove = translate("flexi.wizard.overview.remove", { name });
  return (
    <Card variant="outlined" data-declaration={draft.id}>
      <CardHeader
        title={name}
        subheader={`${translate("flexi.form.ssin")} ${formatSsin(draft.worker.ssin)}`}
        slotProps={{ title: { component: "h2", variant: "h6" }, subheader: { color: "text.secondary" } }}
        action={
          <>
            <Tooltip title={edit}>
              <IconButton aria-label={edit} onClick={onEdit}>
                <EditIcon />
              </IconButton>
            </Tooltip>
            <Tooltip title={remove}>
              <IconButton aria-label={remove} onClick={onRemove}>
                <DeleteOutlineIcon />
              </IconButton>
            </Tooltip>
          </>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Box
          component="dl"
          sx={{
            display: "grid",
            gridTemplateColumns: { xs: "minmax(0, 2fr) minmax(0, 3fr)", sm: "max-content 1fr" },
            overflowWrap: "break-word",
            hyphens: "auto",
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            "& dd": { m: 0 },
          }}
        >
          <dt>{translate("flexi.form.payslipReference")}</dt>
          <dd>{draft.payslipReference || "–"}</dd>
          <dt>{translate("flexi.wizard.overview.calculationPeriod")}</dt>
          <dd>
            {formatDate(draft.calculationPeriod.start, l)} – {formatDate(draft.calculationPeriod.end, l)}
          </dd>
          <dt>{translate("flexi.form.calculationDate")}</dt>
          <dd>{formatDate(draft.calculationDate, l)}</dd>
          {draft.properties.map((p, i) => (
            <Box component="div" key={i} sx={{ display: "contents" }}>
              <dt>{translate("flexi.form.property", { number: i + 1 })}</dt>
              <dd>
                {p.employerClass} · {translate(`flexi.workerType.${p.workerType}`)} · {formatDate(p.validity.start, l)}{" "}
                – {formatDate(p.validity.end, l)}
                {p.grossWage && (
                  <div>
                    {translate("flexi.form.grossWage")}: {formatMoney(p.grossWage, l)}
                  </div>
                )}
                {p.premiums.map((premium, j) => (
                  <div key={j}>
                    {translate("flexi.form.premium", { number: j + 1 })}: {formatMoney(premium.amount, l)} (
                    {translate(`flexi.form.frequencies.m${premium.frequencyMonths}`)})
                  </div>
                ))}
              </dd>
            </Box>
          ))}
          <dt>
            <strong>{translate("flexi.wizard.overview.total")}</strong>
          </dt>
          <dd>
            <strong>{formatMoney(draft.total, l)}</strong>
          </dd>
        </Box>
      </CardContent>
    </Card>
  );
}
