/**
 * Demo declarations: about sixty wage declarations over 2025 for the three
 * declarants, in every status, with their anomalies, status events and e-Box messages, so that
 * a fresh `npm start` shows a product in use.
 *
 * Made the way a user makes them, so that they follow the product's rules rather than a copy of
 * them: each declarant acts through DeclarationService and SubmissionService with a request
 * context of their own (their real grants), and the real controls (`runControls`, called
 * directly instead of through the job queue) decide the statuses, anomalies and messages.
 *
 * Deterministic like the rest of the demo (same rows, ids and timestamps on every fresh load),
 * although the services take ids from `gen_random_uuid()` and times from `now()`:
 * - Ids. For the duration of the load, inside its transaction, the `id` defaults of the tables
 *   the services write point at `flexi_demo_uuid('<table>:' || nextval(<per-table sequence>))`,
 *   a function computing the same name-based UUID as `demoUuid` in demo-data.ts; the n-th row a
 *   table receives is `demoUuid("<table>:n")`. Before the transaction ends the defaults are
 *   restored to `gen_random_uuid()` and the function and sequences dropped. DDL is transactional
 *   in PostgreSQL, so a failed load leaves none of it behind. Rewriting random ids afterwards was
 *   the alternative; it would have to chase every reference (the foreign keys do not cascade
 *   updates). Anomalies are renamed after their content (version, code, path) instead: the
 *   controls insert them in the row order of one UNION query, which the planner does not promise.
 *   The ALTER TABLEs lock those tables until the load commits (about a second): only another
 *   process started at the same moment notices, and it waits.
 * - Time. Within one transaction now() is a single instant, so after each step the rows it wrote
 *   still carry now(); `stamp` moves exactly those to the step's instant on the demo's timeline
 *   (a Brussels wall-clock time; PostgreSQL converts it, daylight saving included). Submissions
 *   are transmitted two days after their latest calculation date at 10:00, the late ones twelve
 *   days after (FAW-001). References are set explicitly (the service takes the year of now()).
 *   Status events are numbered in timeline order; events of one step are ordered by declaration.
 *
 * Left for the live product: benoit's last submission stays PENDING, and its controls job is
 * scheduled three minutes after the load (its versions' controls_requested_at too, so the
 * sweeper does not re-queue it earlier): someone who signs in right after `npm start` sees the
 * hourglasses turn into checks live. Every other controls job the services queued is completed
 * here, since the controls already ran.
 */
import type { Grant, Viewer } from "../auth/viewer";
import { RUN_CONTROLS_TASK } from "../controls/queue";
import { runControls } from "../controls/run-controls";
import type { Db } from "../db/db";
import { sql } from "../db/sql";
import { addDays, daysBetween, daysInMonth } from "../domain/dates";
import type { Language } from "../domain/language";
import type { RequestContext } from "../auth/request-context";
import type { DeclarationService } from "../modules/declarations/declaration.service";
import {
  FlexiWorkerType,
  type DeclarationInput,
  type PremiumInput,
  type PropertyInput,
} from "../modules/declarations/declaration.type";
import type { SubmissionService } from "../modules/submissions/submission.service";

/** The services the demo acts through; both use only the context's viewer and database. */
export interface DemoDeclarationServices {
  declarations: DeclarationService;
  submissions: SubmissionService;
}

export interface DemoDeclarationCounts {
  submissions: number;
  declarations: number;
}

// ---------------------------------------------------------------------------------------------
// The plan

type DeclarantLogin = "anna.declarant" | "benoit.declarant" | "gerda.declarant";

interface DeclarantSpec {
  /** Payslip references `<prefix>-<yyyymm>-<nnn>`, numbered as a payroll package would. */
  payslipPrefix: string;
  /** Gross hourly wage of the first relation, in cents; later ones vary by up to EUR 1.79. */
  hourlyCents: number;
  /** The properties ("Eigenschaften") of the i-th declaration, for a gross wage in cents. */
  properties(grossCents: number, i: number): PropertyInput[];
}

const BLUE = FlexiWorkerType.BLUE_COLLAR_050;
const WHITE = FlexiWorkerType.WHITE_COLLAR_450;

