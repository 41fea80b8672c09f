import { RULES, signedIn, visibleById } from "../../access";
import { idFilterSql, instantFilterSql, type EqualityCondition, type InstantCondition } from "../../db/filters";
import { pageOf, type PageArgs, type SortKey } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import type { EboxMessageTypeCode } from "../../domain/ebox-texts";
import { LANGUAGES, type Language } from "../../domain/language";
import type { RequestContext } from "../../auth/request-context";

/**
 * What a message reports; the values are the domain's codes (domain/ebox-texts.ts). ebox.type.ts
 * registers this enum and EboxMessageOrder for GraphQL.
 */
export enum EboxMessageType {
  DECLARATION_ACCEPTED = "DECLARATION_ACCEPTED",
  DECLARATION_ACCEPTED_WITH_WARNINGS = "DECLARATION_ACCEPTED_WITH_WARNINGS",
  DECLARATION_REFUSED = "DECLARATION_REFUSED",
  MODIFICATION_PROCESSED = "MODIFICATION_PROCESSED",
  DELETION_PROCESSED = "DELETION_PROCESSED",
  CORRECTED_BY_BACK_OFFICE = "CORRECTED_BY_BACK_OFFICE",
  SUBMISSION_SUMMARY = "SUBMISSION_SUMMARY",
}

// The compiler refuses a GraphQL value without a domain code, or the reverse.
type SameValues<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const ENUM_MATCHES_DOMAIN: SameValues<`${EboxMessageType}`, EboxMessageTypeCode> = true;
void ENUM_MATCHES_DOMAIN;

/** Orders of a list of messages (the GraphQL enum EboxMessageOrder). */
export enum EboxMessageOrder {
  RECEIVED_AT_DESC = "RECEIVED_AT_DESC",
  RECEIVED_AT_ASC = "RECEIVED_AT_ASC",
}

/** A message in an employer's e-Box, in the reader's language (the GraphQL type EboxMessage, ebox.type.ts). */
export interface EboxMessage {
  id: string;
  employerId: string;
  /** The declaration or submission the message concerns; resolved by their modules. */
  declarationId: string | null;
  submissionId: string | null;
  type: EboxMessageType;
  subject: string;
  body: string;
  receivedAt: Date;
  readAt: Date | null;
  logCursor: string;
}

/** Which messages to list (the GraphQL input EboxMessageFilter). */
export interface EboxMessageFilter {
  employerId?: EqualityCondition;
  unread?: boolean;
  type?: EboxMessageType[];
  receivedAt?: InstantCondition;
}

/** A message as read from the table: the type is the stored code. */
interface EboxMessageRow extends Omit<EboxMessage, "type"> {
  type: string;
}

/** Columns of a message on alias `m`, with subject and body in one language. */
const COLUMNS = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    sql.raw(`m.id, m.employer_id AS "employerId",
  m.declaration_id AS "declarationId", m.submission_id AS "submissionId", m.type,
  m.subject_${language} AS subject, m.body_${language} AS body, m.received_at AS "receivedAt", m.read_at AS "readAt",
  m.seq::text AS "logCursor"`),
  ]),
) as Record<Language, Sql>;

/** Cursors carry received_at with PostgreSQL's microseconds (pageOf reads them for instants). */
const RECEIVED_AT = (descending: boolean): SortKey<EboxMessageRow>[] => [
  { expression: sql.raw("m.received_at"), descending, value: (r) => r.receivedAt, type: "timestamptz" },
];
const ORDER: Record<EboxMessageOrder, SortKey<EboxMessageRow>[]> = {
  [EboxMessageOrder.RECEIVED_AT_DESC]: RECEIVED_AT(true),
  [EboxMessageOrder.RECEIVED_AT_ASC]: RECEIVED_AT(false),
};

function toEboxMessage(row: EboxMessageRow): EboxMessage {
  return {
    id: row.id,
    employerId: row.employerId,
    declarationId: row.declarationId,
    submissionId: row.submissionId,
    type: row.type as EboxMessageType,
    subject: row.subject,
    body: row.body,
    receivedAt: row.receivedAt,
    readAt: row.readAt,
    logCursor: row.logCursor,
  };
}

/** The employer's e-Box (docs/domain-rules.md#e-box-messages): messages shown in the reader's language, read status. */
export class EboxService {
  /**
   * Messages of the employers the viewer reads, newest first by default. `withUnread` adds the
   * unread count of the filter without its own `unread` condition (a third statement, so only
   * when asked for).
   */
  async list(
    ctx: RequestContext,
    filter: EboxMessageFilter | undefined,
    orderBy: EboxMessageOrder[] | undefined,
    page: PageArgs,
    withTotal: boolean,
    withUnread: boolean,
  ) {
    const viewer = signedIn(ctx.viewer);
    const scope = RULES.eboxMessage.condition(viewer, sql.raw("m"));
    const anyReadStatus = sql.and([scope, eboxFilterSql({ ...filter, unread: undefined })]);
    const keys = orderBy?.length ? orderBy.flatMap((o) => ORDER[o]) : RECEIVED_AT(true); // newest first
    const [connection, unreadRow] = await Promise.all([
      pageOf(ctx.db, {
        select: sql`SELECT ${COLUMNS[viewer.language]}`,
        from: sql`ebox_message m`,
        where: sql.and([scope, eboxFilterSql(filter)]),
        order: keys,
        idColumn: sql.raw("m.id"),
        toNode: toEboxMessage,
        page,
        withTotal,
      }),
      withUnread
        ? ctx.db.one<{ count: string }>(
            sql`SELECT count(*) AS count FROM ebox_message m WHERE ${anyReadStatus} AND m.read_at IS NULL`,
          )
        : Promise.resolve(undefined),
    ]);
    return { ...connection, unreadCount: unreadRow ? Number(unreadRow.count) : -1 };
  }

  /**
   * Marks a message read; the first time counts, so calling it again changes nothing. Another
   * employer's message, or an id that is not a UUID, is NOT_FOUND.
   */
  async markRead(ctx: RequestContext, id: string): Promise<EboxMessage> {
    const viewer = signedIn(ctx.viewer);
    // COALESCE rather than `AND read_at IS NULL`: a concurrent second call then still returns
    // the message, with the first time.
    const row = await visibleById<EboxMessageRow>(ctx.db, viewer, RULES.eboxMessage, id, {
      columns: COLUMNS[viewer.language],
      set: sql.raw("read_at = COALESCE(m.read_at, now())"),
    });
    return toEboxMessage(row);
  }
}

/** An e-Box filter as SQL on alias `m`. */
function eboxFilterSql(filter: EboxMessageFilter | undefined): Sql {
  if (!filter) return sql.raw("TRUE");
  const parts: Sql[] = [];
  if (filter.employerId) parts.push(idFilterSql(sql.raw("m.employer_id"), filter.employerId));
  if (filter.unread != null) parts.push(sql.raw(filter.unread ? "m.read_at IS NULL" : "m.read_at IS NOT NULL"));
  if (filter.type) parts.push(sql`m.type = ANY(${filter.type}::text[])`);
  if (filter.receivedAt) parts.push(instantFilterSql(sql.raw("m.received_at"), filter.receivedAt));
  return sql.and(parts);
}
