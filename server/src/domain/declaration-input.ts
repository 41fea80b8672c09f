/**
 * The synchronous input rules of a declaration (docs/domain-rules.md#input-rules), as one pure function.
 *
 * The list is closed: exactly the rules of docs/domain-rules.md#input-rules that need no database. The rules that do
 * (the worker exists, has a Dimona period with the employer, stays the same on modify and
 * correct) belong to the service, which adds its problems to these and refuses them together
 * with one BAD_USER_INPUT.
 *
 * Every failing rule is reported at once, each with a path relative to the input, so that a
 * form can show each message on its field. A rule that depends on a value another rule already
 * refused is skipped for that value (an amount that is not a real date range is not also "outside
 * the calculation period"), so one mistake gives one problem.
 */
import { compareDates, crossesYearEnd, isIsoDate, rangeWithin, type DateRange } from "./dates";
import type { FlexiWorkerCode } from "./declaration-status";
import { formatMoney, parseMoney, sumCents } from "./money";
import { isValidSsin } from "./ssin";

/** Mirrors server/src/errors.ts FieldErrorCode (the service maps 1:1). */
export type InputProblemCode =
  | "REQUIRED"
  | "ONE_OF"
  | "INVALID_FORMAT"
  | "INVALID_CHECK_DIGIT"
  | "INVALID_DATE"
  | "OUT_OF_RANGE"
  | "TOO_LONG"
  | "TOO_PRECISE"
  | "RANGE_ORDER"
  | "DUPLICATE"
  | "NOT_ALLOWED";

/** One failing rule: where (relative to the input), which rule, and a plain-English message. */
export interface InputProblem {
  path: (string | number)[];
  code: InputProblemCode;
  message: string;
}

/**
 * The input as GraphQL hands it over (scalars already lexically checked: Money is a string
 * matching -?\d+(\.\d+)?, Date a string matching \d{4}-\d{2}-\d{2} but maybe not a real date,
 * Ssin 11 digits). The worker type is already mapped from the FlexiWorkerType enum to its code.
 */
export interface DeclarationInputData {
  workerId?: string | null;
  ssin?: string | null;
  payslipReference?: string | null;
  calculationPeriod: DateRange;
  calculationDate: string;
  properties: PropertyInputData[];
}

/** One property (official "Features") of {@link DeclarationInputData}. */
export interface PropertyInputData {
  employerClass: string;
  workerType: FlexiWorkerCode;
  /** null or absent: the calculation period. */
  validity?: DateRange | null;
  grossWage?: string | null;
  premiums?: PremiumInputData[] | null;
}

/** A premium (financial element 0002001000) with its payment frequency in months. */
export interface PremiumInputData {
  amount: string;
  frequencyMonths: number;
}

/** A property of {@link DeclarationContent}; its position is its index in `properties`. */
export interface PropertyContent {
  employerClass: string;
  workerCode: FlexiWorkerCode;
  /** Defaulted to the calculation period when the input gave none. */
  validity: DateRange;
  grossWageCents: number | null;
  /** In input order; a premium's position is its index. */
  premiums: { amountCents: number; frequencyMonths: number }[];
}

/**
 * Normalised content ready to store: amounts in cents, validity defaulted to the calculation
 * period, an empty payslip reference as null, positions as array indexes.
 */
export interface DeclarationContent {
  workerId: string | null;
  ssin: string | null;
  payslipReference: string | null;
  calculationPeriod: DateRange;
  calculationDate: string;
  properties: PropertyContent[];
  /** Sum of all gross wages and premiums, in cents. */
  totalCents: number;
}

/** Result of {@link checkDeclarationInput}: `content` is null exactly when there are problems. */
export interface DeclarationInputCheck {
  problems: InputProblem[];
  content: DeclarationContent | null;
}

