import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import type { EboxMessageTypeCode } from "../../domain/ebox-texts";
import type { Translated } from "../../domain/language";
import { EBOX_MESSAGE_CHANNEL } from "../../events/ebox-source";

/** A message to deliver, in every language. */
export interface EboxMessageToWrite {
  employerId: string;
  declarationId: string | null;
  submissionId: string | null;
  /**
   * What the message reports, e.g. "declaration:<id>:v2:ACCEPTED": unique, so that a step run
   * twice (a control job retried after a crash) never sends a second message.
   */
  dedupKey: string;
  type: EboxMessageTypeCode;
  subject: Translated;
  body: Translated;
}

/**
 * Writes messages inside the caller's transaction (docs/domain-rules.md#e-box-messages: in the same transaction as the
 * status change they report), one statement for any number; a message already sent is skipped.
 */
export async function writeEboxMessages(db: Db, messages: readonly EboxMessageToWrite[]): Promise<void> {
  if (messages.length === 0) return;
  const col = <T>(pick: (m: EboxMessageToWrite) => T): T[] => messages.map(pick);
  const n = messages.length;
  // The counter row orders the writers' commits (as for status events); a message skipped as
  // already sent leaves a gap in the numbers, which readers do not mind.
  await db.query(sql`
    WITH counter AS (
      UPDATE event_counter SET value = value + ${n} WHERE name = 'ebox_message' RETURNING value - ${n} AS base
    ), inserted AS (
      INSERT INTO ebox_message (seq, employer_id, declaration_id, submission_id, dedup_key, type, subject_nl, subject_fr,
        subject_de, subject_en, body_nl, body_fr, body_de, body_en)
      SELECT counter.base + m.ord, m.employer_id, m.declaration_id, m.submission_id, m.dedup_key, m.type, m.subject_nl,
        m.subject_fr, m.subject_de, m.subject_en, m.body_nl, m.body_fr, m.body_de, m.body_en
      FROM counter, unnest(${col((m) => m.employerId)}::uuid[], ${col((m) => m.declarationId)}::uuid[],
        ${col((m) => m.submissionId)}::uuid[], ${col((m) => m.dedupKey)}::text[], ${col((m) => m.type)}::text[],
        ${col((m) => m.subject.nl)}::text[], ${col((m) => m.subject.fr)}::text[], ${col((m) => m.subject.de)}::text[],
        ${col((m) => m.subject.en)}::text[], ${col((m) => m.body.nl)}::text[], ${col((m) => m.body.fr)}::text[],
        ${col((m) => m.body.de)}::text[], ${col((m) => m.body.en)}::text[])
        WITH ORDINALITY AS m(employer_id, declaration_id, submission_id, dedup_key, type, subject_nl, subject_fr, subject_de,
          subject_en, body_nl, body_fr, body_de, body_en, ord)
      ON CONFLICT (dedup_key) DO NOTHING
      RETURNING seq
    )
    SELECT pg_notify(${EBOX_MESSAGE_CHANNEL}, max(seq)::text) FROM inserted HAVING count(*) > 0`);
}
