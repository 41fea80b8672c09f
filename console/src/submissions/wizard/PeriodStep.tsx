/**
 * Step 1, "Zeitraum der Lohndaten eingeben": the period to search flexi-jobbers with a Dimona
 * in. Draft submissions left open earlier are offered to resume (drafts survive a reload and a
 * new visit) or to discard. The period is checked by the API's rules (checkSubmissionPeriod, the
 * ones createSubmission applies) before going on, so that a period crossing 31 December or in
 * the future is refused here with the text the form would show later. An employer with only a
 * provisional NSSO number is told first that its declarations will be refused.
 */
import { Alert, AlertTitle, Box, Button, List, ListItem, Stack, TextField, Typography } from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Confirm, useLocaleState, useNotify, useTranslate } from "react-admin";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useFlexiDataProvider, useFlexiQuery } from "../../api/dataProvider";
import { FlexiApiError, type FieldError } from "../../api/flexi";
import { errorText, fieldErrorText } from "../../common/errorTexts";
import { formatDate, formatDateTime, type Locale } from "../../common/format";
import { EmployerChoice, useCurrentEmployer } from "../../common/currentEmployer";
import { forget, previousMonth, todayInBrussels } from "./memory";
import { WizardFrame } from "./WizardFrame";

type PeriodField = "from" | "to";
type Translate = ReturnType<typeof useTranslate>;

/**
 * A problem of the period in the words the form uses for the calculation period later (from is
 * its start, to its end), else the code's general text.
 */
function periodErrorText(translate: Translate, field: PeriodField, problem: FieldError): string {
  const path = ["calculationPeriod", field === "from" ? "start" : "end"];
  return fieldErrorText(translate, "flexi.form", { ...problem, path });
}

export function PeriodStep() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const current = useCurrentEmployer();
  const dataProvider = useFlexiDataProvider();
  const suggested = previousMonth(todayInBrussels());
  const [from, setFrom] = useState(params.get("from") ?? suggested.start);
  const [to, setTo] = useState(params.get("to") ?? suggested.end);
  const [problems, setProblems] = useState<Partial<Record<PeriodField, string>>>({});
  const [checking, setChecking] = useState(false);

  const show = (found: Partial<Record<PeriodField, string>>) => {
    setProblems(found);
    const first = found.from ? "wizard-from" : found.to ? "wizard-to" : null;
    if (first) document.getElementById(first)?.focus();
  };

  const next = async (event: FormEvent) => {
    event.preventDefault();
    if (!current.employer || checking) return;
    // Both empty dates are marked at once; the API cannot take an empty date.
    const required: Partial<Record<PeriodField, string>> = {};
    if (!from) required.from = translate("flexi.form.fieldErrors.REQUIRED");
    if (!to) required.to = translate("flexi.form.fieldErrors.REQUIRED");
    if (required.from || required.to) return show(required);
    setChecking(true);
    try {
      await dataProvider.checkSubmissionPeriod({ from, to });
    } catch (error) {
      if (error instanceof FlexiApiError && error.code === "BAD_USER_INPUT" && error.fieldErrors.length > 0) {
        const found: Partial<Record<PeriodField, string>> = {};
        for (const problem of error.fieldErrors) {
          const field: PeriodField = problem.path[0] === "to" ? "to" : "from";
          const text = periodErrorText(translate, field, problem);
          found[field] = found[field] ? `${found[field]} ${text}` : text;
        }
        return show(found);
      }
      notify(errorText(translate, "flexi.form", error), { type: "error" });
      return;
    } finally {
      setChecking(false);
    }
    void navigate(`/wizard/select?${new URLSearchParams({ employer: current.employer.id, from, to }).toString()}`);
  };

  return (
    <WizardFrame step="period" facts={{ period: from && to ? { start: from, end: to } : undefined }}>
      {current.employer && <ProvisionalNumber employerId={current.employer.id} />}
      {current.employer && <OpenDrafts employerId={current.employer.id} />}
      <Box
        component="form"
        noValidate
        onSubmit={(event) => void next(event)}
        aria-labelledby="wizard-step-heading"
        sx={{ maxWidth: 640 }}
      >
        <Stack spacing={2}>
          <EmployerChoice current={current} />
          <Typography>{translate("flexi.wizard.period.help")}</Typography>
          {(problems.from || problems.to) && (
            <Alert severity="error" role="alert">
              {translate("flexi.form.correctFields", { smart_count: Object.keys(problems).length })}
            </Alert>
          )}
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <TextField
              id="wizard-from"
              type="date"
              required
              label={translate("flexi.wizard.period.from")}
              value={from}
              error={!!problems.from}
              helperText={problems.from}
              onChange={(e) => {
                setFrom(e.target.value);
                setProblems(({ from: _, ...rest }) => rest);
              }}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              id="wizard-to"
              type="date"
              required
              label={translate("flexi.wizard.period.to")}
              value={to}
              error={!!problems.to}
              helperText={problems.to}
              onChange={(e) => {
                setTo(e.target.value);
                setProblems(({ to: _, ...rest }) => rest);
              }}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          <Box>
            <Button type="submit" variant="contained" disabled={checking}>
              {translate("flexi.wizard.next")}
            </Button>
          </Box>
        </Stack>
      </Box>
    </WizardFrame>
  );
}

