/**
 * The lists `npm run bench` measures three ways: through the API, through the raw-SQL baseline
 * (bench/baseline-server.ts, the same JSON as the API) and through PostGraphile (bench/peer.ts):
 * (a), (b) and every other root list of the API with one nested relation. Each comparison holds the
 * API's query, the baseline's route, PostGraphile's equivalent query, and how PostGraphile's answer
 * maps onto the API's shape (its field names, money in cents, instants with microseconds), so
 * that the bench can check that the three hold the same rows in the same order before measuring.
 *
 * Orders are total in all three (the id breaks ties, in the direction of the API's last key, as
 * db/page.ts adds it). The API keeps its sign-in and tenancy: each list is read as a user who sees
 * it; PostGraphile has no tenancy, so it gets the condition that the API's rule (access/parties.ts)
 * comes to for that user.
 */
import { formatMoney } from "../server/src/domain/money";
import { LIST_BENCHES } from "./list-queries";

/** Who reads a list through the API: the declarant of employer 0, or the back office. */
export type Role = "declarant" | "backOffice";

export type Language = "nl" | "fr" | "de" | "en";

export interface ListContext {
  /** Employer 0, whose declarant reads the employer-scoped lists. */
  employerId: string;
  /** The declarant's language (the API answers e-Box subjects in it). */
  language: Language;
}

export interface Comparison {
  /** The name of `--only=`. */
  key: string;
  title: string;
  role: Role;
  /** The API's query; `$employerId` is the only variable, when it declares it. */
  api: string;
  /** The baseline's route (POST with the ListContext as body). */
  baselinePath: string;
  peer(context: ListContext): string;
  /** PostGraphile's answer in the API's shape: `{ data: { <api field>: { nodes } } }`. */
  peerToApi(answer: unknown): unknown;
}

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`expected an object, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value as Json;
}

/** The nodes of a connection field of an object. */
function nodesOf(parent: unknown, field: string): Json[] {
  const connection = obj(obj(parent)[field]);
  const nodes = connection.nodes;
  if (!Array.isArray(nodes)) throw new Error(`${field} has no nodes`);
  return nodes.map(obj);
}

/** The root list of a PostGraphile answer. */
function rootNodes(answer: unknown, field: string): Json[] {
  const parsed = obj(answer);
  if (parsed.errors) throw new Error(`PostGraphile answered errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
  return nodesOf(parsed.data, field);
}

/** PostGraphile's Datetime (microseconds, +00:00) as the API's DateTime (milliseconds, Z). */
function instant(value: unknown): string | null {
  return value === null ? null : new Date(String(value)).toISOString();
}

function money(cents: unknown): string {
  return formatMoney(Number(cents));
}

function apiAnswer(field: string, nodes: unknown[]): unknown {
  return { data: { [field]: { nodes } } };
}

const WORKER_NAMES = (w: Json) => ({ ssin: w.ssin, firstName: w.firstName, lastName: w.lastName });

