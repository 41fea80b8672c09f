/**
 * One flexi-jobber's wage data, as the guide's "Lohndaten eingeben" screen shows it: payslip
 * reference, calculation period and date, and the properties ("Eigenschaften") with their gross
 * wage and premiums. Shared by the employer's wizard and details page and the back office's
 * correction.
 *
 * The form checks only what it must before sending: the mandatory fields and the lexical form of
 * amounts (the API's Money scalar would otherwise refuse the whole request without field
 * errors). Every rule of docs/domain-rules.md#input-rules (a date in the future, a period across 31 December, a validity
 * outside the period, duplicate frequencies, ...) is the server's: its BAD_USER_INPUT field errors
 * are shown on the fields their paths name, in the console's language. While fields are still
 * missing, the rest is sent to the server's check (checkDeclarationInput, with stand-ins for the
 * missing values), so that every problem shows at once.
 *
 * With a `storageKey` the text typed is kept in the browser until it is saved or discarded, and
 * leaving the form with unsaved input asks first.
 */
import AddIcon from "@mui/icons-material/Add";
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  IconButton,
  InputAdornment,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Confirm, useBlocker, useLocaleState, useLogout, useNotify, useTranslate } from "react-admin";
import { useFlexiDataProvider } from "../api/dataProvider";
import { FlexiApiError, type FieldError } from "../api/flexi";
import { graphql } from "../gql";
import type { DeclarationFormContentFragment, DeclarationInput, FlexiWorkerType } from "../gql/graphql";
import { errorText, fieldErrorText } from "./errorTexts";
import { formatSsin, type Locale } from "./format";

/** The content fields the form edits: spread it into a query to get what `toDeclarationInput` takes. */
export const DeclarationFormContent = graphql(`
  fragment DeclarationFormContent on WageDeclaration {
    payslipReference
    calculationDate
    calculationPeriod {
      start
      end
    }
    properties {
      employerClass
      workerType
      validity {
        start
        end
      }
      grossWage
      premiums {
        amount
        frequencyMonths
      }
    }
  }
`);

type DateRangeInput = DeclarationInput["calculationPeriod"];

/** The worker a declaration is about. */
export interface DeclarationWorker {
  id: string;
  firstName: string;
  lastName: string;
  ssin: string;
}

export interface DeclarationFormProps {
  worker: DeclarationWorker;
  /** The content to edit; none for a new declaration. */
  initial?: DeclarationInput;
  /** Sends the content (with the worker's id); a rejection with an FlexiApiError is shown on the form. */
  onSubmit: (input: DeclarationInput) => Promise<void>;
  submitLabel: string;
  onCancel?: () => void;
  /** Extra fields (the back office's reason), rendered before the buttons. */
  children?: ReactNode;
  /** A new declaration's calculation period (the wizard's searched period). */
  period?: DateRangeInput;
  /**
   * The employer's own classes: offered first, and preselected when there is only one; the
   * others are marked as not registered for the employer (the controls refuse them, 00036-022).
   */
  employerClasses?: readonly string[];
  /** Where the text typed is kept until it is saved or discarded (see the wizard's memory.ts). */
  storageKey?: string;
}

/** The API's content of a declaration (or of one of its versions) as the input that replaces it. */
export function toDeclarationInput(content: DeclarationFormContentFragment, workerId: string): DeclarationInput {
  const period = content.calculationPeriod;
  return {
    workerId,
    payslipReference: content.payslipReference ?? null,
    calculationPeriod: { start: period.start, end: period.end },
    calculationDate: content.calculationDate,
    properties: content.properties.map((p) => ({
      employerClass: p.employerClass,
      workerType: p.workerType,
      // The API answers the calculation period when no validity was given: none is sent back then,
      // so the form shows the "validity differs" tick unticked.
      validity:
        p.validity.start === period.start && p.validity.end === period.end
          ? null
          : { start: p.validity.start, end: p.validity.end },
      grossWage: p.grossWage ?? null,
      premiums: p.premiums.map((premium) => ({ amount: premium.amount, frequencyMonths: premium.frequencyMonths })),
    })),
  };
}

