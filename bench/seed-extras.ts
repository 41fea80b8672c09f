/**
 * e-Box messages and audit entries of the bench's data set, which the list benches read
 * (bench/comparisons.ts): added to a seeded data set when they are missing, so that a data set seeded
 * before they existed gets them in a few seconds without being rebuilt. Set-based and
 * deterministic like bench/seed.ts; a second call does nothing.
 *
 * - e-Box: a message per declaration that was not simply accepted (16,000: 80 per employer) and a
 *   summary per submission (2,000), received when the declaration was processed / a minute after
 *   the submission; every other one read.
 * - Audit trail: the submission of each declaration of September and October 2025 by its employer's
 *   declarant (40,000: 200 per employer).
 */
import { Client } from "pg";
import { uuidSql } from "./common";

export interface ExtraCounts {
  eboxMessages: number;
  auditEntries: number;
}

const LANGUAGES = ["nl", "fr", "de", "en"] as const;

/** Subject and body of a bench message in each language, as SQL of `kind` ('refused', 'warnings', 'summary'). */
function textColumns(kind: string, reference: string): string {
  const words: Record<(typeof LANGUAGES)[number], [string, string, string, string]> = {
    nl: ["Aangifte geweigerd", "Aangifte aanvaard met waarschuwingen", "Overzicht van de verzending", "Referentie"],
    fr: ["Déclaration refusée", "Déclaration acceptée avec avertissements", "Résumé de l'envoi", "Référence"],
    de: ["Erklärung abgelehnt", "Erklärung mit Warnungen angenommen", "Übersicht der Sendung", "Referenz"],
    en: ["Declaration refused", "Declaration accepted with warnings", "Submission summary", "Reference"],
  };
  const text = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const subject = (l: (typeof LANGUAGES)[number]) =>
    `CASE ${kind} WHEN 'refused' THEN ${text(words[l][0])} WHEN 'warnings' THEN ${text(words[l][1])} ELSE ${text(words[l][2])} END`;
  const body = (l: (typeof LANGUAGES)[number]) => `${subject(l)} || ${text(`. ${words[l][3]} `)} || ${reference}`;
  return [...LANGUAGES.map(subject), ...LANGUAGES.map(body)].join(",\n  ");
}

/** Adds the e-Box messages and audit entries when the data set has none; returns how many it holds. */
export async function ensureSeedExtras(url: string): Promise<ExtraCounts & { added: boolean }> {
  const client = new Client({ connectionString: url, application_name: "bench-seed-extras" });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const before = await counts(client);
    if (before.eboxMessages > 0 && before.auditEntries > 0) return { ...before, added: false };
    await client.query("BEGIN");
    // Two bench processes starting together: one adds, the other waits and finds them.
    await client.query("LOCK TABLE ebox_message, audit_entry IN EXCLUSIVE MODE");
    const locked = await counts(client);
    if (locked.eboxMessages === 0) await addEboxMessages(client);
    if (locked.auditEntries === 0) await addAuditEntries(client);
    await client.query("COMMIT");
    await client.query("VACUUM (ANALYZE) ebox_message");
    await client.query("VACUUM (ANALYZE) audit_entry");
    return { ...(await counts(client)), added: true };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function counts(client: Client): Promise<ExtraCounts> {
  const { rows } = await client.query<{ ebox: string; audit: string }>(
    "SELECT (SELECT count(*) FROM ebox_message) AS ebox, (SELECT count(*) FROM audit_entry) AS audit",
  );
  return { eboxMessages: Number(rows[0]!.ebox), auditEntries: Number(rows[0]!.audit) };
}

async function addEboxMessages(client: Client): Promise<void> {
  await client.query(`
    INSERT INTO ebox_message (id, employer_id, type, subject_nl, subject_fr, subject_de, subject_en,
      body_nl, body_fr, body_de, body_en, declaration_id, submission_id, dedup_key, received_at, read_at, seq)
    SELECT ${uuidSql("ebox", "x.n")}, x.employer_id, x.type,
      ${textColumns("x.kind", "x.reference")},
      x.declaration_id, x.submission_id, 'bench:' || x.n, x.received_at,
      CASE WHEN x.n % 2 = 0 THEN x.received_at + interval '1 day' END,
      (SELECT COALESCE(max(seq), 0) FROM ebox_message) + row_number() OVER (ORDER BY x.received_at, x.n)
    FROM (
      SELECT row_number() OVER (ORDER BY m.received_at, m.key) AS n, m.*
      FROM (
        SELECT d.id::text AS key, d.employer_id, d.id AS declaration_id, d.submission_id, d.processed_at AS received_at,
          CASE d.status WHEN 'REFUSED' THEN 'DECLARATION_REFUSED' ELSE 'DECLARATION_ACCEPTED_WITH_WARNINGS' END AS type,
          CASE d.status WHEN 'REFUSED' THEN 'refused' ELSE 'warnings' END AS kind, d.payslip_reference AS reference
        FROM wage_declaration d WHERE d.status <> 'ACCEPTED'
        UNION ALL
        SELECT s.id::text, s.employer_id, NULL, s.id, s.submitted_at + interval '1 minute', 'SUBMISSION_SUMMARY', 'summary', s.reference
        FROM submission s
      ) m
    ) x`);
  await client.query(
    `UPDATE event_counter SET value = (SELECT COALESCE(max(seq), 0) FROM ebox_message) WHERE name = 'ebox_message'`,
  );
}

async function addAuditEntries(client: Client): Promise<void> {
  await client.query(`
    INSERT INTO audit_entry (id, at, actor_id, action, entity_type, entity_id, employer_id, reason, changes)
    SELECT ${uuidSql("audit", "x.n")}, x.submitted_at, x.created_by, 'submitDeclarations', 'WageDeclaration', x.id,
      x.employer_id, NULL, '[]'::jsonb
    FROM (
      SELECT row_number() OVER (ORDER BY d.submitted_at, d.id) AS n, d.id, d.employer_id, d.submitted_at, s.created_by
      FROM wage_declaration d JOIN submission s ON s.id = d.submission_id
      WHERE d.calculation_date >= date '2025-09-01'
    ) x`);
}