const DECLARANTS: Record<DeclarantLogin, DeclarantSpec> = {
  // Brasserie De Gouden Leeuw, class 017 (horeca): waiters (050), now and then reception (450).
  "anna.declarant": {
    payslipPrefix: "GL",
    hourlyCents: 1_450,
    properties: (gross, i) => [
      { employerClass: "017", workerType: i % 6 === 5 ? WHITE : BLUE, grossWage: money(gross), premiums: premiums(i) },
    ],
  },
  // Boulangerie Le Bon Pain, classes 058 (bakery) and 057 (food retail): some work in the
  // bakehouse and behind the counter, declared as two properties.
  "benoit.declarant": {
    payslipPrefix: "BP",
    hourlyCents: 1_380,
    properties: (gross, i) => {
      if (i % 4 !== 2)
        return [{ employerClass: "058", workerType: BLUE, grossWage: money(gross), premiums: premiums(i) }];
      const bakehouse = Math.round(gross * 0.6);
      return [
        { employerClass: "058", workerType: BLUE, grossWage: money(bakehouse), premiums: premiums(i) },
        { employerClass: "057", workerType: WHITE, grossWage: money(gross - bakehouse) },
      ];
    },
  },
  // Garage Eifel GmbH, class 064; its NSSO number is provisional, so everything is refused (00011-146).
  "gerda.declarant": {
    payslipPrefix: "GE",
    hourlyCents: 1_620,
    properties: (gross, i) => [
      { employerClass: "064", workerType: BLUE, grossWage: money(gross), premiums: premiums(i) },
    ],
  },
};

/** A one-off premium now and then, a monthly one less often. */
function premiums(i: number): PremiumInput[] | undefined {
  const list: PremiumInput[] = [];
  if (i % 5 === 1) list.push({ amount: "25.00", frequencyMonths: 0 });
  if (i % 7 === 3) list.push({ amount: "12.50", frequencyMonths: 1 });
  return list.length ? list : undefined;
}

/**
 * A declaration added on purpose to show a control: a baker's class at the brasserie
 * (00036-022, refused), or a period in a month without a FLX Dimona (00024-152, a warning).
 */
type Extra = "wrongClass" | "noDimona";

interface SubmissionPlan {
  login: DeclarantLogin;
  /** "YYYY-MM": the period searched in the wizard and the month of every calculation period. */
  month: string;
  /** Declarations for workers with a FLX Dimona period in that month. */
  count: number;
  /** onTime: transmitted 2 days after the latest calculation date; late: 12 days (FAW-001). */
  mode: "onTime" | "late" | "pending" | "draft";
  extra?: Extra;
  /** Only calculation periods ending by this date (nothing declared before it was worked). */
  until?: string;
}

/** The submissions, in the order of the timeline (the controls sort them anyway). */
const SUBMISSIONS: readonly SubmissionPlan[] = [
  { login: "benoit.declarant", month: "2025-01", count: 4, mode: "onTime" },
  { login: "anna.declarant", month: "2025-02", count: 5, mode: "onTime" },
  { login: "anna.declarant", month: "2025-04", count: 6, mode: "onTime", extra: "wrongClass" },
  { login: "gerda.declarant", month: "2025-04", count: 4, mode: "onTime" },
  { login: "benoit.declarant", month: "2025-05", count: 5, mode: "onTime", extra: "noDimona" },
  { login: "anna.declarant", month: "2025-06", count: 6, mode: "onTime", extra: "noDimona" },
  { login: "benoit.declarant", month: "2025-07", count: 6, mode: "onTime" },
  { login: "benoit.declarant", month: "2025-08", count: 3, mode: "late" },
  { login: "anna.declarant", month: "2025-09", count: 3, mode: "late" },
  { login: "anna.declarant", month: "2025-10", count: 6, mode: "onTime" },
  { login: "benoit.declarant", month: "2025-10", count: 5, mode: "onTime" },
  // Transmitted, controls still to come (see the module comment).
  { login: "benoit.declarant", month: "2025-12", count: 3, mode: "pending", until: "2025-12-16" },
  // The wizard left open on the overview step: two drafts, not transmitted.
  { login: "anna.declarant", month: "2025-12", count: 2, mode: "draft", until: "2025-12-18" },
];

/** A person's change to a transmitted declaration, named by its submission and position in it. */
interface ActionPlan {
  at: BrusselsTime;
  login: DeclarantLogin;
  month: string;
  index: number;
  /** extraHours, yearlyPremium: accepted modifications; wrongClass: a refused one (v1 stays in force). */
  change: "extraHours" | "yearlyPremium" | "wrongClass" | "delete";
}