/** Pages import the SSIN format from here too (common/format.ts has it, for every role). */
export { formatSsin };

// ---------------------------------------------------------------------------------------------
// The form's own state: text as typed, converted to the input on submit.

interface PremiumDraft {
  key: number;
  amount: string;
  frequencyMonths: string;
}
interface PropertyDraft {
  key: number;
  employerClass: string;
  workerType: FlexiWorkerType | "";
  validityDiffers: boolean;
  validity: DateRangeInput;
  grossWage: string;
  premiums: PremiumDraft[];
}
interface FormDraft {
  payslipReference: string;
  calculationPeriod: DateRangeInput;
  calculationDate: string;
  properties: PropertyDraft[];
}

/** Field errors by path ("properties.0.premiums.1.amount"), as the API names them. */
type Errors = Record<string, string>;

let nextKey = 1;
const newKey = () => nextKey++;

/** The API's "1234.50" as a person of this language writes it: 1234,50 (no grouping, so it parses back). */
function amountText(amount: string | null | undefined, locale: Locale): string {
  if (amount == null) return "";
  return locale === "en" ? amount : amount.replace(".", ",");
}

/**
 * An amount as typed (1.234,50 / 1234,5 / 1,234.50 / 1234.50 EUR) as the API's Money text: the
 * last separator followed by one or two digits is the decimal one, the others group thousands.
 * Anything else comes back unchanged, for the lexical check to refuse.
 */
export function toApiMoney(text: string): string {
  const compact = text.replace(/[\s\u00a0\u202f]|eur|€/gi, "");
  const match = /^(-?[\d.,]*?)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return compact;
  const whole = (match[1] ?? "").replace(/[.,]/g, "");
  return match[2] === undefined ? whole : `${whole || "0"}.${match[2]}`;
}

const MONEY = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function newPremium(): PremiumDraft {
  return { key: newKey(), amount: "", frequencyMonths: "" };
}

function newProperty(employerClass: string): PropertyDraft {
  return {
    key: newKey(),
    employerClass,
    workerType: "",
    validityDiffers: false,
    validity: { start: "", end: "" },
    grossWage: "",
    premiums: [],
  };
}

function draftOf(
  initial: DeclarationInput | undefined,
  period: DateRangeInput | undefined,
  defaultClass: string,
  locale: Locale,
): FormDraft {
  if (!initial) {
    return {
      payslipReference: "",
      calculationPeriod: { start: period?.start ?? "", end: period?.end ?? "" },
      calculationDate: "",
      properties: [newProperty(defaultClass)],
    };
  }
  return {
    payslipReference: initial.payslipReference ?? "",
    calculationPeriod: { ...initial.calculationPeriod },
    calculationDate: initial.calculationDate,
    properties: initial.properties.map((p) => ({
      key: newKey(),
      employerClass: p.employerClass,
      workerType: p.workerType,
      validityDiffers: p.validity != null,
      validity: { start: p.validity?.start ?? "", end: p.validity?.end ?? "" },
      grossWage: amountText(p.grossWage, locale),
      premiums: (p.premiums ?? []).map((premium) => ({
        key: newKey(),
        amount: amountText(premium.amount, locale),
        frequencyMonths: String(premium.frequencyMonths),
      })),
    })),
  };
}

