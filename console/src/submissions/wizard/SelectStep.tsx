/**
 * Step 2, "Flexi-Jobber auswählen": the workers with a Dimona of the employer in the period,
 * at least one to tick. For a new entry "Nächste" creates the draft submission; from the
 * overview ("Flexi-Jobber hinzufügen") it adds to the selection of the existing one, where the
 * workers whose data is entered stay ticked. The selection is kept with the draft on the server
 * (selectSubmissionWorkers), so that another browser resumes it; once the draft exists, this
 * step's address names it, so that going back here and on again reuses it.
 */
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Stack,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { CardTable } from "../../common/CardTable";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Loading, useLocaleState, useNotify, useTranslate } from "react-admin";
import { useNavigate, useParams, useSearchParams } from "react-router-dom";
import { useFlexiDataProvider, useFlexiQuery } from "../../api/dataProvider";
import { formatSsin } from "../../common/DeclarationForm";
import { errorText } from "../../common/errorTexts";
import { formatDate, type Locale } from "../../common/format";
import { WizardFrame } from "./WizardFrame";

/** The first selected worker whose data is still to enter, in the order of the list. */
export function nextToEnter(selected: readonly string[], entered: ReadonlySet<string>): string | undefined {
  return selected.find((id) => !entered.has(id));
}

