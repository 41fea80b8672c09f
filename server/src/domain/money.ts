/**
 * Money as integer euro-cents.
 *
 * Why `number` and not `bigint`: one amount is at most 99,999.99 and a declaration at most
 * 999,999.99 (docs/domain-rules.md#input-rules), i.e. 10^8 cents; integers up to Number.MAX_SAFE_INTEGER (about
 * 9 × 10^15 cents) add exactly, so a total over 90 million declarations at that maximum is still exact.
 * `number` also crosses JSON and GraphQL without conversion. Every function here rejects a
 * non-integer or unsafe value, so precision can never be lost silently. The database column
 * stays `bigint` (docs/architecture.md#data-model); the data layer converts.
 *
 * No floating-point arithmetic on amounts: text is parsed digit by digit.
 */

/**
 * Why an amount could not be parsed. FORMAT: not the lexical form of the Money scalar;
 * PRECISION: a non-zero digit after the second decimal; RANGE: too large to hold exactly
 * (beyond about 90 trillion euro), far above every input rule, which validation applies.
 */
export type MoneyParseError = "FORMAT" | "PRECISION" | "RANGE";

/** Result of {@link parseMoney}. */
export type ParsedMoney = { cents: number } | { error: MoneyParseError };

/** Lexical form of the Money scalar (contract.graphql): optional minus, digits, optional decimals. */
const MONEY_LEXICAL = /^-?[0-9]+(\.[0-9]+)?$/;
const MONEY_PARTS = /^(-?)([0-9]+)(?:\.([0-9]+))?$/;

/**
 * Whether text has the lexical form of the Money scalar: an optional minus sign, digits and
 * optional decimals ("1234.5", "-5", "1.234" all pass). Sign, precision and range are input
 * validation, not the scalar's business (contract.graphql, docs/domain-rules.md#input-rules).
 * @param text - candidate amount in euro
 */
export function isMoneyLexical(text: string): boolean {
  return MONEY_LEXICAL.test(text);
}

/**
 * Parses an amount in euro to cents.
 * Trailing zeros beyond two decimals are accepted ("1.230" is 1.23 €): the value has at most
 * two decimals, which is what the rule "at most 2 decimals" (docs/domain-rules.md#input-rules) protects.
 * @param text - e.g. "1234.5" → { cents: 123450 }, "-5" → { cents: -500 }
 * @returns the cents, or an error: FORMAT (not lexical), PRECISION ("1.234"), RANGE (unsafe size)
 */
export function parseMoney(text: string): ParsedMoney {
  const match = MONEY_PARTS.exec(text);
  if (!match) return { error: "FORMAT" };
  const negative = match[1] === "-";
  const euros = match[2] ?? "0";
  const decimals = (match[3] ?? "").replace(/0+$/, "");
  if (decimals.length > 2) return { error: "PRECISION" };
  // Concatenate the digits of euros and cents, then read one integer: no division, no float.
  const centsText = (euros + decimals.padEnd(2, "0")).replace(/^0+(?=[0-9])/, "");
  const magnitude = Number(centsText);
  if (!Number.isSafeInteger(magnitude)) return { error: "RANGE" };
  // "-0" and "-0.00" are zero, not JavaScript's negative zero.
  return { cents: negative && magnitude !== 0 ? -magnitude : magnitude };
}

function requireCents(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`amount in cents must be a safe integer, got ${value}`);
}

/**
 * Formats cents as euro with exactly two decimals, the Money scalar's output.
 * @param cents - integer cents, e.g. 123450
 * @returns e.g. "1234.50", "-5.00", "0.00", "-0.05"
 * @throws RangeError when `cents` is not a safe integer
 */
export function formatMoney(cents: number): string {
  requireCents(cents);
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, "0");
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/**
 * Sums amounts in cents exactly (for WageDeclaration.total and yearly totals, docs/domain-rules.md#flexi-income).
 * @param values - integer cents
 * @returns the sum; 0 for an empty list
 * @throws RangeError when a value is not a safe integer or the sum is no longer exact
 */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    requireCents(value);
    total += value;
    // Each addend is safe; checking the running total keeps every partial sum exact.
    requireCents(total);
  }
  return total;
}
