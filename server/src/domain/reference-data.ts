/**
 * Input rules of the back office's reference data: workers, Dimona periods, employers and the
 * annual ceilings (docs/architecture.md#data-model, docs/domain-rules.md#dimona, docs/domain-rules.md#access-rights). Pure functions: each returns every problem
 * of one input at once, with paths relative to the input (or the argument's name for arguments
 * outside an input object, such as `reason` and `year`), and the normalised values when there is
 * none. The rules that need the database (an SSIN or NSSO number already taken, a worker or
 * employer that does not exist) belong to the services, which add their problems to these.
 *
 * A correction input distinguishes a field left out (`undefined`: unchanged) from an explicit
 * null (cleared). Fields whose value may not be empty refuse an explicit null as REQUIRED.
 */
import { isIsoDate } from "./dates";
import type { InputProblem, InputProblemCode } from "./declaration-input";
import type { LanguageCode } from "./language";
import { formatMoney, parseMoney } from "./money";
import { parseNssoNumber } from "./nsso-number";
import { parseSsin } from "./ssin";

type Path = (string | number)[];

/** Longest first and last name of a worker, in characters (code points). */
export const MAX_PERSON_NAME_LENGTH = 100;
/** Longest employer name: registered names with their legal form run long, but not unbounded. */
export const MAX_EMPLOYER_NAME_LENGTH = 200;
/** Longest reason of a correction. */
export const MAX_REASON_LENGTH = 1000;
/** Longest source of a ceiling (a reference to a law or circular). */
export const MAX_CEILING_SOURCE_LENGTH = 500;
/** Matches the varchar(10) column of dimona_period.joint_committee ("302", "XXX", "118.03", ...). */
export const MAX_JOINT_COMMITTEE_LENGTH = 10;
/** Planned hours of one Dimona period: 0 to 999, at most 2 decimals. */
export const MAX_PLANNED_HOURS = 999;
/** Years a ceiling may be set for: the ceiling exists since income year 2024. */
export const CEILING_YEARS = { min: 2024, max: 2100 } as const;

const HOUR = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const EMPLOYER_CLASS = /^[0-9]{3}$/;
/** What an NSSO number looks like before its check: 1-9 digits, or 10 starting with 5. */
const NSSO_SHAPE = /^([0-9]{1,9}|5[0-9]{9})$/;

/** Result of a check: `value` is null exactly when there are problems. */
export interface Checked<T> {
  problems: InputProblem[];
  value: T | null;
}

/** Collects problems in the order the rules run. */
class Problems {
  readonly list: InputProblem[] = [];
  add(path: Path, code: InputProblemCode, message: string): void {
    this.list.push({ path, code, message });
  }
  get isEmpty(): boolean {
    return this.list.length === 0;
  }
}

/** Length in characters as a person counts them (code points, as PostgreSQL does), not UTF-16 units. */
function characters(text: string): number {
  return Array.from(text).length;
}

/**
 * A text that may not be empty: trimmed, REQUIRED when nothing is left (or when null), TOO_LONG
 * beyond `max` characters.
 * @returns the trimmed text, or null when a problem was added
 */
function requiredText(value: string | null, path: Path, max: number, label: string, problems: Problems): string | null {
  const text = value?.trim() ?? "";
  if (text === "") {
    problems.add(path, "REQUIRED", `${label} may not be empty.`);
    return null;
  }
  if (characters(text) > max) {
    problems.add(path, "TOO_LONG", `${label} may have at most ${max} characters.`);
    return null;
  }
  return text;
}

/** A real calendar date or null; INVALID_DATE otherwise. Returns undefined when a problem was added. */
function optionalDate(value: string | null, path: Path, label: string, problems: Problems): string | null | undefined {
  if (value === null) return null;
  if (!isIsoDate(value)) {
    problems.add(path, "INVALID_DATE", `${label} is not a real calendar date.`);
    return undefined;
  }
  return value;
}

/**
 * Whether text is an hour "HH:MM" of one day, 00:00 to 23:59 (Dimona zones 00777/00778 carry
 * HHMM; the API shows it with a colon).
 */
export function isHour(text: string): boolean {
  return HOUR.test(text);
}

/**
 * The reason of a correction: required, not blank, at most {@link MAX_REASON_LENGTH} characters.
 * @returns the trimmed reason, or the problem at `["reason"]`
 */