/** What must be filled in, and amounts and dates the API could not even parse. */
function localProblems(draft: FormDraft): FieldError[] {
  const problems: FieldError[] = [];
  const required = (value: string, path: (string | number)[]) => {
    if (value.trim() === "") problems.push({ path, code: "REQUIRED", message: "" });
  };
  const date = (value: string, path: (string | number)[]) => {
    if (value === "") required(value, path);
    else if (!ISO_DATE.test(value)) problems.push({ path, code: "INVALID_DATE", message: "" });
  };
  const amount = (value: string, path: (string | number)[]) => {
    if (value.trim() !== "" && !MONEY.test(toApiMoney(value)))
      problems.push({ path, code: "INVALID_FORMAT", message: "" });
  };
  date(draft.calculationPeriod.start, ["calculationPeriod", "start"]);
  date(draft.calculationPeriod.end, ["calculationPeriod", "end"]);
  date(draft.calculationDate, ["calculationDate"]);
  draft.properties.forEach((p, i) => {
    required(p.employerClass, ["properties", i, "employerClass"]);
    required(p.workerType, ["properties", i, "workerType"]);
    if (p.validityDiffers) {
      date(p.validity.start, ["properties", i, "validity", "start"]);
      date(p.validity.end, ["properties", i, "validity", "end"]);
    }
    amount(p.grossWage, ["properties", i, "grossWage"]);
    p.premiums.forEach((premium, j) => {
      required(premium.amount, ["properties", i, "premiums", j, "amount"]);
      amount(premium.amount, ["properties", i, "premiums", j, "amount"]);
      required(premium.frequencyMonths, ["properties", i, "premiums", j, "frequencyMonths"]);
    });
  });
  return problems;
}

function inputOf(draft: FormDraft, workerId: string): DeclarationInput {
  return {
    workerId,
    payslipReference: draft.payslipReference.trim() || null,
    calculationPeriod: draft.calculationPeriod,
    calculationDate: draft.calculationDate,
    properties: draft.properties.map((p) => ({
      employerClass: p.employerClass,
      workerType: p.workerType as FlexiWorkerType,
      validity: p.validityDiffers ? p.validity : null,
      grossWage: p.grossWage.trim() ? toApiMoney(p.grossWage) : null,
      premiums: p.premiums.map((premium) => ({
        amount: toApiMoney(premium.amount),
        frequencyMonths: Number(premium.frequencyMonths),
      })),
    })),
  };
}

/**
 * The form's input with stand-ins where a value is missing or unreadable, for the server's check
 * of the other rules; `covers` tells whether a server problem is about a stand-in (or follows
 * from one), and is dropped because the form already reports that field.
 */
function probeOf(
  draft: FormDraft,
  workerId: string,
  local: readonly FieldError[],
): { input: DeclarationInput; covers: (path: (string | number)[]) => boolean } {
  const date = (value: string) => (ISO_DATE.test(value) ? value : "");
  const start = date(draft.calculationPeriod.start);
  const end = date(draft.calculationPeriod.end);
  const periodStandIn = !start || !end;
  const money = (value: string) => {
    const api = toApiMoney(value);
    return value.trim() !== "" && MONEY.test(api) ? api : "0.01";
  };
  const input: DeclarationInput = {
    workerId,
    payslipReference: draft.payslipReference.trim() || null,
    calculationPeriod: { start: start || end || FLEXI_AT_WORK_START, end: end || start || FLEXI_AT_WORK_START },
    calculationDate: date(draft.calculationDate) || FLEXI_AT_WORK_START,
    properties: draft.properties.map((p) => {
      const used = new Set(p.premiums.map((x) => x.frequencyMonths).filter((f) => f !== ""));
      const free = Array.from({ length: 13 }, (_, m) => String(m)).filter((m) => !used.has(m));
      return {
        employerClass: p.employerClass,
        workerType: p.workerType || "BLUE_COLLAR_050",
        validity:
          p.validityDiffers && date(p.validity.start) && date(p.validity.end)
            ? { start: p.validity.start, end: p.validity.end }
            : null,
        grossWage: p.grossWage.trim() ? money(p.grossWage) : null,
        premiums: p.premiums.map((premium) => ({
          amount: money(premium.amount),
          frequencyMonths: Number(premium.frequencyMonths === "" ? (free.shift() ?? "0") : premium.frequencyMonths),
        })),
      };
    }),
  };
  const reported = local.map((problem) => problem.path.join("."));
  const covers = (path: (string | number)[]) => {
    const key = path.join(".");
    if (reported.some((r) => key === r || key.startsWith(`${r}.`))) return true;
    return periodStandIn && (key.startsWith("calculationPeriod") || /^properties\.\d+\.validity/.test(key));
  };
  return { input, covers };
}

/** Flexi at work covers pay from 2025: a stand-in date no rule refuses on its own. */
const FLEXI_AT_WORK_START = "2025-01-01";