const ACTIONS: readonly ActionPlan[] = [
  { at: "2025-11-24 14:10:00", login: "anna.declarant", month: "2025-10", index: 0, change: "extraHours" },
  { at: "2025-11-26 09:40:00", login: "anna.declarant", month: "2025-04", index: 1, change: "wrongClass" },
  { at: "2025-11-27 11:05:00", login: "benoit.declarant", month: "2025-10", index: 0, change: "yearlyPremium" },
  { at: "2025-12-01 10:30:00", login: "anna.declarant", month: "2025-02", index: 2, change: "delete" },
  { at: "2025-12-03 15:20:00", login: "benoit.declarant", month: "2025-07", index: 4, change: "delete" },
  // A refused declaration withdrawn: CANCELLED at once, without controls.
  { at: "2025-12-04 08:50:00", login: "gerda.declarant", month: "2025-04", index: 0, change: "delete" },
  { at: "2025-12-08 16:45:00", login: "anna.declarant", month: "2025-06", index: 2, change: "extraHours" },
];

/** Messages received before this are marked read the next morning; later ones are unread. */
const READ_BEFORE: BrusselsTime = "2025-11-15 00:00:00";

// ---------------------------------------------------------------------------------------------
// Time

/** A wall-clock time in Brussels, "YYYY-MM-DD HH:MM:SS"; PostgreSQL turns it into an instant. */
type BrusselsTime = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The time `seconds` after midnight of `date`. */
function brusselsTime(date: string, seconds: number): BrusselsTime {
  if (seconds < 0 || seconds >= 86_400) throw new RangeError(`demo declarations: ${seconds} s is not within a day`);
  return `${date} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** The same day's time `seconds` later (or earlier, when negative). */
function shift(time: BrusselsTime, seconds: number): BrusselsTime {
  const [h, m, s] = time.slice(11).split(":").map(Number) as [number, number, number];
  return brusselsTime(time.slice(0, 10), h * 3600 + m * 60 + s + seconds);
}

const TEN_O_CLOCK = 10 * 3600;
/** How long the controls take after a transmission or a change. */
const CONTROLS_SECONDS = 6;
/** Minutes the declarant spends per draft in the wizard before transmitting. */
const MINUTES_PER_DRAFT = 2;

/**
 * The timestamp columns the services fill with now(), per table: `stamp` moves those still at
 * now() to a step's instant. Keep in step with the tables (the spec's digest covers them).
 */
const STAMPED_COLUMNS: Record<string, readonly string[]> = {
  submission: ["created_at", "updated_at", "submitted_at"],
  wage_declaration: ["created_at", "updated_at", "submitted_at", "processed_at"],
  declaration_version: ["created_at", "submitted_at", "processed_at", "controls_requested_at"],
  status_event: ["at"],
  ebox_message: ["received_at"],
};

/** One statement: every column of STAMPED_COLUMNS still at now() gets the step's instant. */
const STAMP_UPDATES = Object.entries(STAMPED_COLUMNS)
  .map(([table, columns]) => {
    const set = columns.map((c) => `"${c}" = CASE WHEN "${c}" = now() THEN step.instant ELSE "${c}" END`).join(", ");
    const where = columns.map((c) => `"${c}"`).join(", ");
    return `stamp_${table} AS (UPDATE "${table}" SET ${set} FROM step WHERE now() IN (${where}))`;
  })
  .join(",\n  ");

async function stamp(tx: Db, time: BrusselsTime): Promise<void> {
  await tx.query(sql`
    WITH step AS (SELECT ${time}::timestamp AT TIME ZONE 'Europe/Brussels' AS instant),
    ${sql.raw(STAMP_UPDATES)}
    SELECT 1`);
}

// ---------------------------------------------------------------------------------------------
// Deterministic ids

/** The tables the services insert into with a uuid id (status_event is numbered by a counter). */
const ID_TABLES = [
  "submission",
  "wage_declaration",
  "declaration_version",
  "wage_property",
  "financial_element",
  "anomaly",
  "ebox_message",
] as const;
/** The default every id column has outside the load (the migrations' expression). */
const RANDOM_ID_DEFAULT = "gen_random_uuid()";

/**
 * `demoUuid` of demo-data.ts in SQL: the first 16 bytes of sha256("flexi-demo:" + name), with
 * the version (4) and variant bits of a random UUID.
 */
const DEMO_UUID_FUNCTION = `
  CREATE FUNCTION flexi_demo_uuid(name text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(set_byte(set_byte(h, 6, (get_byte(h, 6) & 15) | 64), 8, (get_byte(h, 8) & 63) | 128), 'hex')::uuid
    FROM (SELECT substring(sha256(convert_to('flexi-demo:' || name, 'UTF8')) FROM 1 FOR 16) AS h) AS x
  $$`;

async function useDemoIds(tx: Db): Promise<void> {
  await tx.query(sql.raw(DEMO_UUID_FUNCTION));
  for (const table of ID_TABLES) {
    await tx.query(sql.raw(`CREATE SEQUENCE "flexi_demo_${table}_seq"`));
    await tx.query(
      sql.raw(
        `ALTER TABLE "${table}" ALTER COLUMN "id" SET DEFAULT flexi_demo_uuid('${table}:' || nextval('flexi_demo_${table}_seq'))`,
      ),
    );
  }
}

async function restoreRandomIds(tx: Db): Promise<void> {
  // Anomalies named after what they say (see the module comment); nothing references them.
  await tx.query(
    sql`UPDATE anomaly SET id = flexi_demo_uuid('anomaly:' || version_id || ':' || code || ':' || coalesce(path, ''))`,
  );
  for (const table of ID_TABLES) {
    await tx.query(sql.raw(`ALTER TABLE "${table}" ALTER COLUMN "id" SET DEFAULT ${RANDOM_ID_DEFAULT}`));
    await tx.query(sql.raw(`DROP SEQUENCE "flexi_demo_${table}_seq"`));
  }
  await tx.query(sql.raw(`DROP FUNCTION flexi_demo_uuid(text)`));
}

// ---------------------------------------------------------------------------------------------
// Reading the demo data

interface PeriodRow {
  employerId: string;
  workerId: string;
  ssin: string;
  workerType: string;
  cancelled: boolean;
  start: string;
  end: string;
  plannedHours: string | null;
}

/** A calculation period chosen for a worker, with what the wage is computed from. */
interface Relation {
  workerId: string;
  start: string;
  end: string;
  hours: number;
}

const money = (cents: number): string => (cents / 100).toFixed(2);
const monthStart = (month: string): string => `${month}-01`;
const monthEnd = (month: string): string =>
  `${month}-${pad(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))}`;
const flexActive = (p: PeriodRow): boolean => p.workerType === "FLX" && !p.cancelled;

/**
 * Up to `count` workers with a FLX period of the employer in the month, one relation each (its
 * part inside the month), ordered by SSIN; workers the employer has not declared yet come first.
 */
function pickRelations(
  periods: readonly PeriodRow[],
  month: string,
  count: number,
  used: Set<string>,
  until: string | undefined,
): Relation[] {
  const first = monthStart(month);
  const last = until !== undefined && until < monthEnd(month) ? until : monthEnd(month);
  const byWorker = new Map<string, { period: PeriodRow; start: string; end: string }>();
  for (const p of periods) {
    if (!flexActive(p) || p.start > last || p.end < first || byWorker.has(p.workerId)) continue;
    const start = p.start > first ? p.start : first;
    const end = p.end < monthEnd(month) ? p.end : monthEnd(month);
    if (end > last) continue;
    byWorker.set(p.workerId, { period: p, start, end });
  }
  const candidates = [...byWorker.values()];
  const chosen = [
    ...candidates.filter((c) => !used.has(c.period.workerId)),
    ...candidates.filter((c) => used.has(c.period.workerId)),
  ]
    .slice(0, count)
    .sort((a, b) => (a.period.ssin < b.period.ssin ? -1 : 1));
  if (chosen.length < count)
    throw new Error(`demo declarations: only ${chosen.length} FLX relations in ${month}, ${count} planned`);
  return chosen.map(({ period, start, end }) => {
    used.add(period.workerId);
    // Per day: the hours planned in Dimona. Per quarter: two working days of 6 hours a week.
    const hours =
      period.plannedHours !== null
        ? Number(period.plannedHours)
        : Math.max(1, Math.round(((daysBetween(start, end) + 1) * 2) / 7)) * 6;
    return { workerId: period.workerId, start, end, hours };
  });
}

/**
 * A worker of the employer (a Dimona period with it, so the wizard accepts them) without a FLX
 * period in the first half of the month: declaring that half draws 00024-152.
 */
function pickWithoutDimona(periods: readonly PeriodRow[], month: string, taken: readonly Relation[]): Relation {
  const start = monthStart(month);
  const end = `${month}-15`;
  const covered = new Set(
    periods.filter((p) => flexActive(p) && p.start <= end && p.end >= start).map((p) => p.workerId),
  );
  // Someone who does work here as a flexi-jobber in 2025, only not that month.
  const candidate = periods.find(
    (p) =>
      flexActive(p) &&
      p.start.startsWith("2025-") &&
      !covered.has(p.workerId) &&
      !taken.some((t) => t.workerId === p.workerId),
  );
  if (!candidate) throw new Error(`demo declarations: no worker without a FLX period in ${month}`);
  return { workerId: candidate.workerId, start, end, hours: 18 };
}

interface Declarant {
  login: DeclarantLogin;
  spec: DeclarantSpec;
  employerId: string;
  ctx: RequestContext;
  periods: PeriodRow[];
  /** Workers declared so far, so that the demo spreads over the workforce. */
  used: Set<string>;
  /** Declarations so far: numbers the payslips and varies wages and properties. */
  made: number;
}

async function loadDeclarants(tx: Db): Promise<Map<DeclarantLogin, Declarant>> {
  const logins = Object.keys(DECLARANTS) as DeclarantLogin[];
  const users = await tx.query<{
    id: string;
    login: DeclarantLogin;
    displayName: string;
    language: Language | null;
  }>(sql`
    SELECT id, login, display_name AS "displayName", language FROM app_user WHERE login = ANY(${logins}::text[]) ORDER BY login`);
  const grants = await tx.query<{
    userId: string;
    employerId: string;
    permission: Grant["permission"];
    grantedAt: Date;
    employerLanguage: Language;
  }>(sql`
    SELECT g.user_id AS "userId", g.employer_id AS "employerId", g.permission, g.granted_at AS "grantedAt", e.language AS "employerLanguage"
    FROM access_grant g JOIN employer e ON e.id = g.employer_id
    WHERE g.user_id = ANY(${users.map((u) => u.id)}::uuid[]) ORDER BY g.granted_at, g.employer_id, g.permission`);
  const declarants = new Map<DeclarantLogin, Declarant>();
  for (const user of users) {
    const own = grants.filter((g) => g.userId === user.id);
    const employerId = own.find((g) => g.permission === "FLEXI_AT_WORK")?.employerId;
    if (!employerId) throw new Error(`demo declarations: ${user.login} may not declare for any employer`);
    const viewer: Viewer = {
      userId: user.id,
      sessionId: "demo-load",
      login: user.login,
      displayName: user.displayName,
      language: user.language ?? own[0]?.employerLanguage ?? "en",
      backOffice: false,
      ssin: null,
      grants: own.map((g) => ({ employerId: g.employerId, permission: g.permission, grantedAt: g.grantedAt })),
    };
    const periods = await tx.query<PeriodRow>(sql`
      SELECT p.employer_id AS "employerId", p.worker_id AS "workerId", w.ssin, p.worker_type AS "workerType", p.cancelled,
        p.start_date AS "start", COALESCE(p.end_date, p.start_date) AS "end", p.planned_hours AS "plannedHours"
      FROM dimona_period p JOIN worker w ON w.id = p.worker_id
      WHERE p.employer_id = ${employerId}
      ORDER BY w.ssin, p.start_date, p.period_id`);
    declarants.set(user.login, {
      login: user.login,
      spec: DECLARANTS[user.login],
      employerId,
      periods,
      used: new Set(),
      made: 0,
      ctx: { viewer, tokenRejected: false, db: tx },
    });
  }
  for (const login of logins)
    if (!declarants.has(login)) throw new Error(`demo declarations: the user ${login} is missing`);
  return declarants;
}

function declarantOf(declarants: Map<DeclarantLogin, Declarant>, login: DeclarantLogin): Declarant {
  const declarant = declarants.get(login);
  if (!declarant) throw new Error(`demo declarations: the user ${login} is missing`);
  return declarant;
}

/** The wizard's form for one relation, filled in as the declarant's payroll would. */
function declarationInput(
  declarant: Declarant,
  relation: Relation,
  month: string,
  extra: Extra | undefined,
): DeclarationInput {
  const i = declarant.made++;
  const rate = declarant.spec.hourlyCents + ((i * 37) % 180);
  const properties = declarant.spec.properties(Math.round(relation.hours * rate), i);
  if (extra === "wrongClass") for (const p of properties) p.employerClass = "058";
  return {
    workerId: relation.workerId,
    payslipReference: `${declarant.spec.payslipPrefix}-${month.replace("-", "")}-${pad(i + 1, 3)}`,
    calculationPeriod: { start: relation.start, end: relation.end },
    calculationDate: relation.end,
    properties,
  };
}

// ---------------------------------------------------------------------------------------------
// Loading

/** A transmitted submission's declarations, with the input each was made from, in plan order. */
interface Made {
  login: DeclarantLogin;
  month: string;
  declarations: { id: string; input: DeclarationInput }[];
}

/**
 * Makes the demo declarations inside the demo load's transaction (see the module comment).
 * Expects the demo employers, workers, Dimona periods, users and grants to be there.
 */
export async function loadDemoDeclarations(tx: Db, services: DemoDeclarationServices): Promise<DemoDeclarationCounts> {
  await useDemoIds(tx);
  const declarants = await loadDeclarants(tx);
  const today = await brusselsToday(tx);

  // The plan, made concrete: who is declared when, and when each submission is transmitted.
  const submissions = SUBMISSIONS.map((plan) => {
    const declarant = declarantOf(declarants, plan.login);
    const relations = pickRelations(declarant.periods, plan.month, plan.count, declarant.used, plan.until);
    // The extra declaration comes last: positions 0 to count - 1 are the regular ones.
    if (plan.extra === "wrongClass")
      relations.push(...pickRelations(declarant.periods, plan.month, 1, declarant.used, plan.until));
    if (plan.extra === "noDimona") relations.push(pickWithoutDimona(declarant.periods, plan.month, relations));
    const inputs = relations.map((r, i) =>
      declarationInput(declarant, r, plan.month, i >= plan.count ? plan.extra : undefined),
    );
    const latest = relations.reduce((max, r) => (r.end > max ? r.end : max), relations[0]!.end);
    const transmitted =
      plan.mode === "draft"
        ? brusselsTime(addDays(plan.until ?? latest, 1), 9 * 3600 + 30 * 60)
        : brusselsTime(addDays(latest, plan.mode === "late" ? 12 : 2), TEN_O_CLOCK);
    return { plan, declarant, inputs, transmitted };
  });

  const made: Made[] = [];
  let reference = 0;
  let pendingJobs: string[] = [];
  const steps: { at: BrusselsTime; run: () => Promise<void> }[] = [];
  for (const s of submissions) {
    steps.push({
      at: s.transmitted,
      run: async () => {
        const { plan, declarant, inputs } = s;
        const minutesBefore = (m: number): BrusselsTime => shift(s.transmitted, -m * 60);
        const ctx = declarant.ctx;

        const submission = await services.submissions.create(ctx, {
          employerId: declarant.employerId,
          from: monthStart(plan.month),
          to: monthEnd(plan.month),
        });
        await stamp(tx, minutesBefore((inputs.length + 1) * MINUTES_PER_DRAFT));
        const declarations: Made["declarations"] = [];
        for (const [i, input] of inputs.entries()) {
          const declaration = await services.declarations.addDraft(ctx, { ...input, submissionId: submission.id });
          await stamp(tx, minutesBefore((inputs.length - i) * MINUTES_PER_DRAFT));
          declarations.push({ id: declaration.id, input });
        }
        if (plan.mode === "draft") return;

        const jobsBefore = plan.mode === "pending" ? await controlJobs(tx) : [];
        await services.submissions.submit(ctx, submission.id, `demo-${plan.login}-${plan.month}`);
        reference += 1;
        await tx.query(
          sql`UPDATE submission SET reference = ${`FAW-${s.transmitted.slice(0, 4)}-${pad(reference, 8)}`} WHERE id = ${submission.id}`,
        );
        await stamp(tx, s.transmitted);
        if (plan.mode === "pending") {
          pendingJobs = (await controlJobs(tx)).filter((id) => !jobsBefore.includes(id));
          return;
        }
        await runControls(tx, await pendingVersions(tx, submission.id));
        await stamp(tx, shift(s.transmitted, CONTROLS_SECONDS));
        made.push({ login: plan.login, month: plan.month, declarations });
      },
    });
  }
  for (const action of ACTIONS) {
    steps.push({
      at: action.at,
      run: async () => {
        const declarant = declarantOf(declarants, action.login);
        const target = made.find((m) => m.login === action.login && m.month === action.month)?.declarations[
          action.index
        ];
        if (!target)
          throw new Error(`demo declarations: nothing to change at ${action.login} ${action.month} #${action.index}`);
        const { version } = await services.declarations.get(declarant.ctx, target.id);
        if (action.change === "delete") await services.declarations.delete(declarant.ctx, target.id, version);
        else
          await services.declarations.modify(declarant.ctx, target.id, version, changed(target.input, action.change));
        await stamp(tx, action.at);
        // A withdrawal is final at once; anything else waits for the controls.
        const pending = await tx.query<{ id: string }>(sql`
          SELECT v.id FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id AND v.number = d.newest_version
          WHERE d.id = ${target.id} AND v.status = 'PENDING'`);
        if (pending.length === 0) return;
        await runControls(
          tx,
          pending.map((p) => p.id),
        );
        await stamp(tx, shift(action.at, CONTROLS_SECONDS));
      },
    });
  }
  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const step of steps) await step.run();
  // After the timeline, so that its rows keep their names (ids are numbered in insertion order).
  const story = await tellEvasStory(tx, services, declarants, today);

  await settleJobs(tx, pendingJobs);
  await numberEventsInTimelineOrder(tx);
  await tx.query(sql`
    UPDATE ebox_message SET read_at = received_at + interval '22 hours'
    WHERE received_at < ${READ_BEFORE}::timestamp AT TIME ZONE 'Europe/Brussels'`);
  await restoreRandomIds(tx);

  return {
    submissions: SUBMISSIONS.length + story,
    declarations: SUBMISSIONS.reduce((n, s) => n + s.count + (s.extra ? 1 : 0), 0) + story,
  };
}