export function SelectStep() {
  const { submissionId } = useParams();
  const [params, setParams] = useSearchParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [locale] = useLocaleState();

  // The period and employer: from the URL for a new entry, from the draft submission when adding.
  const dataProvider = useFlexiDataProvider();
  const employerParam = params.get("employer");
  const fromParam = params.get("from");
  const toParam = params.get("to");
  const loaded = useFlexiQuery(
    ["submissions", "select", { submissionId, employerParam, fromParam, toParam }],
    async (provider) => {
      if (!submissionId) {
        const employerId = employerParam ?? "";
        const period = { start: fromParam ?? "", end: toParam ?? "" };
        const jobbers = await provider.flexiJobbers({ employerId, from: period.start, to: period.end });
        // Before the submission exists, the ticks are kept in the URL, so that a reload keeps them.
        const selected = params.get("selected")?.split(",").filter(Boolean) ?? [];
        return { employerId, period, jobbers: jobbers.flexiJobbers, entered: new Set<string>(), selected };
      }
      const { submission } = await provider.draftSubmission({ id: submissionId });
      if (!submission) throw new Error("not found");
      const jobbers = await provider.flexiJobbers({
        employerId: submission.employer.id,
        from: submission.period.start,
        to: submission.period.end,
      });
      const entered = new Set(submission.declarations.nodes.map((d) => d.worker.id));
      return {
        employerId: submission.employer.id,
        period: submission.period,
        jobbers: jobbers.flexiJobbers,
        entered,
        selected: submission.selectedWorkers.map((w) => w.id),
      };
    },
  );

  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [problem, setProblem] = useState(false);
  /** The draft submission is created on the first "Nächste"; adding to it from the overview keeps it. */
  const proceed = useMutation({
    mutationFn: async (next: { employerId: string; period: { start: string; end: string }; selected: string[] }) => {
      const id =
        submissionId ??
        (
          await dataProvider.createSubmission({
            input: { employerId: next.employerId, from: next.period.start, to: next.period.end },
          })
        ).createSubmission.id;
      await dataProvider.selectWorkers({ id, workerIds: next.selected });
      return id;
    },
    onSuccess: async (id, { selected }) => {
      // The browser's back button from step 3 comes back to this draft's selection, not to a new one.
      if (!submissionId) await navigate(`/wizard/${id}/select`, { replace: true });
      const worker = nextToEnter(selected, loaded.data?.entered ?? new Set<string>());
      await navigate(worker ? `/wizard/${id}/entry/${worker}` : `/wizard/${id}/overview`);
    },
    onError: (error) => notify(errorText(translate, "flexi.form", error), { type: "error" }),
  });
  // Stays on after success, while the page moves on to the next step.
  const busy = proceed.isPending || proceed.isSuccess;
  const data = loaded.data;
  if (loaded.error)
    return (
      <WizardFrame step="select">
        <Alert severity="error">{errorText(translate, "flexi.form", loaded.error)}</Alert>
      </WizardFrame>
    );
  if (!data)
    return (
      <WizardFrame step="select">
        <Loading />
      </WizardFrame>
    );

  const chosen = ticked ?? new Set([...data.selected, ...data.entered]);
  const tick = (next: Set<string>) => {
    setTicked(next);
    setProblem(false);
    if (!submissionId) {
      setParams(
        (p) => {
          const updated = new URLSearchParams(p);
          updated.set("selected", [...next].join(","));
          return updated;
        },
        { replace: true },
      );
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    tick(next);
  };
  const selectable = data.jobbers.filter((w) => !data.entered.has(w.id));
  const allTicked = selectable.length > 0 && selectable.every((w) => chosen.has(w.id));

  const next = (event: FormEvent) => {
    event.preventDefault();
    // The list's order, so that the forms follow it.
    const selected = data.jobbers.map((w) => w.id).filter((id) => chosen.has(id));
    if (selected.length === 0) return setProblem(true);
    proceed.mutate({ employerId: data.employerId, period: data.period, selected });
  };

  return (
    <WizardFrame step="select" facts={{ period: data.period, selected: chosen.size }}>
      <Box component="form" noValidate onSubmit={next} aria-labelledby="wizard-step-heading">
        <Typography sx={{ mb: 2 }}>{translate("flexi.wizard.select.help")}</Typography>
        {problem && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {translate("flexi.wizard.select.atLeastOne")}
          </Alert>
        )}
        {data.jobbers.length === 0 ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate("flexi.wizard.select.none")}
          </Alert>
        ) : (
          <CardTable size="small" aria-label={translate("flexi.wizard.select.tableLabel")} sx={{ mb: 2 }}>
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allTicked}
                    indeterminate={!allTicked && selectable.some((w) => chosen.has(w.id))}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      for (const w of selectable) {
                        if (e.target.checked) next.add(w.id);
                        else next.delete(w.id);
                      }
                      tick(next);
                    }}
                    slotProps={{ input: { "aria-label": translate("flexi.wizard.select.all") } }}
                  />
                </TableCell>
                <TableCell scope="col">{translate("flexi.wizard.select.name")}</TableCell>
                <TableCell scope="col">{translate("flexi.wizard.select.ssin")}</TableCell>
                <TableCell scope="col">{translate("flexi.wizard.select.birthDate")}</TableCell>
                <TableCell scope="col">{translate("flexi.wizard.select.state")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.jobbers.map((w) => {
                const entered = data.entered.has(w.id);
                const name = `${w.firstName} ${w.lastName}`;
                return (
                  <TableRow key={w.id} hover data-worker={w.id}>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={chosen.has(w.id)}
                        disabled={entered}
                        onChange={(e) => toggle(w.id, e.target.checked)}
                        slotProps={{ input: { "aria-label": translate("flexi.wizard.select.choose", { name }) } }}
                      />
                    </TableCell>
                    <TableCell component="th" scope="row">
                      {w.lastName}, {w.firstName}
                    </TableCell>
                    <TableCell>{formatSsin(w.ssin)}</TableCell>
                    <TableCell>{formatDate(w.birthDate, locale as Locale)}</TableCell>
                    <TableCell>{entered ? translate("flexi.wizard.select.entered") : ""}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </CardTable>
        )}
        <Stack direction="row" spacing={2}>
          <Button
            variant="outlined"
            onClick={() =>
              void navigate(
                submissionId
                  ? `/wizard/${submissionId}/overview`
                  : `/wizard?${new URLSearchParams({ from: data.period.start, to: data.period.end }).toString()}`,
              )
            }
          >
            {translate("flexi.wizard.back")}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {translate("flexi.wizard.next")}
          </Button>
        </Stack>
      </Box>
    </WizardFrame>
  );
}
