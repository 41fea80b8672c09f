import type { Db } from "../../db/db";
import { sql } from "../../db/sql";
import type { EboxMessageTypeCode } from "../../domain/ebox-texts";
import type { Translated } from "../../domain/language";

/** The PostgreSQL channel announcing committed e-Box messages (payload: the employer id). */
export const EBOX_MESSAGE_CHANNEL = "ebox_message";

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
 * Writes messages inside the caller's transaction (design §9: in the same transaction as the
 * status change they report), one statement for any number; a message already sent is skipped.
 */
export async function writeEboxMessages(db: Db, messages: readonly EboxMessageToWrite[]): Promise<void> {
  if (messages.length === 0) return;
  const col = <T>(pick: (m: EboxMessageToWrite) => T): T[] => messages.map(pick);
  await db.query(sql`
    WITH inserted AS (
      INSERT INTO ebox_message (employer_id, declaration_id, submission_id, dedup_key, type, subject_nl, subject_fr,
        subject_de, subject_en, body_nl, body_fr, body_de, body_en)
      SELECT * FROM unnest(${col((m) => m.employerId)}::uuid[], ${col((m) => m.declarationId)}::uuid[],
        ${col((m) => m.submissionId)}::uuid[], ${col((m) => m.dedupKey)}::text[], ${col((m) => m.type)}::text[],
        ${col((m) => m.subject.nl)}::text[], ${col((m) => m.subject.fr)}::text[], ${col((m) => m.subject.de)}::text[],
        ${col((m) => m.subject.en)}::text[], ${col((m) => m.body.nl)}::text[], ${col((m) => m.body.fr)}::text[],
        ${col((m) => m.body.de)}::text[], ${col((m) => m.body.en)}::text[])
      ON CONFLICT (dedup_key) DO NOTHING
      RETURNING employer_id
    )
    SELECT pg_notify(${EBOX_MESSAGE_CHANNEL}, employer_id::text) FROM (SELECT DISTINCT employer_id FROM inserted) AS e`);
}
