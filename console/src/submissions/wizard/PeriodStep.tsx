/**
 * Step 1, "Zeitraum der Lohndaten eingeben": the period to search flexi-jobbers with a Dimona
 * in. Draft submissions left open earlier are offered to resume (drafts survive a reload and a
 * new visit) or to discard.
 */
import { Alert, Box, Button, List, ListItem, Stack, TextField, Typography } from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Confirm, useLocaleState, useNotify, useTranslate } from "react-admin";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useFlexiDataProvider, useFlexiQuery } from "../../api/dataProvider";
import { apiErrorText } from "../../common/DeclarationForm";
import { formatDate, formatDateTime, type Locale } from "../../common/format";
import { EmployerChoice, useCurrentEmployer } from "../../common/currentEmployer";
import { forget, previousMonth, todayInBrussels } from "./memory";
import { WizardFrame } from "./WizardFrame";

export function PeriodStep() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const current = useCurrentEmployer();
  const suggested = previousMonth(todayInBrussels());
  const [from, setFrom] = useState(params.get("from") ?? suggested.start);
  const [to, setTo] = useState(params.get("to") ?? suggested.end);
  const [problem, setProblem] = useState<{ field: "from" | "to"; text: string } | null>(null);

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (!current.employer) return;
    if (!from) return setProblem({ field: "from", text: translate("flexi.form.fieldErrors.REQUIRED") });
    if (!to) return setProblem({ field: "to", text: translate("flexi.form.fieldErrors.REQUIRED") });
    if (from > to) return setProblem({ field: "to", text: translate("flexi.form.fieldErrors.RANGE_ORDER") });
    void navigate(`/wizard/select?${new URLSearchParams({ employer: current.employer.id, from, to }).toString()}`);
  };

  return (
    <WizardFrame step="period" facts={{ period: from && to ? { start: from, end: to } : undefined }}>
      {current.employer && <OpenDrafts employerId={current.employer.id} />}
      <Box component="form" noValidate onSubmit={next} aria-labelledby="wizard-step-heading" sx={{ maxWidth: 640 }}>
        <Stack spacing={2}>
          <EmployerChoice current={current} />
          <Typography>{translate("flexi.wizard.period.help")}</Typography>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <TextField
              id="wizard-from"
              type="date"
              required
              label={translate("flexi.wizard.period.from")}
              value={from}
              error={problem?.field === "from"}
              helperText={problem?.field === "from" ? problem.text : undefined}
              onChange={(e) => {
                setFrom(e.target.value);
                setProblem(null);
              }}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              id="wizard-to"
              type="date"
              required
              label={translate("flexi.wizard.period.to")}
              value={to}
              error={problem?.field === "to"}
              helperText={problem?.field === "to" ? problem.text : undefined}
              onChange={(e) => {
                setTo(e.target.value);
                setProblem(null);
              }}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          <Box>
            <Button type="submit" variant="contained">
              {translate("flexi.wizard.next")}
            </Button>
          </Box>
        </Stack>
      </Box>
    </WizardFrame>
  );
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
    onError: (error) => notify(apiErrorText(translate, error), { type: "error" }),
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