export function checkReason(reason: string): Checked<string> {
  const problems = new Problems();
  const text = requiredText(reason, ["reason"], MAX_REASON_LENGTH, "The reason", problems);
  return text === null ? { problems: problems.list, value: null } : { problems: [], value: text };
}

// ---------------------------------------------------------------------------------------------
// Workers

/** RegisterWorkerInput as GraphQL hands it over (the Ssin scalar already gave 11 digits). */
export interface WorkerRegistrationData {
  ssin: string;
  firstName: string;
  lastName: string;
  pensionerFrom?: string | null;
}

/** A worker ready to store. */
export interface WorkerValues {
  ssin: string;
  firstName: string;
  lastName: string;
  /** Derived from the SSIN; null when its month or day is unknown (00). */
  birthDate: string | null;
  pensionerFrom: string | null;
}

/**
 * Checks a new worker: the SSIN's check digits (INSZ or BIS, 19xx or 20xx rule), first and last
 * name not blank and at most {@link MAX_PERSON_NAME_LENGTH} characters, `pensionerFrom` a real date.
 * The birth date comes from the SSIN where it can.
 */
export function checkWorkerRegistration(input: WorkerRegistrationData): Checked<WorkerValues> {
  const problems = new Problems();
  const ssin = parseSsin(input.ssin);
  if (!ssin) problems.add(["ssin"], "INVALID_CHECK_DIGIT", "This SSIN is not valid: its check digits do not match.");
  const firstName = requiredText(input.firstName, ["firstName"], MAX_PERSON_NAME_LENGTH, "The first name", problems);
  const lastName = requiredText(input.lastName, ["lastName"], MAX_PERSON_NAME_LENGTH, "The last name", problems);
  const pensionerFrom = optionalDate(input.pensionerFrom ?? null, ["pensionerFrom"], "The pension date", problems);
  if (!problems.isEmpty) return { problems: problems.list, value: null };
  return {
    problems: [],
    value: {
      ssin: input.ssin,
      firstName: firstName!,
      lastName: lastName!,
      birthDate: ssin!.birthDate,
      pensionerFrom: pensionerFrom ?? null,
    },
  };
}

/** CorrectWorkerInput: a field left out stays as it is; `pensionerFrom: null` clears it. */
export interface WorkerCorrectionData {
  firstName?: string | null;
  lastName?: string | null;
  pensionerFrom?: string | null;
}

export type WorkerCorrection = Partial<Pick<WorkerValues, "firstName" | "lastName" | "pensionerFrom">>;

/** Checks the given fields of a worker correction; returns only those, normalised. */
export function checkWorkerCorrection(input: WorkerCorrectionData): Checked<WorkerCorrection> {
  const problems = new Problems();
  const value: WorkerCorrection = {};
  if (input.firstName !== undefined) {
    const text = requiredText(input.firstName, ["firstName"], MAX_PERSON_NAME_LENGTH, "The first name", problems);
    if (text !== null) value.firstName = text;
  }
  if (input.lastName !== undefined) {
    const text = requiredText(input.lastName, ["lastName"], MAX_PERSON_NAME_LENGTH, "The last name", problems);
    if (text !== null) value.lastName = text;
  }
  if (input.pensionerFrom !== undefined) {
    const date = optionalDate(input.pensionerFrom, ["pensionerFrom"], "The pension date", problems);
    if (date !== undefined) value.pensionerFrom = date;
  }
  return problems.isEmpty ? { problems: [], value } : { problems: problems.list, value: null };
}

// ---------------------------------------------------------------------------------------------
// Dimona periods

/** The worker type of a Dimona period, by its official code (graphql/enums.ts registers this enum). */
export enum DimonaWorkerType {
  FLX = "FLX",
  STU = "STU",
  OTH = "OTH",
  EXT = "EXT",
}

/** The fields of a Dimona period that the back office sets and corrects. */
export interface DimonaPeriodTimes {
  startDate: string;
  startHour: string | null;
  endDate: string | null;
  endHour: string | null;
  plannedHours: number | null;
}

