/**
 * The e-Box log as subscribers receive it (eboxMessageReceived): each new message in every
 * language, so that one load serves readers of all languages. Fanned out by a LogRelay.
 */
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import type { Translated } from "../domain/language";
import type { LogSource } from "./log-relay";

/** The PostgreSQL channel announcing committed e-Box messages (payload: the highest seq). */
export const EBOX_MESSAGE_CHANNEL = "ebox_message";

export interface EboxLogEntry {
  seq: number;
  id: string;
  employerId: string;
  declarationId: string | null;
  submissionId: string | null;
  type: string;
  subject: Translated;
  body: Translated;
  receivedAt: Date;
  readAt: Date | null;
}

export function eboxSource(db: Db): LogSource<EboxLogEntry> {
  return {
    channel: EBOX_MESSAGE_CHANNEL,
    async load(afterSeq, limit) {
      const rows = await db.query<Omit<EboxLogEntry, "seq"> & { seq: string }>(sql`
        SELECT m.seq, m.id, m.employer_id AS "employerId", m.declaration_id AS "declarationId", m.submission_id AS "submissionId",
          m.type, json_build_object('nl', m.subject_nl, 'fr', m.subject_fr, 'de', m.subject_de, 'en', m.subject_en) AS subject,
          json_build_object('nl', m.body_nl, 'fr', m.body_fr, 'de', m.body_de, 'en', m.body_en) AS body,
          m.received_at AS "receivedAt", m.read_at AS "readAt"
        FROM ebox_message m WHERE m.seq > ${afterSeq} ORDER BY m.seq LIMIT ${limit}`);
      return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
    },
    current: async () =>
      Number(
        (await db.one<{ value: string }>(sql`SELECT value FROM event_counter WHERE name = 'ebox_message'`))?.value ?? 0,
      ),
  };
}