/** A kept form, if the browser has one that still reads as one. */
function storedDraft(key: string | undefined): FormDraft | null {
  if (!key) return null;
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "null") as FormDraft | null;
    if (stored && Array.isArray(stored.properties) && typeof stored.calculationDate === "string") {
      // Fresh keys, so that new properties and premiums never collide with the kept ones.
      return {
        ...stored,
        properties: stored.properties.map((p) => ({
          ...p,
          key: newKey(),
          premiums: p.premiums.map((x) => ({ ...x, key: newKey() })),
        })),
      };
    }
  } catch {
    // A damaged entry is dropped.
  }
  localStorage.removeItem(key);
  return null;
}

// ---------------------------------------------------------------------------------------------

export function DeclarationForm({
  worker,
  initial,
  onSubmit,
  submitLabel,
  onCancel,
  children,
  period,
  employerClasses = [],
  storageKey,
}: DeclarationFormProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const idPrefix = useId();
  const defaultClass = employerClasses.length === 1 ? (employerClasses[0] ?? "") : "";
  const [kept] = useState(() => storedDraft(storageKey));
  const [draft, setDraft] = useState<FormDraft>(() => kept ?? draftOf(initial, period, defaultClass, locale as Locale));
  /** Changed since it was opened (a kept form counts as changed: it is not saved). */
  const [dirty, setDirty] = useState(kept !== null);
  /** Set when the form itself leaves (saved or discarded): nothing to ask then. */
  const leaving = useRef(false);
  const [discarding, setDiscarding] = useState(false);
  const [expired, setExpired] = useState(false);
  const logout = useLogout();
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const dataProvider = useFlexiDataProvider();
  const [classOptions, setClassOptions] = useState<{ code: string; label: string }[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  /** The element to focus after the next render (a field just added, or the first error). */
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    dataProvider
      .employerClassOptions()
      .then((data) => live && setClassOptions(data.employerClasses))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [dataProvider]);

  useEffect(() => {
    if (storageKey && dirty && !leaving.current) localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [storageKey, dirty, draft]);

  // Leaving with unsaved input asks first; the input stays kept, so leaving loses nothing. The
  // sign-in page lets the user come back after a session expired.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      storageKey !== undefined &&
      dirty &&
      !leaving.current &&
      nextLocation.pathname !== "/login" &&
      currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (focusNext.current === "firstError")
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error="true"]')?.focus();
    else if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const id = (path: (string | number)[]) => `${idPrefix}-${path.join("-")}`;
  const errorAt = (path: (string | number)[]) => errors[path.join(".")];
  const showErrors = (problems: FieldError[]) => {
    const next: Errors = {};
    for (const problem of problems) {
      const key = problem.path.join(".");
      const text = fieldErrorText(translate, "flexi.form", problem);
      next[key] = next[key] ? `${next[key]} ${text}` : text;
    }
    setErrors(next);
    focusNext.current = "firstError";
  };
  /** Changes a value and forgets the error shown on it: the user is correcting it. */
  const change = (path: (string | number)[], update: (d: FormDraft) => FormDraft) => {
    setDraft(update);
    setDirty(true);
    const key = path.join(".");
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };
  const changeProperty = (i: number, patch: Partial<PropertyDraft>, field: string) =>
    change(["properties", i, field], (d) => ({
      ...d,
      properties: d.properties.map((p, k) => (k === i ? { ...p, ...patch } : p)),
    }));
  const changePremium = (i: number, j: number, patch: Partial<PremiumDraft>, field: string) =>
    change(["properties", i, "premiums", j, field], (d) => ({
      ...d,
      properties: d.properties.map((p, k) =>
        k === i ? { ...p, premiums: p.premiums.map((x, l) => (l === j ? { ...x, ...patch } : x)) } : p,
      ),
    }));
  /** Adding or removing shifts the positions the errors name: they are dropped. */
  const restructure = (update: (d: FormDraft) => FormDraft, focus: string) => {
    setDraft(update);
    setDirty(true);
    setErrors({});
    focusNext.current = focus;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const problems = localProblems(draft);
    setSaving(true);
    setExpired(false);
    if (problems.length > 0) {
      // The other rules too, so that every problem shows at once.
      const probe = probeOf(draft, worker.id, problems);
      const more = await dataProvider.checkDeclarationInput({ input: probe.input }).then(
        () => [],
        (error: unknown) =>
          error instanceof FlexiApiError && error.code === "BAD_USER_INPUT"
            ? error.fieldErrors.filter((problem) => !probe.covers(problem.path))
            : [],
      );
      setSaving(false);
      return showErrors([...problems, ...more]);
    }
    try {
      if (storageKey) leaving.current = true;
      await onSubmit(inputOf(draft, worker.id));
      if (storageKey) localStorage.removeItem(storageKey);
      setErrors({});
    } catch (error) {
      leaving.current = false;
      if (error instanceof FlexiApiError && error.code === "BAD_USER_INPUT" && error.fieldErrors.length > 0)
        showErrors(error.fieldErrors);
      else if (error instanceof FlexiApiError && error.code === "UNAUTHENTICATED") setExpired(true);
      else notify(errorText(translate, "flexi.form", error), { type: "error" });
    } finally {
      setSaving(false);
    }
  };

  /** The form's "cancel": unsaved input is discarded, after asking. */
  const cancel = () => {
    if (storageKey && dirty) return setDiscarding(true);
    leaving.current = true;
    onCancel?.();
  };
  const discard = () => {
    setDiscarding(false);
    leaving.current = true;
    if (storageKey) localStorage.removeItem(storageKey);
    onCancel?.();
  };

  // Errors the form has no field for (the worker, the submission): shown at the top.
  const shown = (key: string) =>
    key === "properties" || /^(payslipReference|calculationPeriod|calculationDate|properties\.)/.test(key);
  const general = Object.entries(errors)
    .filter(([key]) => !shown(key))
    .map(([, text]) => text);
  const errorCount = Object.keys(errors).length;
  const classes = [
    ...employerClasses.map((code) => classOptions.find((o) => o.code === code) ?? { code, label: "" }),
    ...classOptions.filter((o) => !employerClasses.includes(o.code)),
  ];

  return (
    <Box
      component="form"
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={translate("flexi.form.title", { name: `${worker.firstName} ${worker.lastName}` })}
      sx={{ "& .MuiFormLabel-asterisk": { color: "error.main" } }}
    >
      <Typography sx={{ mb: 1 }}>
        {translate("flexi.form.worker")}:{" "}
        <strong>
          {worker.firstName} {worker.lastName}
        </strong>{" "}
        ({translate("flexi.form.ssin")} {formatSsin(worker.ssin)})
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate("flexi.form.mandatoryNote")}
      </Typography>
      {expired && (
        <Alert
          severity="warning"
          role="alert"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" variant="outlined" onClick={() => void logout({ keepInput: true }, "/login", true)}>
              {translate("flexi.form.signInAgain")}
            </Button>
          }
        >
          {translate("flexi.form.sessionExpired")}
        </Alert>
      )}
      {kept && !expired && errorCount === 0 && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="kept-input">
          {translate("flexi.form.restored")}
        </Alert>
      )}
      {errorCount > 0 && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {translate("flexi.form.correctFields", { smart_count: errorCount })}
          {general.map((text) => (
            <div key={text}>{text}</div>
          ))}
        </Alert>
      )}

      <Stack spacing={2} sx={{ maxWidth: 720 }}>
        <TextField
          id={id(["payslipReference"])}
          label={translate("flexi.form.payslipReference")}
          helperText={errorAt(["payslipReference"]) ?? translate("flexi.form.payslipReferenceHelp")}
          error={!!errorAt(["payslipReference"])}
          value={draft.payslipReference}
          onChange={(e) => change(["payslipReference"], (d) => ({ ...d, payslipReference: e.target.value }))}
          slotProps={{ htmlInput: { maxLength: 60 } }}
        />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <DateField
            id={id(["calculationPeriod", "start"])}
            label={translate("flexi.form.periodStart")}
            value={draft.calculationPeriod.start}
            error={errorAt(["calculationPeriod", "start"])}
            required
            onChange={(value) =>
              change(["calculationPeriod", "start"], (d) => ({
                ...d,
                calculationPeriod: { ...d.calculationPeriod, start: value },
              }))
            }
          />
          <DateField
            id={id(["calculationPeriod", "end"])}
            label={translate("flexi.form.periodEnd")}
            value={draft.calculationPeriod.end}
            error={errorAt(["calculationPeriod", "end"]) ?? errorAt(["calculationPeriod"])}
            required
            onChange={(value) =>
              change(["calculationPeriod", "end"], (d) => ({
                ...d,
                calculationPeriod: { ...d.calculationPeriod, end: value },
              }))
            }
          />
        </Stack>
        <DateField
          id={id(["calculationDate"])}
          label={translate("flexi.form.calculationDate")}
          help={translate("flexi.form.calculationDateHelp")}
          value={draft.calculationDate}
          error={errorAt(["calculationDate"])}
          required
          onChange={(value) => change(["calculationDate"], (d) => ({ ...d, calculationDate: value }))}
        />

        <Typography variant="h6" component="h3">
          {translate("flexi.form.properties")}
        </Typography>
        <Typography variant="body2">{translate("flexi.form.propertiesHelp")}</Typography>
        {errorAt(["properties"]) && <Alert severity="error">{errorAt(["properties"])}</Alert>}
        {draft.properties.map((property, i) => (
          <PropertyFields
            key={property.key}
            index={i}
            property={property}
            classes={classes}
            ownClasses={employerClasses}
            removable={draft.properties.length > 1}
            id={id}
            errorAt={errorAt}
            onChange={(patch, field) => changeProperty(i, patch, field)}
            onPremiumChange={(j, patch, field) => changePremium(i, j, patch, field)}
            onRemove={() =>
              restructure(
                (d) => ({ ...d, properties: d.properties.filter((_, k) => k !== i) }),
                `${idPrefix}-addProperty`,
              )
            }
            onAddPremium={() =>
              restructure(
                (d) => ({
                  ...d,
                  properties: d.properties.map((p, k) =>
                    k === i ? { ...p, premiums: [...p.premiums, newPremium()] } : p,
                  ),
                }),
                id(["properties", i, "premiums", property.premiums.length, "amount"]),
              )
            }
            onRemovePremium={(j) =>
              restructure(
                (d) => ({
                  ...d,
                  properties: d.properties.map((p, k) =>
                    k === i ? { ...p, premiums: p.premiums.filter((_, l) => l !== j) } : p,
                  ),
                }),
                id(["properties", i, "addPremium"]),
              )
            }
          />
        ))}
        <Box>
          <Button
            id={`${idPrefix}-addProperty`}
            startIcon={<AddIcon />}
            onClick={() =>
              restructure(
                (d) => ({ ...d, properties: [...d.properties, newProperty(defaultClass)] }),
                id(["properties", draft.properties.length, "employerClass"]),
              )
            }
          >
            {translate("flexi.form.addProperty")}
          </Button>
        </Box>

        {children}

        <Stack direction="row" spacing={2} sx={{ pt: 1 }}>
          {onCancel && (
            <Button variant="outlined" onClick={cancel} disabled={saving}>
              {translate("flexi.form.cancel")}
            </Button>
          )}
          <Button type="submit" variant="contained" disabled={saving}>
            {submitLabel}
          </Button>
        </Stack>
      </Stack>
      {storageKey && (
        <>
          <Confirm
            isOpen={blocker.state === "blocked"}
            title="flexi.form.leaveTitle"
            content="flexi.form.leaveContent"
            confirm="flexi.form.leave"
            cancel="flexi.form.stay"
            onConfirm={() => blocker.proceed?.()}
            onClose={() => blocker.reset?.()}
          />
          <Confirm
            isOpen={discarding}
            title="flexi.form.discardTitle"
            content="flexi.form.discardContent"
            confirm="flexi.form.discard"
            cancel="flexi.form.stay"
            onConfirm={discard}
            onClose={() => setDiscarding(false)}
          />
        </>
      )}
    </Box>
  );
}