/** RegisterDimonaPeriodInput's own fields (employer and worker are checked against the database). */
export interface DimonaRegistrationData {
  jointCommittee: string;
  startDate: string;
  startHour?: string | null;
  endDate?: string | null;
  endHour?: string | null;
  plannedHours?: number | null;
}

export interface DimonaRegistrationValues extends DimonaPeriodTimes {
  jointCommittee: string;
}

/** CorrectDimonaPeriodInput: a field left out stays; null clears an optional field. */
export interface DimonaCorrectionData {
  startDate?: string | null;
  startHour?: string | null;
  endDate?: string | null;
  endHour?: string | null;
  plannedHours?: number | null;
  cancelled?: boolean | null;
}

export type DimonaCorrection = Partial<DimonaPeriodTimes> & { cancelled?: boolean };

function checkHour(value: string | null, path: Path, label: string, problems: Problems): string | null | undefined {
  if (value === null) return null;
  if (!isHour(value)) {
    problems.add(path, "INVALID_FORMAT", `${label} is an hour "HH:MM" from 00:00 to 23:59.`);
    return undefined;
  }
  return value;
}

function checkPlannedHours(value: number | null, path: Path, problems: Problems): number | null | undefined {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0 || value > MAX_PLANNED_HOURS) {
    problems.add(path, "OUT_OF_RANGE", `The planned hours are a number from 0 to ${MAX_PLANNED_HOURS}.`);
    return undefined;
  }
  // A Float: compare the hundredths with their rounding rather than trusting binary fractions.
  const hundredths = value * 100;
  if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) {
    problems.add(path, "TOO_PRECISE", "The planned hours have at most 2 decimals.");
    return undefined;
  }
  return Math.round(hundredths) / 100;
}

/**
 * Whether a period's start comes on or before its end (docs/domain-rules.md#dimona: start <= end). Dates decide;
 * on one day, both hours given, the end hour may not come before the start hour (Dimona anomaly
 * 00778-345). A period past midnight carries the next day as its end date, so it still passes.
 * @returns the path to report at (the corrected end, else start), or null when ordered
 */
export function periodOrderProblem(
  period: DimonaPeriodTimes,
  given: ReadonlySet<string> = new Set(["endDate", "endHour"]),
): Path | null {
  if (period.endDate === null) return null;
  const blame = (endField: string, startField: string): Path =>
    given.has(endField) || !given.has(startField) ? [endField] : [startField];
  if (period.endDate < period.startDate) return blame("endDate", "startDate");
  if (
    period.endDate === period.startDate &&
    period.startHour !== null &&
    period.endHour !== null &&
    period.endHour < period.startHour
  ) {
    return blame("endHour", "startHour");
  }
  return null;
}

/**
 * Checks a new Dimona period's own fields: real dates, hours "HH:MM", planned hours 0-999 with at
 * most 2 decimals, a joint committee of 1-10 characters, start on or before end. Overlaps and
 * quarters are the Dimona service's rules and do not apply here (docs/domain-rules.md#dimona).
 */
export function checkDimonaRegistration(input: DimonaRegistrationData): Checked<DimonaRegistrationValues> {
  const problems = new Problems();
  const jointCommittee = requiredText(
    input.jointCommittee,
    ["jointCommittee"],
    MAX_JOINT_COMMITTEE_LENGTH,
    "The joint committee",
    problems,
  );
  const startDate = optionalDate(input.startDate, ["startDate"], "The start date", problems);
  const startHour = checkHour(input.startHour ?? null, ["startHour"], "The start hour", problems);
  const endDate = optionalDate(input.endDate ?? null, ["endDate"], "The end date", problems);
  const endHour = checkHour(input.endHour ?? null, ["endHour"], "The end hour", problems);
  const plannedHours = checkPlannedHours(input.plannedHours ?? null, ["plannedHours"], problems);
  // Judged on the dates that are real; an hour that is not "HH:MM" is left out of it.
  if (startDate != null && endDate !== undefined) {
    const order = periodOrderProblem({
      startDate,
      startHour: startHour ?? null,
      endDate,
      endHour: endHour ?? null,
      plannedHours: null,
    });
    if (order) problems.add(order, "RANGE_ORDER", "The period may not end before it starts.");
  }
  if (!problems.isEmpty) return { problems: problems.list, value: null };
  return {
    problems: [],
    value: {
      jointCommittee: jointCommittee!,
      startDate: startDate!,
      startHour: startHour!,
      endDate: endDate!,
      endHour: endHour!,
      plannedHours: plannedHours!,
    },
  };
}