/** Flexi at work covers pay for work from 2025 (docs/domain-rules.md#input-rules). */
export const FLEXI_AT_WORK_START = "2025-01-01";
/** Largest single amount, 99,999.99 euro (docs/domain-rules.md#input-rules). */
export const MAX_AMOUNT_CENTS = 9_999_999;
/** Largest total of one declaration, 999,999.99 euro (docs/domain-rules.md#input-rules). */
export const MAX_DECLARATION_TOTAL_CENTS = 99_999_999;
/** Premium frequency in months: 0 one-off or irregular, 1 monthly or more often, ..., 12 yearly. */
export const MAX_PREMIUM_FREQUENCY_MONTHS = 12;
/**
 * Most properties of one declaration. A payslip has one property per employer class, worker type
 * and validity span within one month: a hundred leaves room for a change every working day.
 */
export const MAX_PROPERTIES_PER_DECLARATION = 100;
/** Most premiums of one property: one per frequency, 0 to 12 months. */
export const MAX_PREMIUMS_PER_PROPERTY = MAX_PREMIUM_FREQUENCY_MONTHS + 1;
/** Matches the varchar(40) column, which counts characters (code points), not UTF-16 units. */
export const MAX_PAYSLIP_REFERENCE_LENGTH = 40;

const EMPLOYER_CLASS = /^[0-9]{3}$/;

type Path = (string | number)[];

/**
 * Checks a declaration's input against the synchronous rules of docs/domain-rules.md#input-rules and normalises it.
 *
 * Paths chosen where the brief left a choice:
 * - neither or both of workerId and ssin: `ONE_OF` at `[]` (the whole input), as `worker(id, ssin)` does;
 * - total above 999,999.99: `OUT_OF_RANGE` at `["properties"]`, the list whose amounts add up.
 *   The total counts only amounts that pass their own rules, so one oversized amount is not
 *   reported twice.
 *
 * @param input - the declaration as GraphQL hands it over
 * @param options.today - today in Europe/Brussels, "YYYY-MM-DD" (see `todayInBrussels`); passed in so
 *   that the rules never read the clock
 * @returns every problem, and the normalised content when there is none
 * @throws RangeError when `options.today` is not a real date (a programming error, not user input)
 */
