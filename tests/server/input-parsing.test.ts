import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isFormEncoding } from "~/.server/http/form-encoding";
import { idParam, userIdParam } from "~/.server/http/params";
import { readFormData } from "~/.server/web/read-form";
import { decodeCursor } from "~/domain/ledger/cursor";
import { apiArticleSchema } from "~/domain/schemas/api";
import { optionalDay } from "~/domain/schemas/article";
import { isCalendarDay } from "~/domain/schemas/calendar-day";
import { claimRefSchema } from "~/domain/schemas/claim";
import { hiddenId, hiddenNumber } from "~/domain/schemas/hidden-number";
import { ledgerFiltersSchema } from "~/domain/schemas/ledger";
import { decodeQueueCursor, encodeQueueCursor } from "~/domain/schemas/queue";
import { parseInput } from "~/domain/validation";

// Input is parsed before it reaches SQL: what Postgres would answer with an error (a NUL character, a
// number past its integer, a day not on the calendar) is refused here with a message and a 4xx.

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { status: number; message: string; fields?: Record<string, string> };
  }
  throw new Error("expected a refusal");
};
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("days", () => {
  it("takes only days on the calendar, years 1 to 9999", () => {
    for (const day of ["2024-02-29", "2025-12-31", "0001-01-01", "9999-12-31"]) expect(isCalendarDay(day)).toBe(true);
    for (const day of ["2025-02-29", "2025-02-30", "2025-13-45", "2025-04-31", "0000-01-01", "2025-1-1", "x"])
      expect(isCalendarDay(day)).toBe(false);
  });

  it("refuses an impossible date in a form or a filter with the date message", () => {
    const form = z.object({ dueOn: optionalDay });
    for (const dueOn of ["2025-13-45", "2025-02-30", "0000-01-01"])
      expect(refusal(() => parseInput(form, { dueOn }))).toMatchObject({
        status: 422,
        fields: { dueOn: "Use a date like 2025-01-18." },
      });
    expect(refusal(() => parseInput(ledgerFiltersSchema, { from: "0000-01-01" })).status).toBe(422);
  });

  it("refuses an impossible publication time from the API", () => {
    const article = { title: "T", body: "B" };
    expect(parseInput(apiArticleSchema, { ...article, publishedAt: "2025-01-18T09:30:00+01:00" }).publishedOn).toBe(
      "2025-01-18",
    );
    expect(
      refusal(() => parseInput(apiArticleSchema, { ...article, publishedAt: "2025-02-30T09:30:00Z" })).status,
    ).toBe(422);
  });
});

describe("ids", () => {
  it("reads an address id up to the largest database integer; past it, not found", () => {
    expect(idParam({ claimId: "2147483647" }, "claimId", "That claim")).toBe(2147483647);
    for (const raw of ["2147483648", "9999999999", "0", "-1", "1e3", "12abc"])
      expect(refusal(() => idParam({ claimId: raw }, "claimId", "That claim"))).toMatchObject({
        status: 404,
        message: "That claim was not found.",
      });
  });

  it("answers a user id that is not one the app makes with the 404 page", async () => {
    expect(userIdParam({ userId: "5a1c0f6e-8f1f-4a43-9d6b-3f2a1c9e0b11" })).toBe(
      "5a1c0f6e-8f1f-4a43-9d6b-3f2a1c9e0b11",
    );
    const thrown = refusal(() => userIdParam({ userId: "a\u0000b" })) as unknown as { init: { status: number } };
    expect(thrown.init.status).toBe(404);
  });

  it("refuses a hidden id no row can have as not found, and a non-number as a stale page", () => {
    expect(refusal(() => parseInput(hiddenId("That rating"), "2147483648"))).toMatchObject({
      status: 404,
      message: "That rating was not found.",
    });
    expect(refusal(() => parseInput(hiddenId("That rating"), "NaN"))).toMatchObject({
      status: 422,
      message: "Reload the page and try again.",
    });
    expect(refusal(() => parseInput(hiddenNumber, "9223372036854775808")).status).toBe(422);
    expect(refusal(() => parseInput(claimRefSchema, "2147483648:1")).status).toBe(422);
    expect(parseInput(claimRefSchema, "12:3")).toEqual({ id: 12, version: 3 });
  });

  it("refuses a filter id past the largest database integer with the filter's message", () => {
    expect(refusal(() => parseInput(ledgerFiltersSchema, { verdict: "2147483648" }))).toMatchObject({
      status: 422,
      fields: { verdict: "Choose a verdict." },
    });
  });
});

