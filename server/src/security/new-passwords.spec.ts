/**
 * Rules for new passwords (docs/security.md): at least 15 characters, any Unicode, no composition
 * rules, refused when blank or on the list of common passwords. Passwords set before keep working.
 */
import { hashPassword } from "../auth/passwords";
import { sql } from "../db/sql";
import { errorCodes, startTestApi, type GraphQLAnswer, type TestApi } from "../test/api";
import { FIXTURE_PASSWORD, loadFixtures, type Fixtures } from "../test/fixtures";
import { isCommonPassword } from "./new-passwords";

const CHANGE = `mutation($current: String!, $next: String!) { changePassword(current: $current, next: $next) }`;

let api: TestApi;
let fx: Fixtures;
let userCounter = 0;

beforeAll(async () => {
  api = await startTestApi({ controls: false });
  fx = await loadFixtures(api.database.db);
});
afterAll(() => api.close());

/** A user of their own (the test changes their password), signed in; returns the token. */
async function newUser(password = FIXTURE_PASSWORD): Promise<{ login: string; token: string }> {
  userCounter += 1;
  const login = `password.tester.${userCounter}`;
  await api.database.db.query(
    sql`INSERT INTO app_user (login, display_name, password_hash) VALUES (${login}, ${login}, ${await hashPassword(password)})`,
  );
  return { login, token: await api.signIn(login, password) };
}

async function change(token: string, next: string, current = FIXTURE_PASSWORD): Promise<GraphQLAnswer> {
  return api.request(CHANGE, { current, next }, token);
}

function fieldErrors(answer: GraphQLAnswer): { path: (string | number)[]; code: string; message: string }[] {
  return answer.errors?.[0]?.extensions?.fieldErrors ?? [];
}

it("refuses a new password under 15 characters with TOO_SHORT on `next`, counting characters, not bytes", async () => {
  const { token } = await newUser();
  const answer = await change(token, "fourteen chars");
  expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
  expect(fieldErrors(answer)).toEqual([
    { path: ["next"], code: "TOO_SHORT", message: "The new password needs at least 15 characters." },
  ]);
  // 14 characters that take more than 15 UTF-16 units (and bytes) are still 14.
  expect(fieldErrors(await change(token, "😀😀😀😀😀😀😀😀😀😀😀😀😀😀")).map((e) => e.code)).toEqual(["TOO_SHORT"]);
});

it("refuses a new password of only spaces with NOT_ALLOWED", async () => {
  const { token } = await newUser();
  const answer = await change(token, " ".repeat(20));
  expect(fieldErrors(answer)).toEqual([
    { path: ["next"], code: "NOT_ALLOWED", message: "The new password cannot be only spaces." },
  ]);
  expect(fieldErrors(await change(token, "\t \u00a0".repeat(6))).map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
});

it("refuses a new password found in the list of common passwords, in any case", async () => {
  const { token } = await newUser();
  for (const common of ["passwordpassword", "1qaz2wsx3edc4rfv", "QWERTYUIOP12345"]) {
    const answer = await change(token, common);
    expect(fieldErrors(answer)).toEqual([
      {
        path: ["next"],
        code: "NOT_ALLOWED",
        message: "The new password is too common: it is on a list of passwords that attackers try first.",
      },
    ]);
  }
});

it("accepts any 15 characters without composition rules, Unicode included, and only the new one works after", async () => {
  const { login, token } = await newUser();
  const next = "één zomerse dag ☀ in Gent";
  const answer = await change(token, next);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({ changePassword: true });
  await expect(api.signIn(login, next)).resolves.toEqual(expect.any(String));
  await expect(api.signIn(login, FIXTURE_PASSWORD)).rejects.toThrow();

  const lower = await newUser();
  expect((await change(lower.token, "all lower case words")).data).toEqual({ changePassword: true });
});

it("reports a wrong current password and a refused new one together", async () => {
  const { token } = await newUser();
  const answer = await change(token, "short", "not the current one");
  expect(fieldErrors(answer).map((e) => [e.path, e.code])).toEqual([
    [["next"], "TOO_SHORT"],
    [["current"], "WRONG_PASSWORD"],
  ]);
});

it("keeps passwords set before the rules working (the demo's and the fixtures')", async () => {
  await expect(api.signIn(fx.logins.declarantA, FIXTURE_PASSWORD)).resolves.toEqual(expect.any(String));
  const demo = await newUser("flexi-demo");
  expect(demo.token).toEqual(expect.any(String));
});

it("knows the common passwords of the shipped list, ignoring case", () => {
  expect(isCommonPassword("password")).toBe(true);
  expect(isCommonPassword("PassWordPassWord")).toBe(true);
  expect(isCommonPassword("correct horse battery staple of flexi")).toBe(false);
});