export function checkDeclarationInput(input: DeclarationInputData, options: { today: string }): DeclarationInputCheck {
  if (!isIsoDate(options.today))
    throw new RangeError(`today must be a real date "YYYY-MM-DD": ${JSON.stringify(options.today)}`);
  const problems: InputProblem[] = [];
  const add = (path: Path, code: InputProblemCode, message: string): void => {
    problems.push({ path, code, message });
  };

  // Worker: exactly one of workerId and ssin; the SSIN's check digits.
  const workerId = input.workerId ?? null;
  const ssin = input.ssin ?? null;
  if ((workerId === null) === (ssin === null)) {
    add([], "ONE_OF", "Give exactly one of workerId and ssin.");
  }
  if (ssin !== null && !isValidSsin(ssin)) {
    add(["ssin"], "INVALID_CHECK_DIGIT", "This SSIN is not valid: its check digits do not match.");
  }

  // Payslip reference: optional, an empty one is none.
  const payslipReference = input.payslipReference === "" ? null : (input.payslipReference ?? null);
  if (payslipReference !== null && Array.from(payslipReference).length > MAX_PAYSLIP_REFERENCE_LENGTH) {
    add(
      ["payslipReference"],
      "TOO_LONG",
      `The payslip reference may have at most ${MAX_PAYSLIP_REFERENCE_LENGTH} characters.`,
    );
  }

  // Calculation period.
  const period = checkPeriodRules(
    input.calculationPeriod,
    ["calculationPeriod", "start"],
    ["calculationPeriod", "end"],
    add,
  );

  // Calculation date.
  if (!isIsoDate(input.calculationDate)) {
    add(["calculationDate"], "INVALID_DATE", "The calculation date is not a real date.");
  } else if (compareDates(input.calculationDate, options.today) > 0) {
    add(["calculationDate"], "OUT_OF_RANGE", "The calculation date may not be in the future.");
  }

  // Properties and their amounts.
  if (input.properties.length === 0) {
    add(["properties"], "REQUIRED", "Give at least one property.");
  }
  // Too many properties: that one problem, without checking (and reporting on) each of them.
  const tooManyProperties = input.properties.length > MAX_PROPERTIES_PER_DECLARATION;
  if (tooManyProperties) {
    add(
      ["properties"],
      "OUT_OF_RANGE",
      `A declaration may have at most ${MAX_PROPERTIES_PER_DECLARATION} properties; it has ${input.properties.length}.`,
    );
  }
  const properties: PropertyContent[] = [];
  const validAmounts: number[] = [];
  (tooManyProperties ? [] : input.properties).forEach((property, i) => {
    const at: Path = ["properties", i];
    if (!EMPLOYER_CLASS.test(property.employerClass)) {
      add([...at, "employerClass"], "INVALID_FORMAT", "The employer class has exactly 3 digits, e.g. 017.");
    }

    let validity: DateRange | null = period;
    if (property.validity != null) {
      validity = checkRange(property.validity, [...at, "validity"], add);
      if (validity !== null && period !== null && !rangeWithin(validity, period)) {
        add([...at, "validity"], "OUT_OF_RANGE", "The validity of a property must lie inside the calculation period.");
      }
    }

    const grossWage = property.grossWage ?? null;
    const premiums = property.premiums ?? [];
    if (grossWage === null && premiums.length === 0) {
      add(at, "REQUIRED", "Give a gross wage or at least one premium.");
    }
    const grossWageCents = grossWage === null ? null : checkAmount(grossWage, [...at, "grossWage"], add);
    if (grossWageCents !== null) validAmounts.push(grossWageCents);

    const premiumContents: PropertyContent["premiums"] = [];
    const seenFrequencies = new Set<number>();
    const tooManyPremiums = premiums.length > MAX_PREMIUMS_PER_PROPERTY;
    if (tooManyPremiums) {
      add(
        [...at, "premiums"],
        "OUT_OF_RANGE",
        `A property may have at most ${MAX_PREMIUMS_PER_PROPERTY} premiums, one per frequency; it has ${premiums.length}.`,
      );
    }
    (tooManyPremiums ? [] : premiums).forEach((premium, j) => {
      const premiumAt: Path = [...at, "premiums", j];
      const amountCents = checkAmount(premium.amount, [...premiumAt, "amount"], add);
      if (amountCents !== null) validAmounts.push(amountCents);
      const frequency = premium.frequencyMonths;
      if (!Number.isInteger(frequency) || frequency < 0 || frequency > MAX_PREMIUM_FREQUENCY_MONTHS) {
        add(
          [...premiumAt, "frequencyMonths"],
          "OUT_OF_RANGE",
          `The premium frequency is a whole number of months from 0 (one-off or irregular) to ${MAX_PREMIUM_FREQUENCY_MONTHS} (yearly).`,
        );
      } else if (seenFrequencies.has(frequency)) {
        add(
          [...premiumAt, "frequencyMonths"],
          "DUPLICATE",
          "Another premium of this property has the same frequency: add them up into one premium.",
        );
      } else {
        seenFrequencies.add(frequency);
      }
      // A refused amount is reported above, and then the content is discarded.
      premiumContents.push({ amountCents: amountCents ?? 0, frequencyMonths: frequency });
    });

    // A null validity has been reported above (here or at the calculation period).
    if (validity !== null) {
      properties.push({
        employerClass: property.employerClass,
        workerCode: property.workerType,
        validity: { start: validity.start, end: validity.end },
        grossWageCents,
        premiums: premiumContents,
      });
    }
  });

  // Each valid amount is at most 99,999.99, so this sum stays far below unsafe integers.
  const totalCents = sumCents(validAmounts);
  if (totalCents > MAX_DECLARATION_TOTAL_CENTS) {
    add(
      ["properties"],
      "OUT_OF_RANGE",
      `The total of a declaration may be at most ${formatMoney(MAX_DECLARATION_TOTAL_CENTS)} euro; it is ${formatMoney(totalCents)}.`,
    );
  }

  if (problems.length > 0 || period === null || properties.length !== input.properties.length) {
    return { problems, content: null };
  }
  return {
    problems,
    content: {
      workerId,
      ssin,
      payslipReference,
      calculationPeriod: { start: period.start, end: period.end },
      calculationDate: input.calculationDate,
      properties,
      totalCents,
    },
  };
}