// ---------------------------------------------------------------------------------------------
// Eva's story

/**
 * Eva Claes (eva.worker) sees flexi income in the current year and the one before, whatever
 * the day of the load: the bakery and the brasserie declare her pay in months counted from
 * today in Brussels (the 2025 timeline above is fixed). This year the bakery brings her close to
 * the tax-free ceiling (87 % of it, the brasserie another 6 %); last year both declared a few
 * months. Only complete days up to two days ago are declared, each transmitted the next day at
 * 18:00, so nothing lies in the future; on 1 and 2 January the current year has nothing yet.
 * Deterministic for a given day. Payslip references `<prefix>-E-<yyyymm>` and submission
 * references from {@link STORY_REFERENCE_BASE} set these declarations apart from the timeline's.
 */
export interface StoryDeclaration {
  login: "anna.declarant" | "benoit.declarant";
  start: string;
  end: string;
  cents: number;
}

/** Story submissions are numbered from here within their year, apart from the timeline's. */
export const STORY_REFERENCE_BASE = 9_000;

const STORY_CLASS: Record<StoryDeclaration["login"], string> = {
  "anna.declarant": "017",
  "benoit.declarant": "058",
};

function monthOf(year: number, month: number): { start: string; end: string } {
  const m = `${year}-${pad(month)}`;
  return { start: monthStart(m), end: monthEnd(m) };
}

