import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { daysInMonth } from "../domain/dates";
import { instantText } from "../domain/instants";

/**
 * The contract's scalars check only the lexical form; every other rule of an input (a real
 * calendar date, a check digit, sign and precision of an amount) is input validation in the
 * services, reported with the field's path in `fieldErrors` (docs/domain-rules.md#input-rules, contract.graphql).
 */
function lexicalScalar(config: {
  name: string;
  description: string;
  /** Returns the internal value, or null when the text does not have the scalar's form. */
  parse: (text: string) => string | null;
  serialize: (value: unknown) => string | null;
  expected: string;
}): GraphQLScalarType {
  const parse = (value: unknown): string => {
    const parsed = typeof value === "string" ? config.parse(value) : null;
    if (parsed === null) {
      throw new GraphQLError(`${config.name} must be ${config.expected}.`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return parsed;
  };
  return new GraphQLScalarType({
    name: config.name,
    description: config.description,
    serialize(value) {
      const out = config.serialize(value);
      if (out === null) throw new GraphQLError(`${config.name} cannot represent ${String(value)}.`);
      return out;
    },
    parseValue: parse,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) {
        throw new GraphQLError(`${config.name} must be a string: ${config.expected}.`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return parse(ast.value);
    },
  });
}

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
const MONEY_FORM = /^-?\d+(\.\d+)?$/;
const MONEY_OUT = /^-?\d+\.\d{2}$/;
/** ISO 8601 instant with an offset (or Z): year, month, day, hour, minute, second, offset hours and minutes. */
const DATE_TIME_FORM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

export const DateScalar = lexicalScalar({
  name: "Date",
  description:
    'Calendar date "YYYY-MM-DD", e.g. "2025-01-31" (ISO 8601, no time, no zone). Calendar rules (today, years, deadlines) follow Europe/Brussels. Another form is BAD_USER_INPUT; an impossible day such as "2025-02-30" is input validation (BAD_USER_INPUT with fieldErrors, INVALID_DATE).',
  expected: 'a date "YYYY-MM-DD"',
  parse: (text) => (DATE_FORM.test(text) ? text : null),
  serialize: (value) => (typeof value === "string" && DATE_FORM.test(value) ? value : null),
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description:
    'Instant, ISO 8601 with an offset or Z, e.g. "2025-01-31T10:00:00Z" or "2025-01-31T11:00:00+01:00" (seconds and fractions optional). Output is always UTC with milliseconds, "2025-01-31T10:00:00.000Z". An impossible day or time ("2025-02-30T00:00:00Z", "24:00", an offset beyond 23:59) is BAD_USER_INPUT.',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${String(value)}.`);
    return instantText(date);
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    return parseInstant(ast.kind === Kind.STRING ? ast.value : null);
  },
});

/**
 * Whether an instant of DATE_TIME_FORM names a real day and time: JavaScript's Date would
 * silently roll "2025-02-30" over to 2 March and "24:00" to the next day.
 */
function isRealInstant(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second = "0", offsetHours = "0", offsetMinutes = "0"] = match.slice(1);
  const m = Number(month);
  return (
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysInMonth(Number(year), m) &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetHours) <= 23 &&
    Number(offsetMinutes) <= 59
  );
}

function parseInstant(value: unknown): Date {
  const match = typeof value === "string" ? DATE_TIME_FORM.exec(value) : null;
  const date = match && isRealInstant(match) ? new Date(match[0]) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be a real ISO 8601 instant with offset, e.g. "2025-01-31T10:00:00Z".', {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return date;
}

export const MoneyScalar = lexicalScalar({
  name: "Money",
  description:
    'Amount in euro as a decimal string, never a float. Output: always two decimals, "1234.50". Input: a string of an optional minus sign, digits and optional decimals with a point, no thousands separator ("1234.5", "-5", "1.234" all parse); sign, precision (at most 2 decimals) and range are input validation (BAD_USER_INPUT with fieldErrors: OUT_OF_RANGE, TOO_PRECISE).',
  expected: 'an amount such as "1234.50"',
  parse: (text) => (MONEY_FORM.test(text) ? text : null),
  serialize: (value) => (typeof value === "string" && MONEY_OUT.test(value) ? value : null),
});

export const SsinScalar = lexicalScalar({
  name: "Ssin",
  description:
    'Belgian social-security number of a person: INSZ/NISS (national register) or BIS number. Output: 11 digits, e.g. "85073003328". Input: 11 digits once dots, dashes and spaces are removed ("85.07.30-033.28" is accepted); the check digits are input validation (BAD_USER_INPUT with fieldErrors, INVALID_CHECK_DIGIT).',
  expected: "11 digits (dots, dashes and spaces are ignored)",
  parse: (text) => {
    const digits = text.replace(/[.\-\s]/g, "");
    return /^\d{11}$/.test(digits) ? digits : null;
  },
  serialize: (value) => (typeof value === "string" && /^\d{11}$/.test(value) ? value : null),
});