describe("NUL characters", () => {
  it("are refused in any text a schema accepts, naming the field", () => {
    const error = refusal(() => parseInput(ledgerFiltersSchema, { q: "a\u0000b", outlet: "Courier" }));
    expect(error).toMatchObject({ status: 422, fields: { q: expect.stringContaining("NUL character") } });
    expect(error.message).toContain("“q”");
    const nested = refusal(() => parseInput(z.object({ sources: z.array(z.string()) }), { sources: ["ok", "\u0000"] }));
    expect(Object.keys(nested.fields ?? {})).toEqual(["sources.1"]);
  });

  it("are not looked for in parameters nobody reads", () => {
    expect(parseInput(ledgerFiltersSchema, { q: "budget", utm: "a\u0000b" }).q).toBe("budget");
  });
});

describe("page links", () => {
  it("a queue link with a time that is not on the calendar is a stale link", () => {
    const valid = encodeQueueCursor({ sort: "oldest", key: "2025-01-18 09:30:00.123456+00", claimId: 7 });
    expect(decodeQueueCursor(valid, "oldest")).toMatchObject({ claimId: 7 });
    for (const [sort, key, claimId] of [
      ["oldest", "2025-13-45 10:00:00+00", 1],
      ["oldest", "2025-02-30 10:00:00+00", 1],
      ["newest", "2025-01-01 25:00:00+00", 1],
      ["waiting", "2025-01-01 10:00:00+99", 1],
      ["due", "0000-01-01", 1],
      ["due", "2025-01-01", 2147483648],
    ] as const)
      expect(refusal(() => decodeQueueCursor(base64url([sort, key, claimId]), sort))).toMatchObject({
        status: 422,
        message: "This page link is not valid any more. Start again from the first page.",
      });
  });

  it("a ledger link with a claim id past the largest database integer is a stale link", () => {
    expect(refusal(() => decodeCursor(base64url(["2025-03-01T10:00:00.123456Z", 2147483648]), false)).status).toBe(422);
  });
});

describe("form bodies", () => {
  const post = (contentType: string | null, body: string) =>
    new Request("http://claimdesk.test/claims/1", {
      method: "POST",
      headers: contentType ? { "Content-Type": contentType } : {},
      body,
    });
  const thrownStatus = async (request: Request) =>
    readFormData(request).then(
      () => 0,
      (response: { init: { status: number }; data: { error: { message: string } } }) => response.init.status,
    );

  it("are form encodings only", () => {
    expect(isFormEncoding("application/x-www-form-urlencoded")).toBe(true);
    expect(isFormEncoding("multipart/form-data; boundary=x")).toBe(true);
    expect(isFormEncoding("application/json")).toBe(false);
    expect(isFormEncoding("text/plain;charset=UTF-8")).toBe(false);
    expect(isFormEncoding(null)).toBe(false);
  });

  it("are refused when not a form (415), broken (400) or holding a NUL character (422)", async () => {
    expect(await thrownStatus(post("application/json", '{"body":"x"}'))).toBe(415);
    expect(await thrownStatus(post("text/plain", "body=x"))).toBe(415);
    expect(await thrownStatus(post(null, "body=x"))).toBe(415);
    expect(await thrownStatus(post("multipart/form-data; boundary=fuzz", "--fuzz\r\nnot a part"))).toBe(400);
    expect(await thrownStatus(post("application/x-www-form-urlencoded", "intent=comment&body=a%00b"))).toBe(422);
    const form = await readFormData(post("application/x-www-form-urlencoded", "intent=comment&body=%FF"));
    expect(form.get("body")).toBe("\uFFFD");
  });
});