/** What is declared for Eva, given today (Brussels) and the ceiling of the current year (cents). */
export function evasStory(today: string, ceilingCents: number): StoryDeclaration[] {
  const year = Number(today.slice(0, 4));
  const lastDay = addDays(today, -2);
  const plan: StoryDeclaration[] = [
    ...[3, 5, 9, 11].map((m) => ({
      login: "benoit.declarant" as const,
      ...monthOf(year - 1, m),
      cents: 91_000 + m * 1_250,
    })),
    ...[4, 7, 10].map((m) => ({
      login: "anna.declarant" as const,
      ...monthOf(year - 1, m),
      cents: 64_500 + m * 1_100,
    })),
  ];
  const months: { start: string; end: string }[] = [];
  for (let m = 1; m <= 12; m++) {
    const period = monthOf(year, m);
    if (period.start > lastDay) break;
    months.push({ start: period.start, end: period.end < lastDay ? period.end : lastDay });
  }
  if (months.length === 0) return plan;
  const bakery = Math.round(ceilingCents * 0.87);
  const share = Math.floor(bakery / months.length);
  months.forEach((period, i) =>
    plan.push({
      login: "benoit.declarant",
      ...period,
      cents: i === months.length - 1 ? bakery - share * (months.length - 1) : share,
    }),
  );
  plan.push({ login: "anna.declarant", ...months[0]!, cents: Math.round(ceilingCents * 0.06) });
  return plan;
}

