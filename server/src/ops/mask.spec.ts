import {
  MASKED_SSIN,
  MASKED_WRITTEN_SSIN,
  REDACTED,
  maskSsins,
  maskText,
  sanitizeForLog,
  sanitizeLogLine,
} from "./mask";

describe("maskSsins", () => {
  it("masks an SSIN of 11 digits anywhere in a text", () => {
    expect(maskSsins("85073003328")).toBe(MASKED_SSIN);
    expect(maskSsins("worker 85073003328 not found")).toBe(`worker ${MASKED_SSIN} not found`);
    expect(maskSsins("key-85073003328,90051210155")).toBe(`key-${MASKED_SSIN},${MASKED_SSIN}`);
    expect(maskSsins('Variable "$ssin" got invalid value "85073003328x"')).toBe(
      `Variable "$ssin" got invalid value "${MASKED_SSIN}x"`,
    );
  });

  it("masks the written form 85.07.30-033.28", () => {
    expect(maskSsins("SSIN 85.07.30-033.28.")).toBe(`SSIN ${MASKED_WRITTEN_SSIN}.`);
  });

  it("leaves shorter and longer numbers alone: enterprise numbers, Dimona period ids, timestamps, dates", () => {
    const text = "0403019261 100000000001 1767225600000 2025-03-15 FAW-2025-00000012 187995796";
    expect(maskSsins(text)).toBe(text);
  });
});

describe("maskText", () => {
  it("redacts bearer tokens, JWTs, password hashes and connection-string passwords", () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";
    expect(maskText(`authorization: Bearer ${jwt}`)).toBe(`authorization: Bearer ${REDACTED}`);
    expect(maskText(`token ${jwt} expired`)).toBe(`token ${REDACTED} expired`);
    expect(maskText("hash $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA end")).toBe(`hash ${REDACTED} end`);
    expect(maskText("connect to postgres://flexi:s3cret@db:5432/flexi failed")).toBe(
      `connect to postgres://flexi:${REDACTED}@db:5432/flexi failed`,
    );
  });
});

describe("sanitizeForLog", () => {
  it("redacts secret fields at any depth and masks SSINs in texts, keys and 11-digit numbers", () => {
    const value = {
      headers: { authorization: "Bearer abc", "content-type": "application/json" },
      variables: {
        login: "anna",
        password: "flexi-demo",
        input: { currentPassword: "a", ssin: "85073003328", worker: { ssin: 85073003328 } },
      },
      user: { passwordHash: "$argon2id$v=19$x", token: "t", tokenRejected: false },
      list: ["85.07.30-033.28", 12, null],
      "85073003328": true,
    };
    expect(sanitizeForLog(value)).toEqual({
      headers: { authorization: REDACTED, "content-type": "application/json" },
      variables: {
        login: "anna",
        password: REDACTED,
        input: { currentPassword: REDACTED, ssin: MASKED_SSIN, worker: { ssin: MASKED_SSIN } },
      },
      user: { passwordHash: REDACTED, token: REDACTED, tokenRejected: false },
      list: [MASKED_WRITTEN_SSIN, 12, null],
      [MASKED_SSIN]: true,
    });
  });

  it("turns an error into its type, message and stack, masked", () => {
    const error = new TypeError("no worker 85073003328");
    const out = sanitizeForLog({ err: error }) as { err: { type: string; message: string; stack: string } };
    expect(out.err.type).toBe("TypeError");
    expect(out.err.message).toBe(`no worker ${MASKED_SSIN}`);
    expect(out.err.stack).toContain(`no worker ${MASKED_SSIN}`);
    expect(JSON.stringify(out)).not.toContain("85073003328");
  });

  it("survives cycles", () => {
    const a: Record<string, unknown> = { ssin: "85073003328" };
    a.self = a;
    expect(sanitizeForLog(a)).toEqual({ ssin: MASKED_SSIN, self: "[circular]" });
  });
});

describe("sanitizeLogLine", () => {
  it("keeps a line JSON and its newline", () => {
    const line =
      JSON.stringify({
        level: "info",
        time: 1767225600000,
        msg: "lookup 85073003328",
        req: { headers: { authorization: "Bearer x" } },
      }) + "\n";
    const out = sanitizeLogLine(line);
    expect(out.endsWith("\n")).toBe(true);
    expect(JSON.parse(out)).toEqual({
      level: "info",
      time: 1767225600000,
      msg: `lookup ${MASKED_SSIN}`,
      req: { headers: { authorization: REDACTED } },
    });
  });

  it("masks a line that is not JSON as text", () => {
    expect(sanitizeLogLine("oops 85073003328 Bearer abc\n")).toBe(`oops ${MASKED_SSIN} Bearer ${REDACTED}\n`);
  });
});