/**
 * Checks a correction of a Dimona period against the period as it is: the given fields' own
 * rules, then start <= end once they are applied.
 * @returns only the given fields, normalised
 */
export function checkDimonaCorrection(
  input: DimonaCorrectionData,
  current: DimonaPeriodTimes,
): Checked<DimonaCorrection> {
  const problems = new Problems();
  const value: DimonaCorrection = {};
  if (input.startDate !== undefined) {
    if (input.startDate === null) problems.add(["startDate"], "REQUIRED", "A Dimona period always has a start date.");
    else if (optionalDate(input.startDate, ["startDate"], "The start date", problems) !== undefined)
      value.startDate = input.startDate;
  }
  if (input.startHour !== undefined) {
    const hour = checkHour(input.startHour, ["startHour"], "The start hour", problems);
    if (hour !== undefined) value.startHour = hour;
  }
  if (input.endDate !== undefined) {
    const date = optionalDate(input.endDate, ["endDate"], "The end date", problems);
    if (date !== undefined) value.endDate = date;
  }
  if (input.endHour !== undefined) {
    const hour = checkHour(input.endHour, ["endHour"], "The end hour", problems);
    if (hour !== undefined) value.endHour = hour;
  }
  if (input.plannedHours !== undefined) {
    const hours = checkPlannedHours(input.plannedHours, ["plannedHours"], problems);
    if (hours !== undefined) value.plannedHours = hours;
  }
  if (input.cancelled !== undefined) {
    if (input.cancelled === null)
      problems.add(["cancelled"], "REQUIRED", "Say whether the period is cancelled: true or false.");
    else value.cancelled = input.cancelled;
  }
  // The order of start and end is judged once the correction is applied, when the dates given
  // are real; an hour given that is not "HH:MM" is left out of it (rather than the old hour used).
  const refused = new Set(problems.list.map((p) => String(p.path[0])));
  if (!refused.has("startDate") && !refused.has("endDate")) {
    const applied = { ...current, ...value };
    if (refused.has("startHour")) applied.startHour = null;
    if (refused.has("endHour")) applied.endHour = null;
    const order = periodOrderProblem(applied, new Set(Object.keys(value)));
    if (order) problems.add(order, "RANGE_ORDER", "The period may not end before it starts.");
  }
  return problems.isEmpty ? { problems: [], value } : { problems: problems.list, value: null };
}

// ---------------------------------------------------------------------------------------------
// Employers

/** CorrectEmployerInput, with the language as its code ("nl", "fr", "de", or "en", which is refused). */
export interface EmployerCorrectionData {
  name?: string | null;
  employerClasses?: string[] | null;
  nssoNumber?: string | null;
  language?: string | null;
}

export interface EmployerCorrection {
  name?: string;
  employerClasses?: string[];
  /** Canonical digits; null clears the number. */
  nssoNumber?: string | null;
  language?: LanguageCode;
}

const EMPLOYER_LANGUAGES: readonly string[] = ["nl", "fr", "de"] satisfies LanguageCode[];

/**
 * Checks the given fields of an employer correction: a name, employer classes of exactly 3
 * digits without repeats, a valid NSSO number (definitive 9 digits or provisional 10 starting
 * with 5, both with the 96-rule), a national language. Whether the NSSO number is taken is the
 * service's check.
 */