/**
 * The rules of a calculation period, in one place for a declaration and for the wizard's period
 * (a draft submission's, whose period its declarations start from): real dates in order,
 * starting on or after 2025-01-01, not crossing 31 December.
 * @returns the range when its dates are real and in order, else null
 */
function checkPeriodRules(
  range: DateRange,
  startPath: Path,
  endPath: Path,
  add: (path: Path, code: InputProblemCode, message: string) => void,
): DateRange | null {
  const startOk = isIsoDate(range.start);
  const endOk = isIsoDate(range.end);
  if (!startOk) add(startPath, "INVALID_DATE", "The start date is not a real date.");
  if (!endOk) add(endPath, "INVALID_DATE", "The end date is not a real date.");
  let period: DateRange | null = null;
  if (startOk && endOk) {
    if (compareDates(range.start, range.end) > 0)
      add(endPath, "RANGE_ORDER", "The end date may not be before the start date.");
    else period = range;
  }
  if (startOk && compareDates(range.start, FLEXI_AT_WORK_START) < 0) {
    add(
      startPath,
      "OUT_OF_RANGE",
      `The calculation period must start on or after ${FLEXI_AT_WORK_START}: Flexi at work covers pay for work from 2025.`,
    );
  }
  if (period !== null && crossesYearEnd(period)) {
    add(
      endPath,
      "NOT_ALLOWED",
      "The calculation period may not cross 31 December: split it into two declarations, one per year.",
    );
  }
  return period;
}

/**
 * The period of a draft submission (the wizard's step 1, and createSubmission): the rules of a
 * calculation period, and not starting after today, as no wage is calculated for work still to
 * come. Paths are `["from"]` and `["to"]`, the names of the API's arguments.
 * @param options.today - today in Europe/Brussels, "YYYY-MM-DD"
 */
export function checkSubmissionPeriod(range: DateRange, options: { today: string }): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (path: Path, code: InputProblemCode, message: string): void => {
    problems.push({ path, code, message });
  };
  checkPeriodRules(range, ["from"], ["to"], add);
  if (isIsoDate(range.start) && compareDates(range.start, options.today) > 0) {
    add(["from"], "NOT_ALLOWED", "The period may not start in the future: wage data is declared for work done.");
  }
  return problems;
}

/**
 * Checks that both ends are real dates and start <= end.
 * @returns the range when it is well formed, else null (problems added at `path`'s start and end)
 */
function checkRange(
  range: DateRange,
  path: Path,
  add: (path: Path, code: InputProblemCode, message: string) => void,
): DateRange | null {
  const startOk = isIsoDate(range.start);
  const endOk = isIsoDate(range.end);
  if (!startOk) add([...path, "start"], "INVALID_DATE", "The start date is not a real date.");
  if (!endOk) add([...path, "end"], "INVALID_DATE", "The end date is not a real date.");
  if (!startOk || !endOk) return null;
  if (compareDates(range.start, range.end) > 0) {
    add([...path, "end"], "RANGE_ORDER", "The end date may not be before the start date.");
    return null;
  }
  return range;
}

/**
 * Checks one amount: more than 0, at most 2 decimals, at most 99,999.99.
 * @returns the cents when the amount passes, else null (one problem added at `path`)
 */
function checkAmount(
  text: string,
  path: Path,
  add: (path: Path, code: InputProblemCode, message: string) => void,
): number | null {
  const parsed = parseMoney(text);
  if ("error" in parsed) {
    if (parsed.error === "FORMAT")
      add(path, "INVALID_FORMAT", "An amount is written as digits with an optional decimal point, e.g. 1234.50.");
    else if (parsed.error === "PRECISION") add(path, "TOO_PRECISE", "An amount may have at most 2 decimals.");
    else add(path, "OUT_OF_RANGE", `An amount may be at most ${formatMoney(MAX_AMOUNT_CENTS)} euro.`);
    return null;
  }
  if (parsed.cents <= 0) {
    add(path, "OUT_OF_RANGE", "An amount must be more than 0.");
    return null;
  }
  if (parsed.cents > MAX_AMOUNT_CENTS) {
    add(path, "OUT_OF_RANGE", `An amount may be at most ${formatMoney(MAX_AMOUNT_CENTS)} euro.`);
    return null;
  }
  return parsed.cents;
}
