/**
 * The frame of every wizard step: the step's content, and on the right the guide's "Verlauf",
 * the trail of the user's actions, with the current step marked (aria-current="step") and what
 * was chosen in the steps already done.
 */
import CheckIcon from "@mui/icons-material/Check";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import { Box, Button, Paper, Typography, useMediaQuery, type Theme } from "@mui/material";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { useLocation } from "react-router-dom";
import { formatDate, type Locale } from "../../common/format";
import { visuallyHidden } from "../../common/StatusIcon";

export const STEPS = ["period", "select", "entry", "overview", "done"] as const;
export type WizardStep = (typeof STEPS)[number];

/** What the trail tells about the steps done so far. */
export interface TrailFacts {
  period?: { start: string; end: string };
  selected?: number;
  entered?: number;
  reference?: string | null;
}

export function WizardFrame({
  step,
  facts = {},
  children,
}: {
  step: WizardStep;
  facts?: TrailFacts;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const current = STEPS.indexOf(step);
  // A phone shows the trail folded above the step, so that it is at hand without scrolling past the form.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("md"));
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  // Each new step (or the next worker's entry) moves the focus to its heading, which screen readers then read.
  useEffect(() => heading.current?.focus(), [pathname]);
  return (
    <Box sx={{ p: 2, "& .MuiFormLabel-asterisk": { color: "error.main" } }}>
      <Title title={translate("flexi.wizard.title")} />
      <Box sx={{ display: "flex", flexDirection: { xs: "column", md: "row" }, gap: 3, alignItems: "flex-start" }}>
        {phone && <FoldedTrail current={current} facts={facts} />}
        <Box component="section" aria-labelledby="wizard-step-heading" sx={{ flex: 1, minWidth: 0, width: "100%" }}>
          <Typography variant="overline" component="p">
            {translate("flexi.wizard.stepOf", { number: current + 1, count: STEPS.length })}
          </Typography>
          <Typography id="wizard-step-heading" ref={heading} tabIndex={-1} variant="h5" component="h1" sx={{ mb: 2 }}>
            {translate(`flexi.wizard.steps.${step}`)}
          </Typography>
          {children}
        </Box>
        {!phone && <Trail current={current} facts={facts} />}
      </Box>
    </Box>
  );
}

/** On a phone: a button above the step that folds the trail out. */
function FoldedTrail({ current, facts }: { current: number; facts: TrailFacts }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <Box sx={{ width: "100%" }}>
      <Button
        variant="outlined"
        fullWidth
        aria-expanded={open}
        aria-controls={open ? "wizard-trail" : undefined}
        endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
        onClick={() => setOpen(!open)}
        sx={{ justifyContent: "space-between", textTransform: "none" }}
      >
        {translate("flexi.wizard.trail.title")} ·{" "}
        {translate("flexi.wizard.stepOf", { number: current + 1, count: STEPS.length })}
      </Button>
      {open && <Trail current={current} facts={facts} />}
    </Box>
  );
}

function Trail({ current, facts }: { current: number; facts: TrailFacts }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const detail = (step: WizardStep): string | undefined => {
    switch (step) {
      case "period":
        return (
          facts.period &&
          `${formatDate(facts.period.start, locale as Locale)} – ${formatDate(facts.period.end, locale as Locale)}`
        );
      case "select":
        return facts.selected != null
          ? translate("flexi.wizard.trail.selected", { smart_count: facts.selected })
          : undefined;
      case "entry":
        return facts.entered != null && facts.selected != null
          ? translate("flexi.wizard.trail.entered", { entered: facts.entered, count: facts.selected })
          : undefined;
      case "done":
        return facts.reference ? translate("flexi.wizard.trail.reference", { reference: facts.reference }) : undefined;
      default:
        return undefined;
    }
  };
  return (
    <Paper
      component="nav"
      id="wizard-trail"
      aria-labelledby="wizard-trail-heading"
      variant="outlined"
      sx={{ p: 2, width: { xs: "100%", md: 280 }, flexShrink: 0 }}
    >
      <Typography id="wizard-trail-heading" variant="h6" component="h2">
        {translate("flexi.wizard.trail.title")}
      </Typography>
      <Box component="ol" sx={{ listStyle: "none", p: 0, m: 0 }}>
        {STEPS.map((step, i) => {
          const done = i < current;
          const here = i === current;
          const text = detail(step);
          return (
            <Box
              component="li"
              key={step}
              aria-current={here ? "step" : undefined}
              sx={{
                display: "flex",
                gap: 1,
                py: 1,
                borderLeft: 4,
                borderColor: here ? "primary.main" : "transparent",
                pl: 1,
                color: i > current ? "text.secondary" : "text.primary",
              }}
            >
              <Box
                aria-hidden="true"
                sx={{
                  width: 24,
                  height: 24,
                  borderRadius: "50%",
                  flexShrink: 0,
                  display: "flex",
                  alignItems: "center",
                  justifyContent: "center",
                  fontSize: 14,
                  bgcolor: done || here ? "primary.main" : "grey.300",
                  color: done || here ? "primary.contrastText" : "text.primary",
                }}
              >
                {done ? <CheckIcon sx={{ fontSize: 16 }} /> : i + 1}
              </Box>
              <Box>
                <Typography variant="body2" sx={{ fontWeight: here ? 700 : 400 }}>
                  {translate(`flexi.wizard.steps.${step}`)}
                  {done && (
                    <Box component="span" sx={visuallyHidden}>
                      {" "}
                      ({translate("flexi.wizard.trail.done")})
                    </Box>
                  )}
                  {here && (
                    <Box component="span" sx={visuallyHidden}>
                      {" "}
                      ({translate("flexi.wizard.trail.current")})
                    </Box>
                  )}
                </Typography>
                {text && (
                  <Typography variant="caption" component="p">
                    {text}
                  </Typography>
                )}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
