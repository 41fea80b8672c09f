import {
  checkCeiling,
  checkDimonaCorrection,
  checkDimonaRegistration,
  checkEmployerCorrection,
  checkReason,
  checkWorkerCorrection,
  checkWorkerRegistration,
  isHour,
  type DimonaPeriodTimes,
} from "./reference-data";

const codes = (result: { problems: { path: (string | number)[]; code: string }[] }) =>
  result.problems.map((p) => [p.path.join("."), p.code]);

describe("worker rules", () => {
  it("derives the birth date from the SSIN (19xx, 20xx and BIS) and trims the names", () => {
    expect(checkWorkerRegistration({ ssin: "85073003328", firstName: " Jan ", lastName: "Aerts" }).value).toEqual({
      ssin: "85073003328",
      firstName: "Jan",
      lastName: "Aerts",
      birthDate: "1985-07-30",
      pensionerFrom: null,
    });
    expect(checkWorkerRegistration({ ssin: "17073003384", firstName: "A", lastName: "B" }).value?.birthDate).toBe(
      "2017-07-30",
    );
    expect(checkWorkerRegistration({ ssin: "98472899765", firstName: "A", lastName: "B" }).value?.birthDate).toBe(
      "1998-07-28",
    );
    // Month 20 (BIS, month unknown): no birth date.
    expect(checkWorkerRegistration({ ssin: "92200006963", firstName: "A", lastName: "B" }).value?.birthDate).toBeNull();
  });

  it("reports every problem at once: check digit, blank and too long names, unreal pension date", () => {
    const result = checkWorkerRegistration({
      ssin: "85073003329",
      firstName: "  ",
      lastName: "x".repeat(101),
      pensionerFrom: "2025-02-30",
    });
    expect(codes(result)).toEqual([
      ["ssin", "INVALID_CHECK_DIGIT"],
      ["firstName", "REQUIRED"],
      ["lastName", "TOO_LONG"],
      ["pensionerFrom", "INVALID_DATE"],
    ]);
    expect(result.value).toBeNull();
    // 100 characters, counted as people count them (one emoji is one character).
    expect(
      checkWorkerRegistration({ ssin: "85073003328", firstName: "😀".repeat(100), lastName: "B" }).problems,
    ).toEqual([]);
  });

  it("a correction returns only the given fields; null clears the pension date but not a name", () => {
    expect(checkWorkerCorrection({ lastName: " Peeters " }).value).toEqual({ lastName: "Peeters" });
    expect(checkWorkerCorrection({ pensionerFrom: null }).value).toEqual({ pensionerFrom: null });
    expect(checkWorkerCorrection({}).value).toEqual({});
    expect(codes(checkWorkerCorrection({ firstName: null, lastName: "" }))).toEqual([
      ["firstName", "REQUIRED"],
      ["lastName", "REQUIRED"],
    ]);
  });

  it("a reason is required and trimmed", () => {
    expect(checkReason("  typo  ").value).toBe("typo");
    expect(codes(checkReason(" \n "))).toEqual([["reason", "REQUIRED"]]);
    expect(codes(checkReason("x".repeat(1001)))).toEqual([["reason", "TOO_LONG"]]);
  });
});