/**
 * An employer with only a provisional NSSO number may not declare: the controls refuse each of
 * its declarations (anomaly 00011-146, docs/domain-rules.md#nsso-number). Said before any input.
 */
export function ProvisionalNumber({ employerId }: { employerId: string }) {
  const translate = useTranslate();
  const employer = useFlexiQuery(["submissions", "wizardEmployer", { employerId }], (provider) =>
    provider.wizardEmployer({ id: employerId }),
  );
  if (!employer.data?.employer?.nssoProvisional) return null;
  return (
    <Alert severity="warning" sx={{ mb: 3, maxWidth: 760 }} data-testid="provisional-nsso">
      <AlertTitle component="h2">{translate("flexi.wizard.provisional.title")}</AlertTitle>
      {translate("flexi.wizard.provisional.text")}
    </Alert>
  );
}

/** The workers of an open draft: those with wage data entered, then those selected still to enter. */
function workerNames(draft: {
  selectedWorkers: { id: string; firstName: string; lastName: string }[];
  declarations: { nodes: { worker: { id: string; firstName: string; lastName: string } }[] };
}): string[] {
  const workers = new Map<string, string>();
  for (const w of [...draft.declarations.nodes.map((d) => d.worker), ...draft.selectedWorkers])
    workers.set(w.id, `${w.firstName} ${w.lastName}`);
  return [...workers.values()];
}

/** Draft submissions of this employer not yet transmitted: resume or discard. */
function OpenDrafts({ employerId }: { employerId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useFlexiDataProvider();
  const drafts = useFlexiQuery(["submissions", "openDraftSubmissions", { employerId }], (provider) =>
    provider.openDraftSubmissions({ employerId }),
  );
  const { refetch } = drafts;
  const [discarding, setDiscarding] = useState<string | null>(null);
  const discardal = useMutation({
    mutationFn: (id: string) => dataProvider.discardSubmission({ id }),
    onSuccess: (_answer, id) => {
      forget(id);
      notify("flexi.wizard.period.discarded", { type: "info" });
    },
    onError: (error) => notify(errorText(translate, "flexi.form", error), { type: "error" }),
    onSettled: () => {
      setDiscarding(null);
      void refetch();
    },
  });
  const open = drafts.data?.submissions.nodes ?? [];
  if (open.length === 0) return null;

  const discard = () => {
    if (discarding) discardal.mutate(discarding);
  };

  return (
    <Alert severity="info" sx={{ mb: 3, maxWidth: 760 }}>
      <Typography variant="subtitle1" component="h2">
        {translate("flexi.wizard.period.openTitle")}
      </Typography>
      <List dense disablePadding>
        {open.map((s) => (
          <ListItem key={s.id} disableGutters sx={{ gap: 2, flexWrap: "wrap" }}>
            <span>
              {translate("flexi.wizard.period.openItem", {
                date: formatDateTime(s.createdAt, locale as Locale),
                from: formatDate(s.period.start, locale as Locale),
                to: formatDate(s.period.end, locale as Locale),
                smart_count: s.declarations.totalCount,
              })}
              {workerNames(s).length > 0 && (
                <>
                  {": "}
                  <span data-testid="draft-workers">{workerNames(s).join(", ")}</span>
                </>
              )}
            </span>
            <Button size="small" variant="outlined" component={Link} to={`/wizard/${s.id}/overview`}>
              {translate("flexi.wizard.period.resume")}
            </Button>
            <Button size="small" color="error" onClick={() => setDiscarding(s.id)}>
              {translate("flexi.wizard.period.discard")}
            </Button>
          </ListItem>
        ))}
      </List>
      <Confirm
        isOpen={discarding !== null}
        title="flexi.wizard.period.discardTitle"
        content="flexi.wizard.period.discardContent"
        confirm="flexi.wizard.period.discard"
        onConfirm={discard}
        onClose={() => setDiscarding(null)}
      />
    </Alert>
  );
}
