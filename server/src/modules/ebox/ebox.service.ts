import { RULES, signedIn, visibleById } from "../../access";
import {
  projection,
  selectColumns,
  type ColumnMap,
  type ListJoins,
  RecordJoin,
  selectWithJoined,
} from "../../db/columns";
import { idFilterSql, instantFilterSql, type EqualityCondition, type InstantCondition } from "../../db/filters";
import { pageOf, type PageArgs, type SortKey } from "../../db/page";
import { sql, type Sql } from "../../db/sql";
import type { EboxMessageTypeCode } from "../../domain/ebox-texts";
import { LANGUAGES, type Language } from "../../domain/language";
import type { RequestContext } from "../../auth/request-context";
import { type EmployerRow, employerJoin } from "../employers/employer.service";
import { SUBMISSION_COLUMN_MAP, SUBMISSION_NEEDS } from "../submissions/submission.service";
import type { SubmissionRow } from "../submissions/submission-shapes";

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
  /** Related records the list that read this message joined (only the fields asked); undefined: not joined. */
  joined: EboxJoined | undefined;
}

/** The submission (null: the message is about none, or one the reader may not see) and the employer of a message, read with it. */
export interface EboxJoined {
  submission: SubmissionRow | null | undefined;
  employer: EmployerRow | undefined;
}

/** What a list of messages is asked for: the nodes' fields, and related records to read in the same statement. */
export type EboxJoins = ListJoins<"submission" | "employer">;

/** Which messages to list (the GraphQL input EboxMessageFilter). */
export interface EboxMessageFilter {
  employerId?: EqualityCondition;
  unread?: boolean;
  type?: EboxMessageType[];
  receivedAt?: InstantCondition;
}

/** A message as read from the table: the type is the stored code. */
interface EboxMessageRow extends Omit<EboxMessage, "type" | "joined"> {
  type: string;
}

/** The columns of a message, with subject and body in one language (`seq::text`: an expression, read as text). */
const COLUMN_MAPS = Object.fromEntries(
  LANGUAGES.map((language): [Language, ColumnMap<EboxMessageRow>] => [
    language,
    {
      id: "id",
      employerId: "employer_id",
      declarationId: "declaration_id",
      submissionId: "submission_id",
      type: "type",
      subject: `subject_${language}`,
      body: `body_${language}`,
      receivedAt: "received_at",
      readAt: "read_at",
      logCursor: "seq::text",
    },
  ]),
) as Record<Language, ColumnMap<EboxMessageRow>>;

/** Every column of a message on alias `m`. */
const COLUMNS = Object.fromEntries(
  LANGUAGES.map((language) => [language, selectColumns("m", COLUMN_MAPS[language])]),
) as Record<Language, Sql>;

/** Each field reads the row field of its name; `declaration`, `submission` and `employer` read the ids (ebox.resolver.ts). */
const NEEDS: Record<string, (keyof EboxMessageRow)[]> = {
  type: ["type"],
  subject: ["subject"],
  body: ["body"],
  receivedAt: ["receivedAt"],
  readAt: ["readAt"],
  logCursor: ["logCursor"],
  declaration: ["declarationId"],
  // A list reads the submission through its join (JOINED_SUBMISSION), id included.
  submission: [],
  employer: ["employerId"],
};

/**
 * A message's submission and its employer (always there), read in a list's own statement when its
 * nodes ask for them. The submission's access rule is part of the join: its id reads null when
 * there is none (a summary has none) or the reader may not see it.
 */
const JOINED_SUBMISSION = new RecordJoin({
  table: "submission",
  alias: "js",
  prefix: "submission",
  columns: SUBMISSION_COLUMN_MAP,
  needs: SUBMISSION_NEEDS,
  key: "m.submission_id",
});
const JOINED_EMPLOYER = employerJoin("m.employer_id");

/** Cursors carry received_at with PostgreSQL's microseconds (pageOf reads them for instants). */
const RECEIVED_AT = (descending: boolean): SortKey<EboxMessageRow>[] => [
  { expression: sql.raw("m.received_at"), descending, value: (r) => r.receivedAt, type: "timestamptz" },
];
const ORDER: Record<EboxMessageOrder, SortKey<EboxMessageRow>[]> = {
  [EboxMessageOrder.RECEIVED_AT_DESC]: RECEIVED_AT(true),
  [EboxMessageOrder.RECEIVED_AT_ASC]: RECEIVED_AT(false),
};

function toEboxMessage(row: EboxMessageRow, joined?: EboxJoined): EboxMessage {
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
    joined,
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
    join: EboxJoins = {},
  ) {
    const viewer = signedIn(ctx.viewer);
    const scope = RULES.eboxMessage.condition(viewer, sql.raw("m"));
    const anyReadStatus = sql.and([scope, eboxFilterSql({ ...filter, unread: undefined })]);
    const keys = orderBy?.length ? orderBy.flatMap((o) => ORDER[o]) : RECEIVED_AT(true); // newest first
    const own = projection(COLUMN_MAPS[viewer.language], ["id"], NEEDS, join.fields);
    const submission =
      join.submission && JOINED_SUBMISSION.of(join.submission, (alias) => RULES.submission.condition(viewer, alias));
    const employer = join.employer && JOINED_EMPLOYER.of(join.employer);
    const joinedOf = (row: EboxMessageRow): EboxJoined | undefined => {
      if (!submission && !employer) return undefined;
      const about = submission?.read(row);
      return { submission: about && (about.id === null ? null : about), employer: employer?.read(row) };
    };
    const [connection, unreadRow] = await Promise.all([
      pageOf(ctx.db, {
        ...selectWithJoined(selectColumns("m", own), sql`ebox_message m`, [submission, employer]),
        where: sql.and([scope, eboxFilterSql(filter)]),
        order: keys,
        idColumn: sql.raw("m.id"),
        toNode: (row: EboxMessageRow) => toEboxMessage(row, joinedOf(row)),
        page,
        withTotal,
        withCursors: join.withCursors,
      }),
      withUnread
        ? ctx.db.one<{ count: string }>(
            sql`SELECT count(*) AS count FROM ebox_message m WHERE ${anyReadStatus} AND m.read_at IS NULL`,
          )
        : Promise.resolve(undefined),
    ]);
    // Not a spread: that would read the lazy edges, and write every cursor, of a page that asked for none.
    return Object.assign(connection, { unreadCount: unreadRow ? Number(unreadRow.count) : -1 });
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