async function brusselsToday(tx: Db): Promise<string> {
  const row = await tx.one<{ today: string }>(
    sql`SELECT to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS "today"`,
  );
  return row!.today;
}

/** Makes Eva's story through the declarants' services; returns how many declarations (one submission each). */
async function tellEvasStory(
  tx: Db,
  services: DemoDeclarationServices,
  declarants: Map<DeclarantLogin, Declarant>,
  today: string,
): Promise<number> {
  const eva = await tx.one<{ id: string }>(
    sql`SELECT w.id FROM app_user u JOIN worker w ON w.ssin = u.ssin WHERE u.login = 'eva.worker'`,
  );
  if (!eva) throw new Error("demo declarations: the worker of eva.worker is missing");
  const year = Number(today.slice(0, 4));
  // The current year's ceiling, or the latest one set before it.
  const ceiling = await tx.one<{ cents: string }>(
    sql`SELECT amount_cents AS "cents" FROM flexi_ceiling WHERE year <= ${year} ORDER BY year DESC LIMIT 1`,
  );
  const story = evasStory(today, Number(ceiling?.cents ?? 1_800_000));
  const numbers = new Map<string, number>();
  for (const item of story) {
    const declarant = declarantOf(declarants, item.login);
    const at = brusselsTime(addDays(item.end, 1), 18 * 3600);
    const submission = await services.submissions.create(declarant.ctx, {
      employerId: declarant.employerId,
      from: item.start,
      to: item.end,
    });
    await stamp(tx, shift(at, -4 * 60));
    const month = item.start.slice(0, 7).replace("-", "");
    await services.declarations.addDraft(declarant.ctx, {
      submissionId: submission.id,
      workerId: eva.id,
      payslipReference: `${declarant.spec.payslipPrefix}-E-${month}`,
      calculationPeriod: { start: item.start, end: item.end },
      calculationDate: item.end,
      properties: [{ employerClass: STORY_CLASS[item.login], workerType: BLUE, grossWage: money(item.cents) }],
    });
    await stamp(tx, shift(at, -2 * 60));
    await services.submissions.submit(declarant.ctx, submission.id, `demo-eva-${item.login}-${month}`);
    const referenceYear = at.slice(0, 4);
    const number = (numbers.get(referenceYear) ?? STORY_REFERENCE_BASE) + 1;
    numbers.set(referenceYear, number);
    await tx.query(
      sql`UPDATE submission SET reference = ${`FAW-${referenceYear}-${pad(number, 8)}`} WHERE id = ${submission.id}`,
    );
    await stamp(tx, at);
    await runControls(tx, await pendingVersions(tx, submission.id));
    await stamp(tx, shift(at, CONTROLS_SECONDS));
  }
  return story.length;
}

