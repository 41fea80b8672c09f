/**
 * The demo data set: four employers, 300 workers, about 2,500 Dimona periods over 2025 and 2026,
 * and six sign-ins, one per role (docs/architecture.md#data-model, docs/domain-rules.md#access-rights, docs/domain-rules.md#dimona, docs/domain-rules.md#identifiers); then, made through the
 * services as the declarants, about sixty declarations in every status (demo-declarations.ts).
 *
 * Deterministic on purpose: a seeded PRNG draws every choice, ids are name-based UUIDs and
 * timestamps are fixed, so two loads give the same rows, ids included (screenshots, bug
 * reports and e2e tests can name a record). Nothing here reads the clock or Math.random.
 * Only the password hashes differ between loads (argon2id salts them), and the time the pending
 * demo submission's controls are due: three minutes after the load, on purpose.
 */
import { createHash } from "node:crypto";
import { hashPassword } from "../auth/passwords";
import type { PermissionCode } from "../auth/permissions";
import type { Db } from "../db/db";
import { sql, type Sql } from "../db/sql";
import { addDays, daysBetween, quarterOf } from "../domain/dates";
import { makeEnterpriseNumber } from "../domain/enterprise-number";
import type { Language, LanguageCode } from "../domain/language";
import { makeNssoNumber } from "../domain/nsso-number";
import { makeSsin, parseSsin } from "../domain/ssin";
import { DeclarationService } from "../modules/declarations/declaration.service";
import { SubmissionService } from "../modules/submissions/submission.service";
import { loadDemoDeclarations } from "./demo-declarations";

/** One row of the README's sign-in table. */
export interface DemoUser {
  role: string;
  employer: string;
  login: string;
  password: string;
}

/** Password of every demo sign-in. */
const DEMO_PASSWORD = "flexi-demo";

// ---------------------------------------------------------------------------------------------
// Employers

type EmployerKey = "horeca" | "bakery" | "garage" | "grocery";

interface EmployerSpec {
  key: EmployerKey;
  name: string;
  /** Base of the KBO number: its first 8 digits, the leading 0 included (6_612_345 → 0661.234.5xx). */
  kboBase: number;
  /** Base of the NSSO number (without check digits). */
  nssoBase: number;
  provisional: boolean;
  language: LanguageCode;
  classes: string[];
  /** Joint committee declared in Dimona: 302 for horeca, XXX for other sectors (docs/domain-rules.md#joint-committees). */
  jointCommittee: "302" | "XXX";
  /** Share of the workers who work here first; the rest come as second jobs. */
  primaryWeight: number;
  /** Share of relations declared per day (oral contract) rather than per quarter. */
  perDayShare: number;
  /** Weekdays (0 = Monday) on which per-day work happens. */
  weekdays: readonly number[];
  /** Start hours "HH:MM" of per-day work. */
  startHours: readonly string[];
  createdAt: string;
}

const EMPLOYERS: readonly EmployerSpec[] = [
  {
    key: "horeca",
    name: "Brasserie De Gouden Leeuw",
    kboBase: 6_612_345,
    nssoBase: 1_234_567,
    provisional: false,
    language: "nl",
    classes: ["017"],
    jointCommittee: "302",
    primaryWeight: 0.36,
    perDayShare: 0.85,
    weekdays: [3, 4, 5, 6],
    startHours: ["11:00", "11:30", "12:00", "17:00", "17:30", "18:00"],
    createdAt: "2024-11-04T09:15:00Z",
  },
  {
    key: "bakery",
    name: "Boulangerie Le Bon Pain",
    kboBase: 4_527_196,
    nssoBase: 876_543,
    provisional: false,
    language: "fr",
    classes: ["058", "057"],
    jointCommittee: "XXX",
    primaryWeight: 0.26,
    perDayShare: 0.6,
    weekdays: [4, 5, 6],
    startHours: ["05:30", "06:00", "07:00", "08:00"],
    createdAt: "2024-11-05T10:40:00Z",
  },
  {
    key: "garage",
    name: "Garage Eifel GmbH",
    kboBase: 7_984_210,
    nssoBase: 51_482_907,
    provisional: true,
    language: "de",
    classes: ["064"],
    jointCommittee: "XXX",
    primaryWeight: 0.2,
    perDayShare: 0.3,
    weekdays: [0, 1, 2, 3, 4, 5],
    startHours: ["07:30", "08:00", "08:30", "13:00"],
    createdAt: "2024-11-12T14:05:00Z",
  },
  {
    key: "grocery",
    name: "Épicerie du Coin",
    kboBase: 5_830_472,
    nssoBase: 1_502_218,
    provisional: false,
    language: "fr",
    classes: ["057"],
    jointCommittee: "XXX",
    primaryWeight: 0.18,
    perDayShare: 0.5,
    weekdays: [0, 1, 2, 3, 4, 5, 6],
    startHours: ["08:00", "09:00", "12:00", "14:00", "15:00"],
    createdAt: "2024-11-18T08:30:00Z",
  },
];