function DateField(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  help?: string;
  required?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={props.id}
      type="date"
      label={props.label}
      value={props.value}
      required={props.required}
      error={!!props.error}
      helperText={props.error ?? props.help}
      onChange={(e) => props.onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ minWidth: 220 }}
    />
  );
}

interface PropertyFieldsProps {
  index: number;
  property: PropertyDraft;
  classes: { code: string; label: string }[];
  /** The employer's own classes; empty when the form does not know them. */
  ownClasses: readonly string[];
  removable: boolean;
  id: (path: (string | number)[]) => string;
  errorAt: (path: (string | number)[]) => string | undefined;
  onChange: (patch: Partial<PropertyDraft>, field: string) => void;
  onPremiumChange: (j: number, patch: Partial<PremiumDraft>, field: string) => void;
  onRemove: () => void;
  onAddPremium: () => void;
  onRemovePremium: (j: number) => void;
}

/** One property ("Eigenschaft"): employer class and worker type, their validity, and the amounts. */
function PropertyFields({
  index: i,
  property,
  classes,
  ownClasses,
  removable,
  id,
  errorAt,
  onChange,
  onPremiumChange,
  onRemove,
  onAddPremium,
  onRemovePremium,
}: PropertyFieldsProps) {
  const translate = useTranslate();
  const at = (...rest: (string | number)[]) => ["properties", i, ...rest];
  const number = i + 1;
  const typeError = errorAt(at("workerType"));
  const propertyError = errorAt(at());
  const known = property.employerClass === "" || classes.some((c) => c.code === property.employerClass);
  const option = (c: { code: string; label: string }) => (
    <option key={c.code} value={c.code}>
      {c.label ? `${c.code} – ${c.label}` : c.code}
    </option>
  );
  const unregistered =
    ownClasses.length > 0 && property.employerClass !== "" && !ownClasses.includes(property.employerClass);
  const classError = errorAt(at("employerClass"));
  return (
    <Paper component="fieldset" variant="outlined" sx={{ p: 2, m: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ px: 1, fontWeight: 600 }}>
        {translate("flexi.form.property", { number })}
      </Typography>
      <Stack spacing={2}>
        {propertyError && (
          <Alert severity="error" data-error="true" tabIndex={-1}>
            {propertyError}
          </Alert>
        )}
        <TextField
          id={id(at("employerClass"))}
          select
          label={translate("flexi.form.employerClass")}
          required
          value={property.employerClass}
          error={!!classError}
          helperText={
            classError ??
            (unregistered ? (
              <Box component="span" sx={{ color: "warning.dark", fontWeight: 600 }} data-testid="unregistered-class">
                {translate("flexi.form.unregisteredClass")}
              </Box>
            ) : (
              translate("flexi.form.employerClassHelp")
            ))
          }
          onChange={(e) => onChange({ employerClass: e.target.value }, "employerClass")}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">{translate("flexi.form.choose")}</option>
          {!known && <option value={property.employerClass}>{property.employerClass}</option>}
          {ownClasses.length === 0 ? (
            classes.map(option)
          ) : (
            <>
              <optgroup label={translate("flexi.form.ownClasses")}>
                {classes.filter((c) => ownClasses.includes(c.code)).map(option)}
              </optgroup>
              <optgroup label={translate("flexi.form.otherClasses")}>
                {classes.filter((c) => !ownClasses.includes(c.code)).map(option)}
              </optgroup>
            </>
          )}
        </TextField>

        <FormControl required error={!!typeError} component="fieldset">
          <FormLabel component="legend" id={id(at("workerType", "label"))}>
            {translate("flexi.form.workerType")}
          </FormLabel>
          <RadioGroup
            row
            aria-labelledby={id(at("workerType", "label"))}
            aria-required="true"
            name={id(at("workerType"))}
            value={property.workerType}
            onChange={(e) => onChange({ workerType: e.target.value as FlexiWorkerType }, "workerType")}
          >
            {(["BLUE_COLLAR_050", "WHITE_COLLAR_450"] as const).map((type) => (
              <FormControlLabel
                key={type}
                value={type}
                control={<Radio slotProps={{ input: { "aria-invalid": !!typeError } }} />}
                label={translate(`flexi.workerType.${type}`)}
              />
            ))}
          </RadioGroup>
          {typeError && <FormHelperText>{typeError}</FormHelperText>}
        </FormControl>

        <FormControlLabel
          control={
            <Checkbox
              checked={property.validityDiffers}
              onChange={(e) => onChange({ validityDiffers: e.target.checked }, "validity")}
            />
          }
          label={translate("flexi.form.validityDiffers")}
        />
        {property.validityDiffers && (
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <DateField
              id={id(at("validity", "start"))}
              label={translate("flexi.form.validityStart")}
              value={property.validity.start}
              error={errorAt(at("validity", "start"))}
              required
              onChange={(value) => onChange({ validity: { ...property.validity, start: value } }, "validity.start")}
            />
            <DateField
              id={id(at("validity", "end"))}
              label={translate("flexi.form.validityEnd")}
              value={property.validity.end}
              error={errorAt(at("validity", "end")) ?? errorAt(at("validity"))}
              required
              onChange={(value) => onChange({ validity: { ...property.validity, end: value } }, "validity.end")}
            />
          </Stack>
        )}

        <Typography variant="body2">{translate("flexi.form.amountsHelp")}</Typography>
        <AmountField
          id={id(at("grossWage"))}
          label={translate("flexi.form.grossWage")}
          value={property.grossWage}
          error={errorAt(at("grossWage"))}
          onChange={(value) => onChange({ grossWage: value }, "grossWage")}
        />

        {property.premiums.map((premium, j) => (
          <Stack
            key={premium.key}
            direction={{ xs: "column", sm: "row" }}
            spacing={2}
            sx={{ alignItems: { sm: "flex-start" } }}
          >
            <AmountField
              id={id(at("premiums", j, "amount"))}
              label={translate("flexi.form.premium", { number: j + 1 })}
              value={premium.amount}
              error={errorAt(at("premiums", j, "amount"))}
              required
              onChange={(value) => onPremiumChange(j, { amount: value }, "amount")}
            />
            <TextField
              id={id(at("premiums", j, "frequencyMonths"))}
              select
              label={translate("flexi.form.frequency")}
              required
              value={premium.frequencyMonths}
              error={!!errorAt(at("premiums", j, "frequencyMonths"))}
              helperText={errorAt(at("premiums", j, "frequencyMonths")) ?? translate("flexi.form.frequencyHelp")}
              onChange={(e) => onPremiumChange(j, { frequencyMonths: e.target.value }, "frequencyMonths")}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              sx={{ minWidth: 360 }}
            >
              <option value="">{translate("flexi.form.choose")}</option>
              {Array.from({ length: 13 }, (_, months) => (
                <option key={months} value={String(months)}>
                  {translate(`flexi.form.frequencies.m${months}`)}
                </option>
              ))}
            </TextField>
            <Box sx={{ pt: 1 }}>
              <IconButton
                onClick={() => onRemovePremium(j)}
                aria-label={translate("flexi.form.removePremium", { number: j + 1 })}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          </Stack>
        ))}
        <Stack direction="row" spacing={2}>
          <Button id={id(at("addPremium"))} startIcon={<AddIcon />} onClick={onAddPremium}>
            {translate("flexi.form.addPremium")}
          </Button>
          {removable && (
            <Button color="error" startIcon={<DeleteOutlineIcon />} onClick={onRemove}>
              {translate("flexi.form.removeProperty", { number })}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

function AmountField(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  required?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={props.value}
      required={props.required}
      error={!!props.error}
      helperText={props.error}
      onChange={(e) => props.onChange(e.target.value)}
      slotProps={{
        htmlInput: { inputMode: "decimal", autoComplete: "off" },
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
      }}
      sx={{ maxWidth: 260 }}
    />
  );
}