describe("Dimona period rules", () => {
  const base = { jointCommittee: "302", startDate: "2025-03-15" };

  it("hours are HH:MM from 00:00 to 23:59", () => {
    expect(["00:00", "09:30", "23:59"].every(isHour)).toBe(true);
    expect(["24:00", "9:30", "12:60", "1230", "12:30:00"].some(isHour)).toBe(false);
  });

  it("accepts a per-day period past midnight and an open-ended one", () => {
    expect(
      checkDimonaRegistration({ ...base, startHour: "22:00", endDate: "2025-03-16", endHour: "02:00" }).problems,
    ).toEqual([]);
    expect(checkDimonaRegistration(base).value).toEqual({
      ...base,
      startHour: null,
      endDate: null,
      endHour: null,
      plannedHours: null,
    });
  });

  it("start <= end: dates, and hours on one day", () => {
    expect(codes(checkDimonaRegistration({ ...base, endDate: "2025-03-14" }))).toEqual([["endDate", "RANGE_ORDER"]]);
    expect(
      codes(checkDimonaRegistration({ ...base, endDate: "2025-03-15", startHour: "18:00", endHour: "17:59" })),
    ).toEqual([["endHour", "RANGE_ORDER"]]);
    expect(
      checkDimonaRegistration({ ...base, endDate: "2025-03-15", startHour: "18:00", endHour: "18:00" }).problems,
    ).toEqual([]);
  });

  it("reports every problem of the input at once", () => {
    const result = checkDimonaRegistration({
      jointCommittee: " ",
      startDate: "2025-02-29",
      startHour: "25:00",
      endDate: "2025-13-01",
      endHour: "7h",
      plannedHours: 1000,
    });
    expect(codes(result)).toEqual([
      ["jointCommittee", "REQUIRED"],
      ["startDate", "INVALID_DATE"],
      ["startHour", "INVALID_FORMAT"],
      ["endDate", "INVALID_DATE"],
      ["endHour", "INVALID_FORMAT"],
      ["plannedHours", "OUT_OF_RANGE"],
    ]);
  });

  it("planned hours 0-999 with at most 2 decimals; joint committee at most 10 characters", () => {
    expect(checkDimonaRegistration({ ...base, plannedHours: 7.25 }).value?.plannedHours).toBe(7.25);
    expect(checkDimonaRegistration({ ...base, plannedHours: 0.1 + 0.2 }).value?.plannedHours).toBe(0.3);
    expect(codes(checkDimonaRegistration({ ...base, plannedHours: 7.255 }))).toEqual([["plannedHours", "TOO_PRECISE"]]);
    expect(codes(checkDimonaRegistration({ ...base, plannedHours: -1 }))).toEqual([["plannedHours", "OUT_OF_RANGE"]]);
    expect(codes(checkDimonaRegistration({ ...base, jointCommittee: "12345678901" }))).toEqual([
      ["jointCommittee", "TOO_LONG"],
    ]);
  });

  const current: DimonaPeriodTimes = {
    startDate: "2025-01-01",
    startHour: null,
    endDate: "2025-03-31",
    endHour: null,
    plannedHours: null,
  };

  it("a correction is judged once applied, and blames the field it gave", () => {
    expect(codes(checkDimonaCorrection({ startDate: "2025-04-01" }, current))).toEqual([["startDate", "RANGE_ORDER"]]);
    expect(codes(checkDimonaCorrection({ endDate: "2024-12-31" }, current))).toEqual([["endDate", "RANGE_ORDER"]]);
    expect(checkDimonaCorrection({ startDate: "2025-04-01", endDate: null }, current).value).toEqual({
      startDate: "2025-04-01",
      endDate: null,
    });
    expect(checkDimonaCorrection({ cancelled: true }, current).value).toEqual({ cancelled: true });
  });

  it("a correction may clear optional fields but not the start date or the cancelled flag", () => {
    expect(codes(checkDimonaCorrection({ startDate: null, cancelled: null }, current))).toEqual([
      ["startDate", "REQUIRED"],
      ["cancelled", "REQUIRED"],
    ]);
    expect(checkDimonaCorrection({ plannedHours: null, startHour: null }, current).value).toEqual({
      plannedHours: null,
      startHour: null,
    });
  });
});