/** The new content of a modification. */
function changed(input: DeclarationInput, change: ActionPlan["change"]): DeclarationInput {
  const properties = input.properties.map((p) => ({ ...p, premiums: p.premiums ? [...p.premiums] : p.premiums }));
  const first = properties[0];
  if (!first) throw new Error("demo declarations: a declaration without properties");
  if (change === "extraHours") {
    // Hours worked but left off the payslip: 3 more hours at about the same rate.
    first.grossWage = money(Math.round(Number(first.grossWage ?? "0") * 100) + 3 * 1_500);
  } else if (change === "yearlyPremium") {
    first.premiums = [...(first.premiums ?? []), { amount: "60.00", frequencyMonths: 12 }];
  } else if (change === "wrongClass") {
    first.employerClass = "058";
  }
  return { ...input, properties };
}

/** Ids of the controls jobs now queued, as text (bigint). */
async function controlJobs(tx: Db): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    sql`SELECT id::text AS id FROM graphile_worker.jobs WHERE task_identifier = ${RUN_CONTROLS_TASK} ORDER BY id`,
  );
  return rows.map((r) => r.id);
}

async function pendingVersions(tx: Db, submissionId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(sql`
    SELECT v.id FROM declaration_version v JOIN wage_declaration d ON d.id = v.declaration_id
    WHERE d.submission_id = ${submissionId} AND v.status = 'PENDING' ORDER BY v.id`);
  return rows.map((r) => r.id);
}

