/**
 * What the wizard keeps in the browser for a draft submission: the idempotency key of
 * "transmit wage data", made once per submission so that a double click, a retry or a reload
 * transmits once, and the text of a form being filled until it is saved or discarded (a reload,
 * the browser's back button or a sign-in after the session expired find it again). The
 * submission id, step and worker are in the URL; the selection and the drafts on the server.
 */
export interface WizardMemory {
  idempotencyKey: string;
}

const key = (submissionId: string) => `flexi.wizard.${submissionId}`;
const FORM_PREFIX = "flexi.wizard.form.";

export function recall(submissionId: string): WizardMemory {
  try {
    const stored = JSON.parse(localStorage.getItem(key(submissionId)) ?? "null") as Partial<WizardMemory> | null;
    if (stored && typeof stored.idempotencyKey === "string") return { idempotencyKey: stored.idempotencyKey };
  } catch {
    // A damaged entry is replaced below.
  }
  return remember(submissionId, { idempotencyKey: randomKey() });
}

/** 128 random bits as hex (getRandomValues, unlike randomUUID, works outside secure contexts too). */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function remember(submissionId: string, memory: WizardMemory): WizardMemory {
  localStorage.setItem(key(submissionId), JSON.stringify(memory));
  return memory;
}

/** Forgets a submission: its key and every form kept for it (transmitted or discarded). */
export function forget(submissionId: string): void {
  localStorage.removeItem(key(submissionId));
  for (const stored of Object.keys(localStorage))
    if (stored.startsWith(FORM_PREFIX) && stored.includes(`.${submissionId}.`)) localStorage.removeItem(stored);
}

/**
 * Where a form's text is kept: per user (another user of the browser never sees it), per draft
 * submission and per worker or draft declaration.
 */
export function formStorageKey(userId: string, submissionId: string, target: string): string {
  return `${FORM_PREFIX}${userId}.${submissionId}.${target}`;
}

/**
 * Forgets every form a user kept, when they sign out themselves: on a shared computer nothing
 * typed (wages of named workers) stays behind. A session that expires keeps them, so that
 * signing in again finds the input.
 */
export function forgetFormsOf(userId: string): void {
  for (const stored of Object.keys(localStorage))
    if (stored.startsWith(`${FORM_PREFIX}${userId}.`)) localStorage.removeItem(stored);
}

/** Dates of the period step: today and the previous month in Europe/Brussels (design: calendar rules). */
export function todayInBrussels(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}

export function previousMonth(today: string): { start: string; end: string } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, "0");
  return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(last).padStart(2, "0")}` };
}
