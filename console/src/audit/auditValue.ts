/**
 * An audit trail's value in the reader's words and formats. The API keeps each value as text
 * (dates as ISO, amounts as "1234.50", lists and objects as JSON, codes as codes:
 * server/src/domain/field-changes.ts); the trail shows dates, amounts and hours as the reader
 * writes them, statuses, languages, rights and worker types by name, and a declaration's
 * properties as a sentence, never as JSON.
 */
import type { useTranslate } from "react-admin";
import type { Formats } from "../common/officeFormat";
import { formatHours, formatSsin } from "../common/format";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_RANGE = /^(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const AMOUNT = /^-?\d+(\.\d{1,2})?$/;
const MONEY_FIELDS = new Set(["total", "amount", "grossWage"]);
type Translate = ReturnType<typeof useTranslate>;
const WORKER_TYPES: Record<string, string> = { "050": "BLUE_COLLAR_050", "450": "WHITE_COLLAR_450" };

/** A property of a declaration as the trail keeps it. */
interface AuditedProperty {
  employerClass?: string;
  workerCode?: string;
  validity?: string;
  grossWage?: string | null;
  premiums?: string[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function auditValue(field: string, text: string, formats: Formats, translate: Translate): string {
  const { date, dateTime, money, range, locale } = formats;
  const plain = (value: string): string => {
    const period = ISO_RANGE.exec(value);
    if (period) return range({ start: period[1]!, end: period[2]! });
    if (ISO_DATE.test(value)) return date(value);
    if (ISO_DATE_TIME.test(value)) return dateTime(value);
    return value;
  };
  const frequency = (months: number) =>
    months === 0
      ? translate("flexi.office.frequency.oneOff")
      : translate("flexi.office.frequency.every", { smart_count: months });
  const property = (p: AuditedProperty): string => {
    const type = p.workerCode && WORKER_TYPES[p.workerCode];
    const parts = [
      [p.employerClass, type ? translate(`flexi.workerType.${type}`) : p.workerCode, p.validity && plain(p.validity)]
        .filter(Boolean)
        .join(" · "),
    ];
    if (p.grossWage) parts.push(`${translate("flexi.office.audit.grossWage")} ${money(p.grossWage)}`);
    for (const premium of p.premiums ?? []) {
      const [amount = "", months = "0"] = premium.split("/");
      parts.push(`${translate("flexi.office.audit.premium")} ${money(amount)} (${frequency(Number(months))})`);
    }
    return parts.join("; ");
  };

  switch (field) {
    case "status":
      return translate(`flexi.status.${text}`, { _: text });
    case "inForceVersion":
      return translate("flexi.office.declaration.versionNumber", { number: text });
    case "language":
      return translate(`flexi.office.language.${text.toUpperCase()}`, { _: text });
    case "permission":
      return translate(`flexi.office.permission.${text}`, { _: text });
    case "plannedHours":
      return Number.isFinite(Number(text)) ? formatHours(Number(text), locale) : text;
    case "ssin":
      return formatSsin(text);
    case "properties": {
      const list = parseJson(text);
      return Array.isArray(list) ? (list as AuditedProperty[]).map(property).join(" | ") : text;
    }
    case "employerClasses": {
      const list = parseJson(text);
      return Array.isArray(list) ? list.join(", ") : text;
    }
  }
  if (text === "true" || text === "false") return translate(`flexi.office.${text === "true" ? "yes" : "no"}`);
  if (MONEY_FIELDS.has(field) && AMOUNT.test(text)) return money(text);
  return plain(text);
}