const a: Comparison = {
  key: "a",
  title: "50 newest declarations of the employer with their worker (declarant)",
  role: "declarant",
  api: LIST_BENCHES.a.query,
  baselinePath: LIST_BENCHES.a.baselinePath,
  peer: () => `query PeerA($employerId: UUID!) {
  allWageDeclarations(first: 50, condition: { employerId: $employerId }, orderBy: [UPDATED_AT_DESC, PRIMARY_KEY_DESC]) {
    nodes { rowId status totalCents calculationDate workerByWorkerId { ssin firstName lastName } }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "wageDeclarations",
      rootNodes(answer, "allWageDeclarations").map((d) => ({
        id: d.rowId,
        status: d.status,
        total: money(d.totalCents),
        calculationDate: d.calculationDate,
        worker: WORKER_NAMES(obj(d.workerByWorkerId)),
      })),
    ),
};

const b: Comparison = {
  key: "b",
  title: "(a) with the employer's name and the worker's Dimona periods at the employer (declarant)",
  role: "declarant",
  api: LIST_BENCHES.b.query,
  baselinePath: LIST_BENCHES.b.baselinePath,
  peer: () => `query PeerB($employerId: UUID!) {
  allWageDeclarations(first: 50, condition: { employerId: $employerId }, orderBy: [UPDATED_AT_DESC, PRIMARY_KEY_DESC]) {
    nodes {
      rowId status totalCents calculationDate
      employerByEmployerId { name }
      workerByWorkerId {
        ssin firstName lastName
        dimonaPeriodsByWorkerId(condition: { employerId: $employerId }, orderBy: [START_DATE_DESC, PRIMARY_KEY_ASC]) {
          nodes { periodId startDate endDate }
        }
      }
    }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "wageDeclarations",
      rootNodes(answer, "allWageDeclarations").map((d) => {
        const worker = obj(d.workerByWorkerId);
        return {
          id: d.rowId,
          status: d.status,
          total: money(d.totalCents),
          calculationDate: d.calculationDate,
          employer: { name: obj(d.employerByEmployerId).name },
          worker: {
            ...WORKER_NAMES(worker),
            dimonaPeriods: nodesOf(worker, "dimonaPeriodsByWorkerId").map((p) => ({
              periodId: p.periodId,
              startDate: p.startDate,
              endDate: p.endDate,
            })),
          },
        };
      }),
    ),
};

/** The back office sees every worker; a declarant's workers are an EXISTS over two tables that Amber's conditions cannot say. */
const workers: Comparison = {
  key: "workers",
  title: "50 newest workers with all their Dimona periods (back office)",
  role: "backOffice",
  api: `query BenchWorkers {
  workers(first: 50) {
    nodes { id ssin firstName lastName birthDate dimonaPeriods { periodId startDate endDate } }
  }
}`,
  baselinePath: "/workers",
  peer: () => `query PeerWorkers {
  allWorkers(first: 50, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) {
    nodes {
      rowId ssin firstName lastName birthDate
      dimonaPeriodsByWorkerId(orderBy: [START_DATE_DESC, PRIMARY_KEY_ASC]) { nodes { periodId startDate endDate } }
    }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "workers",
      rootNodes(answer, "allWorkers").map((w) => ({
        id: w.rowId,
        ...WORKER_NAMES(w),
        birthDate: w.birthDate,
        dimonaPeriods: nodesOf(w, "dimonaPeriodsByWorkerId").map((p) => ({
          periodId: p.periodId,
          startDate: p.startDate,
          endDate: p.endDate,
        })),
      })),
    ),
};

const dimona: Comparison = {
  key: "dimona",
  title: "50 newest Dimona periods of the employer with their worker (declarant)",
  role: "declarant",
  api: `query BenchDimona {
  dimonaPeriods(first: 50) {
    nodes { id periodId workerType startDate endDate cancelled worker { ssin firstName lastName } }
  }
}`,
  baselinePath: "/dimona",
  peer: () => `query PeerDimona($employerId: UUID!) {
  allDimonaPeriods(first: 50, condition: { employerId: $employerId }, orderBy: [START_DATE_DESC, PRIMARY_KEY_DESC]) {
    nodes { rowId periodId workerType startDate endDate cancelled workerByWorkerId { ssin firstName lastName } }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "dimonaPeriods",
      rootNodes(answer, "allDimonaPeriods").map((p) => ({
        id: p.rowId,
        periodId: p.periodId,
        workerType: p.workerType,
        startDate: p.startDate,
        endDate: p.endDate,
        cancelled: p.cancelled,
        worker: WORKER_NAMES(obj(p.workerByWorkerId)),
      })),
    ),
};

const subjectField = (language: Language) => `subject${language[0]!.toUpperCase()}${language[1]}`;

const ebox: Comparison = {
  key: "ebox",
  title: "50 newest e-Box messages of the employer with their submission (declarant)",
  role: "declarant",
  api: `query BenchEbox {
  eboxMessages(first: 50) {
    nodes { id type subject receivedAt readAt submission { reference } }
  }
}`,
  baselinePath: "/ebox",
  peer: (context) => `query PeerEbox($employerId: UUID!) {
  allEboxMessages(first: 50, condition: { employerId: $employerId }, orderBy: [RECEIVED_AT_DESC, PRIMARY_KEY_DESC]) {
    nodes { rowId type subject: ${subjectField(context.language)} receivedAt readAt submissionBySubmissionId { reference } }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "eboxMessages",
      rootNodes(answer, "allEboxMessages").map((m) => ({
        id: m.rowId,
        type: m.type,
        subject: m.subject,
        receivedAt: instant(m.receivedAt),
        readAt: instant(m.readAt),
        submission:
          m.submissionBySubmissionId === null ? null : { reference: obj(m.submissionBySubmissionId).reference },
      })),
    ),
};

/** The back office (every transmitted submission): a declarant's employer has only ten. */
const submissions: Comparison = {
  key: "submissions",
  title: "50 newest transmitted submissions with their employer (back office)",
  role: "backOffice",
  api: `query BenchSubmissions {
  submissions(first: 50) {
    nodes { id status reference period { start end } submittedAt employer { name } }
  }
}`,
  baselinePath: "/submissions",
  peer: () => `query PeerSubmissions {
  allSubmissions(first: 50, condition: { status: "SUBMITTED" }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) {
    nodes { rowId status reference periodStart periodEnd submittedAt employerByEmployerId { name } }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "submissions",
      rootNodes(answer, "allSubmissions").map((s) => ({
        id: s.rowId,
        status: s.status,
        reference: s.reference,
        period: { start: s.periodStart, end: s.periodEnd },
        submittedAt: instant(s.submittedAt),
        employer: { name: obj(s.employerByEmployerId).name },
      })),
    ),
};

const audit: Comparison = {
  key: "audit",
  title: "50 newest audit entries about the employer with their actor (declarant)",
  role: "declarant",
  api: `query BenchAudit {
  auditEntries(first: 50) {
    nodes { id action entityType entityId at actor { login displayName } }
  }
}`,
  baselinePath: "/audit",
  peer: () => `query PeerAudit($employerId: UUID!) {
  allAuditEntries(first: 50, condition: { employerId: $employerId }, orderBy: [AT_DESC, PRIMARY_KEY_DESC]) {
    nodes { rowId action entityType entityId at appUserByActorId { login displayName } }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "auditEntries",
      rootNodes(answer, "allAuditEntries").map((e) => {
        const actor = obj(e.appUserByActorId);
        return {
          id: e.rowId,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          at: instant(e.at),
          actor: { login: actor.login, displayName: actor.displayName },
        };
      }),
    ),
};

/**
 * The back office, by name (PostGraphile orders only by indexed columns, and employer.created_at,
 * the API's default order, has no index). Employer.users is one entry per user with a right
 * there; PostGraphile gives one per grant, so the check merges them (ordered as the API does).
 */
const employers: Comparison = {
  key: "employers",
  title: "first 50 employers by name with their users (back office)",
  role: "backOffice",
  api: `query BenchEmployers {
  employers(first: 50, orderBy: [NAME_ASC]) {
    nodes { id name enterpriseNumber language users { login displayName } }
  }
}`,
  baselinePath: "/employers",
  peer: () => `query PeerEmployers {
  allEmployers(first: 50, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) {
    nodes {
      rowId name enterpriseNumber language
      accessGrantsByEmployerId { nodes { appUserByUserId { rowId login displayName } } }
    }
  }
}`,
  peerToApi: (answer) =>
    apiAnswer(
      "employers",
      rootNodes(answer, "allEmployers").map((e) => {
        const users = new Map<string, { login: string; displayName: unknown; id: string }>();
        for (const grant of nodesOf(e, "accessGrantsByEmployerId")) {
          const user = obj(grant.appUserByUserId);
          users.set(String(user.rowId), {
            id: String(user.rowId),
            login: String(user.login),
            displayName: user.displayName,
          });
        }
        const ordered = [...users.values()].sort((x, y) =>
          x.login.toLowerCase() === y.login.toLowerCase()
            ? x.id.localeCompare(y.id)
            : x.login.toLowerCase() < y.login.toLowerCase()
              ? -1
              : 1,
        );
        return {
          id: e.rowId,
          name: e.name,
          enterpriseNumber: e.enterpriseNumber,
          language: String(e.language).toUpperCase(),
          users: ordered.map((u) => ({ login: u.login, displayName: u.displayName })),
        };
      }),
    ),
};

export const COMPARISONS: readonly Comparison[] = [a, b, workers, dimona, ebox, submissions, audit, employers];
