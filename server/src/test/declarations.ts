/** Helpers for tests of the declaration workflow: the GraphQL documents and inputs an employer sends. */
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { todayInBrussels } from "../domain/calendar";
import type { TestApi } from "./api";
import { eventually } from "./api";

export const DECLARATION_FIELDS = `
  id status kind version payslipReference total calculationDate calculationPeriod { start end }
  submittedAt processedAt
  worker { id ssin } employer { id }
  properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }
  anomalies { code severity message path }
  inForce { number status total }
  history { number kind status total }`;

/**
 * A calculation period that the controls find on time: from the first day of this month
 * (Brussels) to today, calculated today. Computed, so that tests pass on any day of the year.
 */
export function recentPeriod(): { start: string; end: string; calculationDate: string } {
  const today = todayInBrussels();
  return { start: today.slice(0, 8) + "01", end: today, calculationDate: today };
}

/** A valid declaration input for a worker: one blue-collar property with a gross wage. */
export function declarationInput(workerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const period = recentPeriod();
  return {
    workerId,
    payslipReference: null,
    calculationPeriod: { start: period.start, end: period.end },
    calculationDate: period.calculationDate,
    properties: [{ employerClass: "017", workerType: "BLUE_COLLAR_050", grossWage: "250.00" }],
    ...overrides,
  };
}

/** A FLX Dimona period of the employer for the worker covering this month (so that 00024-152 does not apply). */
export async function addFlexDimonaThisMonth(db: Db, employerId: string, workerId: string): Promise<void> {
  const period = recentPeriod();
  const periodId = String(200000000000 + Math.floor(Math.random() * 99999999999));
  await db.query(sql`
    INSERT INTO dimona_period (period_id, employer_id, worker_id, worker_type, joint_committee, start_date, end_date)
    VALUES (${periodId}, ${employerId}, ${workerId}, 'FLX', '302', ${period.start}, ${period.end})`);
}

export async function createSubmission(api: TestApi, token: string, employerId: string): Promise<string> {
  const period = recentPeriod();
  const answer = await api.request<{ createSubmission: { id: string } }>(
    `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id status } }`,
    { input: { employerId, from: period.start, to: period.end } },
    token,
  );
  if (!answer.data?.createSubmission) throw new Error(`createSubmission failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.createSubmission.id;
}

export async function addDeclaration(
  api: TestApi,
  token: string,
  submissionId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const answer = await api.request<{ addDeclaration: { id: string } }>(
    `mutation($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }`,
    { input: { submissionId, ...input } },
    token,
  );
  if (!answer.data?.addDeclaration) throw new Error(`addDeclaration failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.addDeclaration.id;
}

export async function submit(api: TestApi, token: string, submissionId: string, key = `key-${submissionId}`) {
  const answer = await api.request<{ submitSubmission: { id: string; status: string; reference: string } }>(
    `mutation($id: ID!, $key: String!) { submitSubmission(id: $id, idempotencyKey: $key) { id status reference } }`,
    { id: submissionId, key },
    token,
  );
  if (!answer.data?.submitSubmission) throw new Error(`submitSubmission failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.submitSubmission;
}

/** A declaration as the employer reads it. */
export interface DeclarationView {
  id: string;
  status: string;
  kind: string;
  version: number;
  total: string;
  anomalies: { code: string; severity: string; message: string; path: string | null }[];
  inForce: { number: number; status: string; total: string } | null;
  history: { number: number; kind: string; status: string; total: string }[];
  properties: {
    employerClass: string;
    workerType: string;
    grossWage: string | null;
    premiums: { amount: string; frequencyMonths: number }[];
  }[];
}

export async function readDeclaration(api: TestApi, token: string, id: string): Promise<DeclarationView> {
  const answer = await api.request<{ wageDeclaration: DeclarationView }>(
    `query($id: ID!) { wageDeclaration(id: $id) { ${DECLARATION_FIELDS} } }`,
    { id },
    token,
  );
  if (!answer.data?.wageDeclaration) throw new Error(`wageDeclaration failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.wageDeclaration;
}

/** Waits until the declaration's controls have finished (its status is no longer PENDING). */
export function controlled(api: TestApi, token: string, id: string): Promise<DeclarationView> {
  return eventually(
    async () => {
      const view = await readDeclaration(api, token, id);
      return view.status === "PENDING" ? undefined : view;
    },
    10_000,
    `controls of ${id}`,
  );
}

/** Every row count that a declaration mutation may change, to show that a refused one wrote nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const row = await db.one<Record<string, number>>(sql`
    SELECT (SELECT count(*) FROM submission)::int AS submissions, (SELECT count(*) FROM wage_declaration)::int AS declarations,
      (SELECT count(*) FROM declaration_version)::int AS versions, (SELECT count(*) FROM wage_property)::int AS properties,
      (SELECT count(*) FROM financial_element)::int AS elements, (SELECT count(*) FROM status_event)::int AS events,
      (SELECT count(*) FROM ebox_message)::int AS messages, (SELECT count(*) FROM graphile_worker.jobs)::int AS jobs,
      (SELECT sum(version) FROM wage_declaration)::int AS "versionTokens"`);
  return row!;
}