export function checkEmployerCorrection(input: EmployerCorrectionData): Checked<EmployerCorrection> {
  const problems = new Problems();
  const value: EmployerCorrection = {};
  if (input.name !== undefined) {
    const name = requiredText(input.name, ["name"], MAX_EMPLOYER_NAME_LENGTH, "The name", problems);
    if (name !== null) value.name = name;
  }
  if (input.employerClasses !== undefined) {
    if (input.employerClasses === null) {
      problems.add(
        ["employerClasses"],
        "REQUIRED",
        "Give the list of employer classes (an empty list removes them all).",
      );
    } else {
      const seen = new Set<string>();
      let valid = true;
      input.employerClasses.forEach((code, i) => {
        if (!EMPLOYER_CLASS.test(code)) {
          problems.add(["employerClasses", i], "INVALID_FORMAT", "An employer class has exactly 3 digits, e.g. 017.");
          valid = false;
        } else if (seen.has(code)) {
          problems.add(["employerClasses", i], "DUPLICATE", `The employer class ${code} is listed twice.`);
          valid = false;
        }
        seen.add(code);
      });
      if (valid) value.employerClasses = [...input.employerClasses];
    }
  }
  if (input.nssoNumber !== undefined) {
    if (input.nssoNumber === null) {
      value.nssoNumber = null;
    } else {
      const parsed = parseNssoNumber(input.nssoNumber);
      if (parsed) value.nssoNumber = parsed.digits;
      else if (NSSO_SHAPE.test(input.nssoNumber.replace(/[.\-\s]/g, ""))) {
        problems.add(
          ["nssoNumber"],
          "INVALID_CHECK_DIGIT",
          "This NSSO number is not valid: its check digits do not match (or it lies outside the numbers the NSSO issues).",
        );
      } else {
        problems.add(
          ["nssoNumber"],
          "INVALID_FORMAT",
          "An NSSO number has 9 digits (definitive) or 10 digits starting with 5 (provisional).",
        );
      }
    }
  }
  if (input.language !== undefined) {
    if (input.language === null) problems.add(["language"], "REQUIRED", "An employer always has a language.");
    else if (!EMPLOYER_LANGUAGES.includes(input.language)) {
      problems.add(
        ["language"],
        "NOT_ALLOWED",
        "An employer's language is NL, FR or DE: English is a reader's language only.",
      );
    } else value.language = input.language as LanguageCode;
  }
  return problems.isEmpty ? { problems: [], value } : { problems: problems.list, value: null };
}

// ---------------------------------------------------------------------------------------------
// Ceilings

export interface CeilingData {
  year: number;
  amount: string;
  provisional: boolean;
  source?: string | null;
}

export interface CeilingValues {
  year: number;
  amountCents: number;
  provisional: boolean;
  /** Trimmed; a blank source is none. */
  source: string | null;
}

/**
 * Checks a ceiling: a year 2024-2100, an amount above zero with at most 2 decimals, a source of
 * at most {@link MAX_CEILING_SOURCE_LENGTH} characters.
 */
export function checkCeiling(input: CeilingData): Checked<CeilingValues> {
  const problems = new Problems();
  if (!Number.isInteger(input.year) || input.year < CEILING_YEARS.min || input.year > CEILING_YEARS.max) {
    problems.add(
      ["year"],
      "OUT_OF_RANGE",
      `The year is ${CEILING_YEARS.min} to ${CEILING_YEARS.max}: the ceiling exists since income year ${CEILING_YEARS.min}.`,
    );
  }
  const parsed = parseMoney(input.amount);
  let amountCents: number | null = null;
  if ("error" in parsed) {
    if (parsed.error === "PRECISION") problems.add(["amount"], "TOO_PRECISE", "The amount has at most 2 decimals.");
    else if (parsed.error === "RANGE") problems.add(["amount"], "OUT_OF_RANGE", "The amount is too large.");
    else problems.add(["amount"], "INVALID_FORMAT", 'The amount is a number in euro, e.g. "18000.00".');
  } else if (parsed.cents <= 0) {
    problems.add(["amount"], "OUT_OF_RANGE", "The amount must be more than zero.");
  } else {
    amountCents = parsed.cents;
  }
  const sourceText = input.source?.trim() ?? "";
  if (characters(sourceText) > MAX_CEILING_SOURCE_LENGTH) {
    problems.add(["source"], "TOO_LONG", `The source may have at most ${MAX_CEILING_SOURCE_LENGTH} characters.`);
  }
  if (!problems.isEmpty) return { problems: problems.list, value: null };
  return {
    problems: [],
    value: {
      year: input.year,
      amountCents: amountCents!,
      provisional: input.provisional,
      source: sourceText === "" ? null : sourceText,
    },
  };
}

/** The ceiling as the audit trail shows it. */
export function ceilingAuditValues(ceiling: CeilingValues): Record<string, unknown> {
  return {
    year: ceiling.year,
    amount: formatMoney(ceiling.amountCents),
    provisional: ceiling.provisional,
    source: ceiling.source,
  };
}