describe("employer rules", () => {
  it("normalises the NSSO number and tells a malformed number from a wrong check", () => {
    expect(checkEmployerCorrection({ nssoNumber: "1879957-96" }).value).toEqual({ nssoNumber: "187995796" });
    expect(checkEmployerCorrection({ nssoNumber: "5000000120" }).value).toEqual({ nssoNumber: "5000000120" });
    expect(checkEmployerCorrection({ nssoNumber: null }).value).toEqual({ nssoNumber: null });
    expect(codes(checkEmployerCorrection({ nssoNumber: "187995797" }))).toEqual([
      ["nssoNumber", "INVALID_CHECK_DIGIT"],
    ]);
    expect(codes(checkEmployerCorrection({ nssoNumber: "6000000120" }))).toEqual([["nssoNumber", "INVALID_FORMAT"]]);
    expect(codes(checkEmployerCorrection({ nssoNumber: "ABC" }))).toEqual([["nssoNumber", "INVALID_FORMAT"]]);
  });

  it("employer classes: exactly 3 digits, no repeats; an empty list is allowed", () => {
    expect(checkEmployerCorrection({ employerClasses: [] }).value).toEqual({ employerClasses: [] });
    expect(codes(checkEmployerCorrection({ employerClasses: ["017", "17", "017", "0171"] }))).toEqual([
      ["employerClasses.1", "INVALID_FORMAT"],
      ["employerClasses.2", "DUPLICATE"],
      ["employerClasses.3", "INVALID_FORMAT"],
    ]);
  });

  it("the language is a national language; EN is refused", () => {
    expect(checkEmployerCorrection({ language: "de" }).value).toEqual({ language: "de" });
    expect(codes(checkEmployerCorrection({ language: "en" }))).toEqual([["language", "NOT_ALLOWED"]]);
    expect(codes(checkEmployerCorrection({ name: " ", language: null }))).toEqual([
      ["name", "REQUIRED"],
      ["language", "REQUIRED"],
    ]);
  });
});

describe("ceiling rules", () => {
  it("accepts a year 2024-2100 and an amount above zero with at most 2 decimals", () => {
    expect(checkCeiling({ year: 2027, amount: "18500.5", provisional: true, source: "  " }).value).toEqual({
      year: 2027,
      amountCents: 1_850_050,
      provisional: true,
      source: null,
    });
    expect(checkCeiling({ year: 2100, amount: "1.230", provisional: false }).value?.amountCents).toBe(123);
  });

  it("reports year, amount and source at once", () => {
    expect(codes(checkCeiling({ year: 2023, amount: "0", provisional: false, source: "x".repeat(501) }))).toEqual([
      ["year", "OUT_OF_RANGE"],
      ["amount", "OUT_OF_RANGE"],
      ["source", "TOO_LONG"],
    ]);
    expect(codes(checkCeiling({ year: 2101, amount: "-5", provisional: false }))).toEqual([
      ["year", "OUT_OF_RANGE"],
      ["amount", "OUT_OF_RANGE"],
    ]);
    expect(codes(checkCeiling({ year: 2025, amount: "1.234", provisional: false }))).toEqual([
      ["amount", "TOO_PRECISE"],
    ]);
  });
});

describe("period order alongside other problems", () => {
  it("reports an end date before the start also when an hour is malformed, and ignores a malformed hour for the order", () => {
    expect(
      codes(
        checkDimonaRegistration({
          jointCommittee: "302",
          startDate: "2025-05-10",
          startHour: "7:00",
          endDate: "2025-05-09",
        }),
      ),
    ).toEqual([
      ["startHour", "INVALID_FORMAT"],
      ["endDate", "RANGE_ORDER"],
    ]);
    const current: DimonaPeriodTimes = {
      startDate: "2025-05-10",
      startHour: "18:00",
      endDate: "2025-05-10",
      endHour: "20:00",
      plannedHours: null,
    };
    // The old start hour 18:00 would come after 09:00, but the new one is refused on its own: one problem only.
    expect(codes(checkDimonaCorrection({ startHour: "9h", endHour: "09:00" }, current))).toEqual([
      ["startHour", "INVALID_FORMAT"],
    ]);
    expect(codes(checkDimonaCorrection({ endHour: "09:00" }, current))).toEqual([["endHour", "RANGE_ORDER"]]);
  });
});