function employerSpec(key: EmployerKey): EmployerSpec {
  const spec = EMPLOYERS.find((e) => e.key === key);
  if (!spec) throw new Error(`no demo employer ${key}`);
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Users

interface UserSpec {
  login: string;
  displayName: string;
  role: "declarant" | "access administrator" | "back office" | "worker";
  /** Shown in the README's employer column. */
  employerText: string;
  /** Null: follows the employer's language. */
  language: Language | null;
  backOffice: boolean;
  /** Set for the worker who follows their own flexi income. */
  ownSsin: boolean;
  grants: ReadonlyArray<{ employer: EmployerKey; permission: PermissionCode }>;
  createdAt: string;
}

const USERS: readonly UserSpec[] = [
  {
    login: "anna.declarant",
    displayName: "Anna Peeters",
    role: "declarant",
    employerText: employerSpec("horeca").name,
    language: null,
    backOffice: false,
    ownSsin: false,
    createdAt: "2025-01-06T08:00:00Z",
    grants: [
      { employer: "horeca", permission: "DIMONA_CONSULTATION" },
      { employer: "horeca", permission: "FLEXI_AT_WORK" },
    ],
  },
  {
    login: "benoit.declarant",
    displayName: "Benoît Dubois",
    role: "declarant",
    employerText: employerSpec("bakery").name,
    language: null,
    backOffice: false,
    ownSsin: false,
    createdAt: "2025-01-06T08:10:00Z",
    grants: [
      { employer: "bakery", permission: "DIMONA_CONSULTATION" },
      { employer: "bakery", permission: "FLEXI_AT_WORK" },
    ],
  },
  {
    login: "gerda.declarant",
    displayName: "Gerda Schmitz",
    role: "declarant",
    employerText: employerSpec("garage").name,
    language: null,
    backOffice: false,
    ownSsin: false,
    createdAt: "2025-01-07T09:00:00Z",
    grants: [
      { employer: "garage", permission: "DIMONA_CONSULTATION" },
      { employer: "garage", permission: "FLEXI_AT_WORK" },
    ],
  },
  {
    login: "carla.admin",
    displayName: "Carla Janssens",
    role: "access administrator",
    employerText: `${employerSpec("horeca").name}, ${employerSpec("bakery").name}`,
    language: null,
    backOffice: false,
    ownSsin: false,
    createdAt: "2025-01-03T07:45:00Z",
    grants: [
      { employer: "horeca", permission: "ACCESS_ADMIN" },
      { employer: "bakery", permission: "ACCESS_ADMIN" },
    ],
  },
  {
    login: "dirk.backoffice",
    displayName: "Dirk Vermeulen",
    role: "back office",
    employerText: "all employers",
    language: "nl",
    backOffice: true,
    ownSsin: false,
    createdAt: "2025-01-02T08:00:00Z",
    grants: [],
  },
  {
    login: "eva.worker",
    displayName: "Eva Claes",
    role: "worker",
    employerText: "none (own SSIN)",
    language: "nl",
    backOffice: false,
    ownSsin: true,
    createdAt: "2025-02-14T19:20:00Z",
    grants: [],
  },
];

/** The demo sign-ins, listed in the README as `role | employer | login | password`; keep stable. */
export const DEMO_USERS: DemoUser[] = USERS.map((u) => ({
  role: u.role,
  employer: u.employerText,
  login: u.login,
  password: DEMO_PASSWORD,
}));

/** Eva Claes, the demo worker who signs in as `eva.worker`: FLX at the brasserie and the bakery. */
const EVA = { firstName: "Eva", lastName: "Claes", birthDate: "1996-04-18", serial: 164 } as const;

// ---------------------------------------------------------------------------------------------
// Determinism helpers

/** mulberry32: a small 32-bit PRNG, good enough for demo data and stable across platforms. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

const SEED = 20250101;

/**
 * A v4-shaped UUID from a stable name, so an id never depends on the order of generation.
 * demo-declarations.ts computes the same in SQL (`flexi_demo_uuid`).
 */
export function demoUuid(name: string): string {
  const bytes = createHash("sha256").update(`flexi-demo:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Minutes since midnight as "HH:MM". */
function hourText(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function minutesOf(hour: string): number {
  return Number(hour.slice(0, 2)) * 60 + Number(hour.slice(3, 5));
}

/** 0 = Monday; 2025-01-06 was a Monday. */
function weekday(date: string): number {
  return ((daysBetween("2025-01-06", date) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------------------------
// Names (Flemish, Walloon/Brussels and East-Belgian German-speaking; foreign for BIS holders)

interface NamePool {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

const NAMES: Record<"nl" | "fr" | "de" | "foreign", NamePool> = {
  nl: {
    female: [
      "Emma",
      "Louise",
      "Marie",
      "Lotte",
      "Julie",
      "Sarah",
      "Lore",
      "Hanne",
      "Fien",
      "Nina",
      "Elise",
      "Anouk",
      "Lien",
      "Jana",
      "Femke",
      "Ine",
      "Sofie",
      "Katrien",
      "An",
      "Els",
      "Griet",
      "Inge",
      "Veerle",
      "Liesbeth",
      "Nele",
      "Tine",
      "Eline",
      "Silke",
      "Jolien",
      "Margot",
    ],
    male: [
      "Lucas",
      "Arthur",
      "Noah",
      "Jules",
      "Louis",
      "Liam",
      "Wout",
      "Seppe",
      "Stijn",
      "Pieter",
      "Jan",
      "Tom",
      "Bart",
      "Koen",
      "Wim",
      "Dries",
      "Jens",
      "Thijs",
      "Ruben",
      "Bram",
      "Joris",
      "Maarten",
      "Sander",
      "Kobe",
      "Milan",
      "Vincent",
      "Geert",
      "Luc",
      "Warre",
      "Lander",
    ],
    last: [
      "Peeters",
      "Janssens",
      "Maes",
      "Jacobs",
      "Mertens",
      "Willems",
      "Claes",
      "Goossens",
      "Wouters",
      "De Smet",
      "Vermeulen",
      "Pauwels",
      "Hermans",
      "Aerts",
      "Michiels",
      "Van den Broeck",
      "De Vos",
      "Verhoeven",
      "Van Damme",
      "Smets",
      "Cools",
      "Lambrechts",
      "Martens",
      "Desmet",
      "De Clercq",
      "Vandenberghe",
      "Verstraete",
      "Bogaert",
      "Coppens",
      "Van de Velde",
      "Hendrickx",
      "Segers",
      "Verbruggen",
      "Van Acker",
      "De Backer",
      "Wuyts",
      "Thys",
      "Baert",
      "Vanhoutte",
      "De Wilde",
    ],
  },
  fr: {
    female: [
      "Camille",
      "Léa",
      "Manon",
      "Chloé",
      "Juliette",
      "Lucie",
      "Charlotte",
      "Élise",
      "Amélie",
      "Pauline",
      "Margaux",
      "Inès",
      "Céline",
      "Nathalie",
      "Isabelle",
      "Sophie",
      "Anne-Sophie",
      "Mathilde",
      "Océane",
      "Zoé",
      "Clémence",
      "Aurélie",
      "Valérie",
      "Françoise",
    ],
    male: [
      "Hugo",
      "Théo",
      "Nathan",
      "Louis",
      "Maxime",
      "Antoine",
      "Julien",
      "Nicolas",
      "Romain",
      "Thomas",
      "Mathieu",
      "Olivier",
      "François",
      "Benoît",
      "Cédric",
      "Grégory",
      "Sébastien",
      "Laurent",
      "Pierre",
      "Quentin",
      "Baptiste",
      "Jérôme",
      "Arnaud",
      "Michel",
    ],
    last: [
      "Dubois",
      "Lambert",
      "Dupont",
      "Martin",
      "Simon",
      "Laurent",
      "Leclercq",
      "Lejeune",
      "Renard",
      "Denis",
      "François",
      "Collard",
      "Gilson",
      "Lemaire",
      "Dumont",
      "Mathieu",
      "Hubert",
      "Leroy",
      "Charlier",
      "Fontaine",
      "Noël",
      "Jacquet",
      "Massart",
      "Servais",
      "Piron",
      "Dethier",
      "Delvaux",
      "Bertrand",
      "Henrard",
      "Marchal",
      "Remacle",
      "Lecocq",
      "Wathelet",
      "Gérard",
      "Thiry",
      "Closset",
    ],
  },
  de: {
    female: [
      "Anna",
      "Lena",
      "Lea",
      "Julia",
      "Sarah",
      "Laura",
      "Hannah",
      "Katharina",
      "Sabine",
      "Monika",
      "Petra",
      "Ursula",
      "Claudia",
      "Stefanie",
      "Melanie",
      "Nadine",
      "Carina",
      "Tanja",
      "Miriam",
      "Jessica",
    ],
    male: [
      "Lukas",
      "Jonas",
      "Leon",
      "Felix",
      "Tim",
      "Jan",
      "Stefan",
      "Michael",
      "Thomas",
      "Andreas",
      "Jürgen",
      "Klaus",
      "Dieter",
      "Markus",
      "Matthias",
      "Christoph",
      "Tobias",
      "Sebastian",
      "Dominik",
      "Manfred",
    ],
    last: [
      "Schmitz",
      "Kessler",
      "Lentz",
      "Backes",
      "Reuter",
      "Heinen",
      "Kreutz",
      "Mertes",
      "Margraff",
      "Thomé",
      "Hilligsmann",
      "Cremer",
      "Radermacher",
      "Jost",
      "Pauels",
      "Kohnen",
      "Schröder",
      "Maraite",
      "Hoffmann",
      "Mreyen",
      "Scholzen",
      "Theissen",
      "Fank",
      "Wiesemes",
      "Jousten",
      "Lambertz",
      "Freches",
      "Kirch",
    ],
  },
  // BIS numbers go to people outside the national register: cross-border and foreign workers.
  foreign: {
    female: ["Agnieszka", "Katarzyna", "Ioana", "Elena", "Ana", "Joana", "Fleur", "Sanne", "Maria", "Magdalena"],
    male: ["Piotr", "Mateusz", "Andrei", "Mihai", "João", "Tiago", "Dimitar", "Sven", "Pedro", "Tomasz"],
    last: [
      "Kowalski",
      "Nowak",
      "Wiśniewska",
      "Popescu",
      "Ionescu",
      "Ferreira",
      "Silva",
      "Petrov",
      "de Jong",
      "Bakker",
      "Müller",
      "Santos",
      "Dumitru",
      "Zieliński",
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// The data set as plain rows

export interface DemoEmployerRow {
  id: string;
  name: string;
  enterprise_number: string;
  nsso_number: string;
  language: LanguageCode;
  employer_classes: string[];
  created_at: string;
  updated_at: string;
}
export interface DemoWorkerRow {
  id: string;
  ssin: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  pensioner_from: string | null;
  created_at: string;
  updated_at: string;
}
export interface DemoPeriodRow {
  id: string;
  period_id: string;
  employer_id: string;
  worker_id: string;
  worker_type: "FLX" | "STU" | "OTH";
  joint_committee: string;
  start_date: string;
  start_hour: string | null;
  end_date: string;
  end_hour: string | null;
  planned_hours: string | null;
  cancelled: boolean;
  created_at: string;
  updated_at: string;
}
export interface DemoUserRow {
  id: string;
  login: string;
  display_name: string;
  language: Language | null;
  ssin: string | null;
  back_office: boolean;
  disabled: boolean;
  created_at: string;
  updated_at: string;
}
export interface DemoGrantRow {
  id: string;
  user_id: string;
  employer_id: string;
  permission: PermissionCode;
  granted_by: null;
  granted_at: string;
}

/** Everything {@link loadDemoData} inserts, but the password hashes. */
export interface DemoDataSet {
  employers: DemoEmployerRow[];
  workers: DemoWorkerRow[];
  dimonaPeriods: DemoPeriodRow[];
  users: DemoUserRow[];
  grants: DemoGrantRow[];
}

type WorkerKind = "regular" | "young" | "pensioner" | "bis";

interface WorkerDraft {
  row: DemoWorkerRow;
  kind: WorkerKind;
  birthYear: number;
  employers: EmployerKey[];
  /** Forced relations (Eva): FLX per day, never cancelled. */
  fixed: boolean;
}

/** First and last day of the period data. */
const RANGE_START = "2025-01-01";
const RANGE_DAYS = daysBetween(RANGE_START, "2026-12-31") + 1;

const WORKER_COUNT = 300;
const KIND_COUNTS: Record<Exclude<WorkerKind, "regular">, number> = { young: 40, pensioner: 20, bis: 20 };
/** Pensioners whose pension starts during 2025, so that the ceiling split shows within a year. */
const PENSIONED_IN_2025 = 5;
/** Workers with a second employer. */
const SECOND_JOB_SHARE = 0.3;

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Pension start: the first day of the month after the legal pension age, 65, or 66 for people
 * born in 1959 (the age rose to 66 in 2025).
 */
function pensionStart(birthDate: string): string {
  const year = Number(birthDate.slice(0, 4));
  const month = Number(birthDate.slice(5, 7));
  const age = year >= 1959 ? 66 : 65;
  return month === 12 ? isoDate(year + age + 1, 1, 1) : isoDate(year + age, month + 1, 1);
}

function pickEmployer(random: Random, exclude: readonly EmployerKey[]): EmployerKey {
  const candidates = EMPLOYERS.filter((e) => !exclude.includes(e.key));
  const total = candidates.reduce((sum, e) => sum + e.primaryWeight, 0);
  let r = random.next() * total;
  for (const e of candidates) {
    r -= e.primaryWeight;
    if (r < 0) return e.key;
  }
  return (candidates[candidates.length - 1] as EmployerSpec).key;
}

function buildWorkers(random: Random): WorkerDraft[] {
  const usedSsins = new Set<string>();
  const drafts: WorkerDraft[] = [];

  const add = (
    kind: WorkerKind,
    birthDate: string,
    serial: number,
    names: { first: string; last: string },
    bis: "unknownSex" | "knownSex" | undefined,
    employers: EmployerKey[],
    fixed: boolean,
  ): void => {
    const ssin = makeSsin(birthDate, serial, bis === undefined ? {} : { bis });
    usedSsins.add(ssin);
    const index = drafts.length;
    const created = addDays("2024-12-02", index % 28);
    drafts.push({
      kind,
      birthYear: Number(birthDate.slice(0, 4)),
      employers,
      fixed,
      row: {
        id: demoUuid(`worker:${ssin}`),
        ssin,
        first_name: names.first,
        last_name: names.last,
        birth_date: parseSsin(ssin)?.birthDate ?? null,
        pensioner_from: kind === "pensioner" ? pensionStart(birthDate) : null,
        created_at: `${created}T${pad2(8 + (index % 9))}:${pad2((index * 7) % 60)}:00Z`,
        updated_at: `${created}T${pad2(8 + (index % 9))}:${pad2((index * 7) % 60)}:00Z`,
      },
    });
  };

  add(
    "regular",
    EVA.birthDate,
    EVA.serial,
    { first: EVA.firstName, last: EVA.lastName },
    undefined,
    ["horeca", "bakery"],
    true,
  );

  const kinds: WorkerKind[] = [];
  for (const [kind, count] of Object.entries(KIND_COUNTS) as Array<[WorkerKind, number]>) {
    for (let i = 0; i < count; i++) kinds.push(kind);
  }
  while (kinds.length < WORKER_COUNT - 1) kinds.push("regular");
  random.shuffle(kinds);

  let pensionedIn2025 = 0;
  for (const kind of kinds) {
    let year: number;
    let month = random.int(1, 12);
    if (kind === "young") year = random.int(2000, 2007);
    else if (kind === "bis") year = random.int(1975, 2004);
    else if (kind === "regular") year = random.int(1965, 1999);
    else if (pensionedIn2025 < PENSIONED_IN_2025) {
      // Born January-September 1959: pensioned from February to October 2025.
      pensionedIn2025++;
      year = 1959;
      month = random.int(1, 9);
    } else {
      year = random.int(1950, 1958);
    }
    const day = random.int(1, 28);
    const birthDate = isoDate(year, month, day);

    const bis = kind === "bis" ? (random.chance(0.4) ? "unknownSex" : "knownSex") : undefined;
    const female = random.chance(0.5);
    let serial = 0;
    for (let attempt = 0; attempt < 100; attempt++) {
      // Odd counters are men, even ones women (docs/domain-rules.md#ssin).
      const candidate = random.int(1, 499) * 2 - (female ? 0 : 1);
      if (!usedSsins.has(makeSsin(birthDate, candidate, bis === undefined ? {} : { bis }))) {
        serial = candidate;
        break;
      }
    }
    if (serial === 0) throw new Error(`no free SSIN counter for ${birthDate}`);

    const primary = pickEmployer(random, []);
    const employers: EmployerKey[] = [primary];
    if (random.chance(SECOND_JOB_SHARE)) employers.push(pickEmployer(random, [primary]));

    // Names follow the region of the first employer, with some mixing (Brussels, the borders).
    const language = employerSpec(primary).language;
    const poolKey =
      kind === "bis" ? "foreign" : random.chance(0.15) ? random.pick(["nl", "fr", "de"] as const) : language;
    const pool = NAMES[poolKey];
    add(
      kind,
      birthDate,
      serial,
      {
        first: random.pick(female ? pool.female : pool.male),
        last: random.pick(pool.last),
      },
      bis,
      employers,
      false,
    );
  }
  return drafts;
}

interface PeriodDraft {
  employer: EmployerSpec;
  employerIndex: number;
  worker: WorkerDraft;
  workerIndex: number;
  workerType: "FLX" | "STU" | "OTH";
  start: string;
  end: string;
  startHour: string | null;
  endHour: string | null;
  plannedHours: number | null;
  cancelled: boolean;
}

/** Start quarter index (0 = 2025 Q1 ... 7 = 2026 Q4) to its first day. */
function quarterStart(index: number): string {
  return isoDate(2025 + Math.floor(index / 4), (index % 4) * 3 + 1, 1);
}

function buildPeriods(random: Random, workers: WorkerDraft[]): PeriodDraft[] {
  const periods: PeriodDraft[] = [];
  workers.forEach((worker, workerIndex) => {
    // One worker never works two per-day periods on the same day (90373-334 overlap).
    const busyDays = new Set<string>();
    for (const key of worker.employers) {
      const employer = employerSpec(key);
      const employerIndex = EMPLOYERS.indexOf(employer);
      const workerType: PeriodDraft["workerType"] = worker.fixed
        ? "FLX"
        : worker.birthYear >= 2003 && random.chance(0.45)
          ? "STU"
          : random.chance(0.05)
            ? "OTH"
            : "FLX";
      // Students are declared per quarter (their hours count against a yearly quota).
      const perDay = worker.fixed || (workerType !== "STU" && random.chance(employer.perDayShare));
      const cancelChance = worker.fixed ? 0 : 0.025;
      const base = { employer, employerIndex, worker, workerIndex, workerType };

      if (perDay) {
        // Work happens in a window of a few months; for someone pensioned during 2025 the window
        // straddles the pension start, so both sides of the split have periods.
        let windowStart: number;
        let windowLength = random.int(60, 270);
        const pensionFrom = worker.row.pensioner_from;
        if (pensionFrom !== null && pensionFrom >= RANGE_START && pensionFrom < "2026-01-01") {
          windowStart = Math.max(0, daysBetween(RANGE_START, pensionFrom) - 90);
          windowLength = 200;
        } else {
          windowStart = random.int(0, RANGE_DAYS - 60);
        }
        windowLength = Math.min(windowLength, RANGE_DAYS - windowStart);
        const days = worker.fixed ? 8 : random.int(3, 12);
        for (let d = 0; d < days; d++) {
          let date: string | null = null;
          for (let attempt = 0; attempt < 40 && date === null; attempt++) {
            const candidate = addDays(RANGE_START, windowStart + random.int(0, windowLength - 1));
            if (employer.weekdays.includes(weekday(candidate)) && !busyDays.has(candidate)) date = candidate;
          }
          if (date === null) continue;
          busyDays.add(date);
          const hours = random.int(8, 16) / 2; // 4 to 8 hours in half hours
          let start = minutesOf(random.pick(employer.startHours));
          // Per-day periods stay within the day (start date = end date).
          start = Math.min(start, 23 * 60 + 30 - hours * 60);
          periods.push({
            ...base,
            start: date,
            end: date,
            startHour: hourText(start),
            endHour: hourText(start + hours * 60),
            plannedHours: hours,
            cancelled: random.chance(cancelChance),
          });
        }
      } else {
        // Per quarter (written contract): IN and OUT inside one quarter, never across (docs/domain-rules.md#periods-per-quarter-or-per-day).
        const count = random.int(1, 4);
        const first = random.int(0, 8 - count);
        for (let q = first; q < first + count; q++) {
          const quarter = quarterOf(quarterStart(q));
          const start = random.chance(0.6) ? quarter.start : addDays(quarter.start, random.int(1, 30));
          const end = random.chance(0.6) ? quarter.end : addDays(quarter.end, -random.int(0, 30));
          periods.push({
            ...base,
            start,
            end,
            startHour: null,
            endHour: null,
            plannedHours: null,
            cancelled: random.chance(cancelChance),
          });
        }
      }
    }
  });
  return periods;
}

/** The latest filing date of a demo period. */
const SNAPSHOT_DATE = "2025-12-19";

/** 12 digits: a 10-digit running number and two check digits (the real algorithm is unpublished). */
function periodId(counter: number): string {
  const base = 4_100_000_000 + counter;
  return `${base}${pad2(97 - (base % 97))}`;
}

/** Builds the whole demo data set in memory; pure and deterministic. */
export function buildDemoData(): DemoDataSet {
  const random = new Random(SEED);

  const employers: DemoEmployerRow[] = EMPLOYERS.map((e) => {
    const enterpriseNumber = makeEnterpriseNumber(e.kboBase);
    return {
      id: demoUuid(`employer:${enterpriseNumber}`),
      name: e.name,
      enterprise_number: enterpriseNumber,
      nsso_number: makeNssoNumber(e.nssoBase, e.provisional),
      language: e.language,
      employer_classes: [...e.classes],
      created_at: e.createdAt,
      updated_at: e.createdAt,
    };
  });
  const employerId = (key: EmployerKey): string =>
    (employers[EMPLOYERS.indexOf(employerSpec(key))] as DemoEmployerRow).id;

  const workerDrafts = buildWorkers(random);
  const periodDrafts = buildPeriods(random, workerDrafts);
  // Period ids grow with the start date, as they would when filed over time.
  periodDrafts.sort((a, b) =>
    a.start < b.start
      ? -1
      : a.start > b.start
        ? 1
        : a.employerIndex - b.employerIndex ||
          a.workerIndex - b.workerIndex ||
          (a.end < b.end ? -1 : a.end > b.end ? 1 : 0),
  );
  const dimonaPeriods: DemoPeriodRow[] = periodDrafts.map((p, i) => {
    const id = periodId(i + 1);
    // Filed one to three weeks ahead, during office hours; nothing is filed after the data set's
    // snapshot date, so no timestamp lies in the future of a demo (later periods were filed early).
    let filedOn = addDays(p.start, -random.int(1, 21));
    if (filedOn > SNAPSHOT_DATE) filedOn = addDays(SNAPSHOT_DATE, -random.int(0, 30));
    const filed = `${filedOn}T${pad2(random.int(7, 17))}:${pad2(random.int(0, 59))}:00Z`;
    return {
      id: demoUuid(`dimona_period:${id}`),
      period_id: id,
      employer_id: employerId(p.employer.key),
      worker_id: p.worker.row.id,
      worker_type: p.workerType,
      joint_committee: p.employer.jointCommittee,
      start_date: p.start,
      start_hour: p.startHour,
      end_date: p.end,
      end_hour: p.endHour,
      planned_hours: p.plannedHours === null ? null : p.plannedHours.toFixed(2),
      cancelled: p.cancelled,
      created_at: filed,
      updated_at: filed,
    };
  });

  const eva = workerDrafts.find((w) => w.fixed);
  if (!eva) throw new Error("the demo worker Eva is missing");
  const users: DemoUserRow[] = USERS.map((u) => ({
    id: demoUuid(`app_user:${u.login}`),
    login: u.login,
    display_name: u.displayName,
    language: u.language,
    ssin: u.ownSsin ? eva.row.ssin : null,
    back_office: u.backOffice,
    disabled: false,
    created_at: u.createdAt,
    updated_at: u.createdAt,
  }));
  const grants: DemoGrantRow[] = USERS.flatMap((u) =>
    u.grants.map((g) => ({
      id: demoUuid(`access_grant:${u.login}:${g.employer}:${g.permission}`),
      user_id: demoUuid(`app_user:${u.login}`),
      employer_id: employerId(g.employer),
      permission: g.permission,
      granted_by: null,
      granted_at: u.createdAt,
    })),
  );

  return { employers, workers: workerDrafts.map((w) => w.row), dimonaPeriods, users, grants };
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Rows per INSERT: 500 periods × 14 columns stays far below PostgreSQL's 65,535 parameters. */
const BATCH_SIZE = 500;

/** Multi-row INSERTs; `table` and `columns` are constants of this file, never input. */
async function insertRows<Row extends object>(
  db: Db,
  table: string,
  columns: ReadonlyArray<keyof Row & string>,
  rows: readonly Row[],
): Promise<void> {
  const columnList = sql.raw(columns.map((c) => `"${c}"`).join(", "));
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const values: Sql[] = rows.slice(i, i + BATCH_SIZE).map((row) => {
      const cells = columns.map((c) => sql`${row[c]}`);
      return sql`(${sql.join(cells)})`;
    });
    await db.query(sql`INSERT INTO ${sql.raw(`"${table}"`)} (${columnList}) VALUES ${sql.join(values)}`);
  }
}

/** True when the database holds no employer yet (demo data is loaded only into an empty database). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.one<{ empty: boolean }>(sql`SELECT NOT EXISTS (SELECT 1 FROM "employer") AS "empty"`);
  return row?.empty ?? true;
}

/** Serializes concurrent loaders (two processes starting on one empty database). */
const LOAD_LOCK_KEY = 7_202_501;

/** What {@link loadDemoData} inserted. */
export interface DemoDataCounts {
  employers: number;
  workers: number;
  dimonaPeriods: number;
  users: number;
  submissions: number;
  declarations: number;
}

/**
 * Loads the whole demo data set in one transaction, declarations included. Deterministic: the
 * same rows (ids and timestamps included) every time. Two processes that start together load it
 * once: the second waits for the first and then finds the database no longer empty, loads
 * nothing and returns zero counts.
 * @returns the numbers of rows inserted
 */
export async function loadDemoData(db: Db): Promise<DemoDataCounts> {
  const data = buildDemoData();
  // Hash outside the transaction: argon2id is deliberately slow. One hash per user (own salt).
  const hashes = await Promise.all(data.users.map(() => hashPassword(DEMO_PASSWORD)));
  const users = data.users.map((u, i) => ({ ...u, password_hash: hashes[i] as string }));

  return db.transaction(async (tx) => {
    await tx.query(sql`SELECT pg_advisory_xact_lock(${LOAD_LOCK_KEY})`);
    if (!(await isDatabaseEmpty(tx)))
      return { employers: 0, workers: 0, dimonaPeriods: 0, users: 0, submissions: 0, declarations: 0 };

    await insertRows(
      tx,
      "employer",
      ["id", "name", "enterprise_number", "nsso_number", "language", "employer_classes", "created_at", "updated_at"],
      data.employers,
    );
    await insertRows(
      tx,
      "worker",
      ["id", "ssin", "first_name", "last_name", "birth_date", "pensioner_from", "created_at", "updated_at"],
      data.workers,
    );
    await insertRows(
      tx,
      "dimona_period",
      [
        "id",
        "period_id",
        "employer_id",
        "worker_id",
        "worker_type",
        "joint_committee",
        "start_date",
        "start_hour",
        "end_date",
        "end_hour",
        "planned_hours",
        "cancelled",
        "created_at",
        "updated_at",
      ],
      data.dimonaPeriods,
    );
    await insertRows(
      tx,
      "app_user",
      [
        "id",
        "login",
        "display_name",
        "password_hash",
        "language",
        "ssin",
        "back_office",
        "disabled",
        "created_at",
        "updated_at",
      ],
      users,
    );
    await insertRows(
      tx,
      "access_grant",
      ["id", "user_id", "employer_id", "permission", "granted_by", "granted_at"],
      data.grants,
    );
    // The services use only the context's viewer and database: no `Services` (data source, relay) needed.
    const declarations = await loadDemoDeclarations(tx, {
      declarations: new DeclarationService(),
      submissions: new SubmissionService(),
    });

    return {
      employers: data.employers.length,
      workers: data.workers.length,
      dimonaPeriods: data.dimonaPeriods.length,
      users: users.length,
      ...declarations,
    };
  });
}
