/**
 * The confirmation page: the reference of the transmission, the guide's note on the short
 * processing time while controls are still running (once all are controlled, a note that the
 * results are final), each refusal's reason with an action to correct it, and a link to the overview. The declarations' statuses follow the controls
 * live (submissionProgress): a few are listed with their status icons, a large submission shows
 * a progress bar instead, which is all a person can take in for hundreds of declarations.
 */
import { Alert, Box, Button, LinearProgress, List, ListItem, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Loading, useLocaleState, useTranslate } from "react-admin";
import { Link, useParams } from "react-router-dom";
import { useFlexiQuery } from "../../api/dataProvider";
import { useLive, useThrottled } from "../../api/live";
import { errorText } from "../../common/errorTexts";
import { formatDateTime, formatMoney, type Locale } from "../../common/format";
import { DecisionReason } from "../../common/DecisionReason";
import { StatusIcon } from "../../common/StatusIcon";
import { forget } from "./memory";
import { SubmissionProgress } from "../operations";
import { WizardFrame } from "./WizardFrame";

/** Up to this many declarations are listed one by one; a larger submission shows a progress bar. */
const LISTED = 20;

export function DoneStep() {
  const { submissionId = "" } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const loaded = useFlexiQuery(["submissions", "transmittedSubmission", { submissionId }], (dataProvider) =>
    dataProvider.transmittedSubmission({ id: submissionId, first: LISTED }),
  );
  const { refetch } = loaded;
  const reload = useThrottled(() => void refetch());
  const [progress, setProgress] = useState<{ total: number; processed: number } | null>(null);
  const submission = loaded.data?.submission;
  const large = (submission?.declarations.totalCount ?? 0) > LISTED;

  const transmitted = submission?.status === "SUBMITTED";
  useEffect(() => {
    if (transmitted) forget(submissionId); // transmitted: nothing left to keep in the browser
  }, [submissionId, transmitted]);
  // Each event carries the progress; a short list is also read again for its statuses.
  useLive(SubmissionProgress, transmitted ? { submissionId } : null, reload, (data) => {
    setProgress(data.submissionProgress);
    return !large;
  });

  if (loaded.error)
    return (
      <WizardFrame step="done">
        <Alert severity="error">{errorText(translate, "flexi.form", loaded.error)}</Alert>
      </WizardFrame>
    );
  if (!submission)
    return (
      <WizardFrame step="done">
        <Loading />
      </WizardFrame>
    );
  const current = progress ?? submission.progress;
  // The statuses listed are final once every declaration is controlled: no more talk of the hourglass.
  const allProcessed = current.total > 0 && current.processed === current.total;
  const refused = large ? 0 : submission.declarations.nodes.filter((d) => d.status === "REFUSED").length;
  const percent = current.total > 0 ? Math.round((100 * current.processed) / current.total) : 0;

  return (
    <WizardFrame
      step="done"
      facts={{
        period: submission.period,
        selected: submission.declarations.totalCount,
        entered: submission.declarations.totalCount,
        reference: submission.reference,
      }}
    >
      {submission.status !== "SUBMITTED" ? (
        <Alert severity="warning">{translate("flexi.wizard.done.notTransmitted")}</Alert>
      ) : (
        <>
          <Alert severity="success" sx={{ mb: 2 }}>
            <Typography component="p" sx={{ fontWeight: 600 }}>
              {translate("flexi.wizard.done.transmitted")}
            </Typography>
            <Typography component="p">
              {translate("flexi.wizard.done.reference")}:{" "}
              <strong data-testid="submission-reference">{submission.reference}</strong>
            </Typography>
            <Typography component="p">
              {translate("flexi.wizard.done.at", { date: formatDateTime(submission.submittedAt, locale as Locale) })}
            </Typography>
          </Alert>
          {allProcessed ? (
            <Typography sx={{ mb: 2 }} data-testid="done-processed">
              {translate("flexi.decision.allProcessed")}
            </Typography>
          ) : (
            <>
              <Typography sx={{ mb: 1 }}>
                {translate("flexi.wizard.done.processing", { pending: translate("flexi.status.PENDING") })}
              </Typography>
              <Typography sx={{ mb: 2 }}>{translate("flexi.wizard.done.ebox")}</Typography>
            </>
          )}
          {refused > 0 && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate("flexi.decision.refusedHint", { smart_count: refused })}
            </Alert>
          )}
          {large ? (
            <Box sx={{ mb: 2, maxWidth: 560 }}>
              <Typography id="wizard-progress-label">
                {translate("flexi.wizard.done.progress", { processed: current.processed, total: current.total })}
              </Typography>
              <LinearProgress
                variant="determinate"
                value={percent}
                aria-labelledby="wizard-progress-label"
                sx={{ height: 10, borderRadius: 1 }}
              />
            </Box>
          ) : (
            <List dense aria-label={translate("flexi.wizard.done.listLabel")} sx={{ mb: 2 }}>
              {submission.declarations.nodes.map((d) => (
                <ListItem
                  key={d.id}
                  disableGutters
                  sx={{ gap: 2, flexWrap: "wrap", alignItems: "baseline" }}
                  data-declaration={d.id}
                >
                  <StatusIcon status={d.status} withLabel />
                  <span>
                    {d.worker.firstName} {d.worker.lastName}
                  </span>
                  <span>{formatMoney(d.total, locale as Locale)}</span>
                  {d.status === "REFUSED" && d.allowedActions.includes("MODIFY") && (
                    <Button
                      component={Link}
                      to={`/workers/${d.worker.id}/show?correct=${d.id}`}
                      size="small"
                      variant="outlined"
                      color="error"
                      aria-label={translate("flexi.decision.correctFor", {
                        name: `${d.worker.firstName} ${d.worker.lastName}`,
                      })}
                    >
                      {translate("flexi.decision.correct")}
                    </Button>
                  )}
                  <Box sx={{ flexBasis: "100%" }}>
                    <DecisionReason declaration={d} />
                  </Box>
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
      <Button component={Link} to="/" variant="contained">
        {translate("flexi.wizard.done.toOverview")}
      </Button>
    </WizardFrame>
  );
}
