import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "~/.server/db/schema/all-tables";
import { listRatings } from "~/.server/review/ratings";
import { createUser } from "~/.server/users/user-accounts";
import * as route from "~/routes/admin.ratings";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
const ids = { checker: "", editor: "", admin: "" };

beforeAll(async () => {
  database = await createTestDatabase();
  for (const role of ["checker", "editor", "admin"] as const) {
    ids[role] = (
      await createUser(database.db, null, {
        email: `${role}@ratings.test`,
        displayName: `The ${role}`,
        role,
        password: "ratings password 1",
      })
    ).id;
  }
  // The route opens the app's database; this test's database stands in for it.
});
afterAll(async () => {
  await database.dispose();
});

interface FormFailure {
  init: ResponseInit;
  data: { error: { message: string; fields?: Record<string, string> }; submitted: Record<string, string> };
}

async function post(userId: string, fields: Record<string, string>) {
  const { request, context } = await requestAs(database.db, userId, "/admin/ratings", {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  return route.action({ request, context, params: {} }).then(
    (result) => result as Response | FormFailure,
    (thrown: Response | { init: ResponseInit }) => thrown,
  );
}

const statusOf = (result: Response | FormFailure | { init: ResponseInit }) =>
  result instanceof Response ? result.status : result.init.status;

const labels = async () => (await listRatings(database.db)).map((rating) => rating.label);
const ratingNamed = async (label: string) => {
  const rating = (await listRatings(database.db)).find((each) => each.label === label);
  if (!rating) throw new Error(`no rating ${label}`);
  return rating;
};
const auditOf = (ratingId: number) =>
  database.db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, "rating"), eq(auditEvents.subjectId, String(ratingId))))
    .orderBy(auditEvents.id);

describe("the rating scale admin page", () => {
  it("is for admins only: a checker or an editor gets 403, on the page and on every change", async () => {
    for (const role of ["checker", "editor"] as const) {
      const { request, context } = await requestAs(database.db, ids[role], "/admin/ratings");
      const refused = await route.loader({ request, context, params: {} }).then(
        () => null,
        (thrown: { init?: ResponseInit }) => thrown,
      );
      expect(refused?.init?.status).toBe(403);
      expect(statusOf(await post(ids[role], { intent: "add", label: "Sneaky", colour: "#000000" }))).toBe(403);
    }
    expect(await labels()).not.toContain("Sneaky");
  });

  it("lists the seeded scale best first", async () => {
    const { request, context } = await requestAs(database.db, ids.admin, "/admin/ratings");
    const { ratings } = await route.loader({ request, context, params: {} });
    expect(ratings.map((rating) => [rating.label, rating.scored])).toEqual([
      ["True", true],
      ["Mostly true", true],
      ["Half true", true],
      ["Misleading", true],
      ["Mostly false", true],
      ["False", true],
      ["Unproven", false],
    ]);
  });

  it("renames, recolours and redescribes a rating, with an audit event of what changed", async () => {
    const misleading = await ratingNamed("Misleading");
    const response = await post(ids.admin, {
      intent: "update",
      ratingId: String(misleading.id),
      label: "Lacks context",
      colour: "#B45309",
      description: "Accurate words that leave a false impression.",
      scored: "on",
    });
    expect(statusOf(response)).toBe(302);
    expect(await ratingNamed("Lacks context")).toMatchObject({
      id: misleading.id,
      colour: "#b45309",
      description: "Accurate words that leave a false impression.",
      position: misleading.position,
    });
    expect(await auditOf(misleading.id)).toEqual([
      {
        action: "rating.updated",
        actorId: ids.admin,
        details: {
          label: { from: "Misleading", to: "Lacks context" },
          colour: { from: misleading.colour, to: "#b45309" },
          description: { from: misleading.description, to: "Accurate words that leave a false impression." },
        },
      },
    ]);
  });

  it("adds a rating at the end of the scale", async () => {
    const response = await post(ids.admin, {
      intent: "add",
      label: "Satire",
      colour: "#7c3aed",
      description: "Not meant literally.",
    });
    expect(statusOf(response)).toBe(302);
    expect((await labels()).at(-1)).toBe("Satire");
    const satire = await ratingNamed("Satire");
    expect(satire).toMatchObject({ scored: false, description: "Not meant literally." });
    expect((await auditOf(satire.id)).map((event) => event.action)).toEqual(["rating.added"]);
  });

  it("moves a rating up and down, keeping every other rating in order", async () => {
    const half = await ratingNamed("Half true");
    expect(statusOf(await post(ids.admin, { intent: "move", ratingId: String(half.id), direction: "up" }))).toBe(302);
    expect((await labels()).slice(0, 3)).toEqual(["True", "Half true", "Mostly true"]);
    await post(ids.admin, { intent: "move", ratingId: String(half.id), direction: "down" });
    await post(ids.admin, { intent: "move", ratingId: String(half.id), direction: "down" });
    expect((await labels()).slice(0, 4)).toEqual(["True", "Mostly true", "Lacks context", "Half true"]);
    const positions = (await listRatings(database.db)).map((rating) => rating.position);
    expect(positions).toEqual(positions.map((_, index) => index + 1));
    expect((await auditOf(half.id)).at(-1)).toMatchObject({
      action: "rating.moved",
      details: { label: "Half true", fromPlace: 3, toPlace: 4 },
    });
  });

  it("refuses to move the first rating up, with a message", async () => {
    const first = await ratingNamed("True");
    const refused = await post(ids.admin, { intent: "move", ratingId: String(first.id), direction: "up" });
    expect(statusOf(refused)).toBe(422);
    expect((refused as FormFailure).data.error.message).toBe("“True” is already first on the scale.");
  });

  it("refuses a label already on the scale in any case, with a clear message and the input kept", async () => {
    const before = await labels();
    const refused = await post(ids.admin, { intent: "add", label: "mostly TRUE", colour: "#000000" });
    expect(statusOf(refused)).toBe(422);
    expect((refused as FormFailure).data.error).toEqual({
      code: "invalid",
      message: "There is already a rating called “mostly TRUE”. Choose another label.",
      fields: { label: "This label is already on the scale." },
    });
    expect((refused as FormFailure).data.submitted).toMatchObject({ label: "mostly TRUE", colour: "#000000" });
    const renamed = await post(ids.admin, {
      intent: "update",
      ratingId: String((await ratingNamed("False")).id),
      label: "TRUE",
      colour: "#b91c1c",
    });
    expect(statusOf(renamed)).toBe(422);
    expect(await labels()).toEqual(before);
  });

  it("refuses a colour that is not #rrggbb", async () => {
    const refused = await post(ids.admin, { intent: "add", label: "Odd", colour: "red" });
    expect(statusOf(refused)).toBe(422);
    expect((refused as FormFailure).data.error.fields?.colour).toBe("Give the colour as #rrggbb, for example #b91c1c.");
  });
});
