/**
 * A small SQL builder: tagged templates whose values become bind parameters, fragments that
 * nest, compiled to `$1..$n`. Lists read explicit columns with it (docs/architecture.md#reading-lists); no string
 * concatenation of values ever reaches PostgreSQL.
 */
export class Sql {
  constructor(
    readonly strings: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** Text with `$n` placeholders and the values in order. */
  compile(): { text: string; values: unknown[] } {
    const values: unknown[] = [];
    const text = this.render(values);
    return { text, values };
  }

  private render(values: unknown[]): string {
    let text = this.strings[0] ?? "";
    this.values.forEach((value, i) => {
      if (value instanceof Sql) {
        text += value.render(values);
      } else {
        values.push(value);
        text += `$${values.length}`;
      }
      text += this.strings[i + 1] ?? "";
    });
    return text;
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  return new Sql(strings, values);
}

/** Trusted text (identifiers, keywords) from the code, never from input. */
sql.raw = (text: string): Sql => new Sql([text], []);

sql.empty = new Sql([""], []);

/**
 * A whole number written into the statement rather than sent as a parameter: for LIMIT and
 * OFFSET, whose values PostgreSQL must see to plan a prepared statement once. With `LIMIT $n`
 * its generic plan cannot tell how many rows are wanted, so it plans the statement anew on every
 * execution (a list of 50 cost twice the database time; bench/README.md). Anything but a safe
 * integer is refused, so no input can reach the text.
 */
sql.integer = (value: number): Sql => {
  if (!Number.isSafeInteger(value)) throw new Error(`sql.integer: ${value} is not a safe integer`);
  return new Sql([String(value)], []);
};

sql.join = (parts: readonly Sql[], separator = ", "): Sql => {
  if (parts.length === 0) return sql.empty;
  const strings = ["", ...parts.slice(1).map(() => separator), ""];
  return new Sql(strings, parts);
};

/** `a AND b AND ...`; TRUE when empty. */
sql.and = (parts: readonly Sql[]): Sql => (parts.length === 0 ? sql.raw("TRUE") : sql`(${sql.join(parts, " AND ")})`);

/** `a OR b OR ...`; FALSE when empty. */
sql.or = (parts: readonly Sql[]): Sql => (parts.length === 0 ? sql.raw("FALSE") : sql`(${sql.join(parts, " OR ")})`);