/**
 * The controls jobs the services queued: those whose controls ran here are done (completed,
 * through graphile-worker's own function); the pending submission's job runs three minutes after
 * the load, and its versions say they were requested then.
 */
async function settleJobs(tx: Db, pendingJobs: readonly string[]): Promise<void> {
  if (pendingJobs.length === 0) throw new Error("demo declarations: the pending submission queued no controls job");
  await tx.query(sql`
    SELECT graphile_worker.complete_jobs(array_agg(id)) FROM graphile_worker.jobs
    WHERE task_identifier = ${RUN_CONTROLS_TASK} AND created_at = now() AND NOT (id = ANY(${[...pendingJobs]}::bigint[]))`);
  await tx.query(
    sql`SELECT graphile_worker.reschedule_jobs(${[...pendingJobs]}::bigint[], run_at := now() + interval '3 minutes')`,
  );
  await tx.query(sql`
    UPDATE declaration_version SET controls_requested_at = now() + interval '3 minutes'
    WHERE status = 'PENDING' AND controls_requested_at IS NOT NULL`);
}

/**
 * Status events numbered by time, and within one instant (one statement wrote them) by
 * declaration: the same numbers on every load, whatever order a statement returned rows in.
 * A permutation of the numbers taken, so the event counter stays right.
 */
async function numberEventsInTimelineOrder(tx: Db): Promise<void> {
  await tx.query(sql`
    UPDATE status_event e SET seq = -o.seq
    FROM (SELECT seq AS old, min(seq) OVER () - 1 + row_number() OVER (ORDER BY "at", declaration_id, version_number) AS seq FROM status_event) o
    WHERE e.seq = o.old`);
  await tx.query(sql`UPDATE status_event SET seq = -seq WHERE seq < 0`);
}
