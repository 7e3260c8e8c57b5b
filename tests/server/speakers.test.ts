import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { auditEvents, speakers } from "~/.server/db/schema/all-tables";
import { mergeSpeakers, speakerForName } from "~/.server/speakers/speaker-records";
import { createUser } from "~/.server/users/user-accounts";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import * as speakersPage from "~/routes/speakers";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The Speakers page as a newsroom uses it: find a speaker by name, correct a name extraction got
// wrong, remove one no claim names; each change is audited, each refusal says why.

let database: TestDatabase;
const ids = { checker: "", editor: "", admin: "" };

beforeAll(async () => {
  database = await createTestDatabase();
  for (const role of ["checker", "editor", "admin"] as const) {
    ids[role] = (
      await createUser(database.db, null, {
        email: `speakers.${role}@paper.test`,
        displayName: `Speakers ${role}`,
        role,
        password: "test password 123",
      })
    ).id;
  }
  await createArticle(
    database.db,
    ids.checker,
    parseInput(articleInputSchema, {
      title: "Bridge tolls",
      body: "“The tolls will fall next year,” Dana Holt said on Monday.\n\n“They will not,” Marta Quill said.",
    }),
  );
});
afterAll(() => database.dispose());

async function speakerList(query = "", as: keyof typeof ids = "checker") {
  const args = await requestAs(database.db, ids[as], `/speakers${query}`);
  return speakersPage.loader({ ...args, params: {} });
}

interface ActionResult {
  data: {
    done?: string | null;
    error?: { code: string; message: string; fields?: Record<string, string> } | null;
    submitted?: { speakerId: string; name: string } | null;
  };
  init: ResponseInit | null;
}

async function post(as: keyof typeof ids, form: Record<string, string>): Promise<ActionResult> {
  const args = await requestAs(database.db, ids[as], "/speakers", {
    method: "POST",
    body: new URLSearchParams(form),
  });
  try {
    return (await speakersPage.action({ ...args, params: {} })) as unknown as ActionResult;
  } catch (thrown) {
    if (thrown instanceof Response)
      return { data: { error: { code: "", message: await thrown.text() } }, init: thrown };
    return thrown as ActionResult;
  }
}

const statusOf = (result: ActionResult) => result.init?.status ?? 200;
const speakerNamed = async (name: string) => {
  const [row] = await database.db.select().from(speakers).where(eq(speakers.displayName, name));
  return row;
};
const auditOf = (action: string, id: number) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, String(id))));

describe("finding speakers", () => {
  beforeAll(async () => {
    for (let n = 1; n <= 105; n++) await speakerForName(database.db, `Zed Person ${String(n).padStart(3, "0")}`);
  });

  it("searches names in any letter case and shows each speaker's claims", async () => {
    const found = await speakerList("?q=holt");
    expect(found.speakers).toEqual([expect.objectContaining({ displayName: "Dana Holt", claimCount: 2 })]);
    expect(found.q).toBe("holt");
  });

  it("pages by name, the search kept", async () => {
    const first = await speakerList("?q=zed");
    expect(first.speakers).toHaveLength(100);
    expect(first.speakers[0]?.displayName).toBe("Zed Person 001");
    const second = await speakerList(`?q=zed&after=${first.nextAfterId}`);
    expect(second.speakers.map((speaker) => speaker.displayName)).toEqual([
      "Zed Person 101",
      "Zed Person 102",
      "Zed Person 103",
      "Zed Person 104",
      "Zed Person 105",
    ]);
    expect(second.nextAfterId).toBeNull();
  });

  it("lets editors and admins correct speakers, not fact-checkers", async () => {
    expect((await speakerList("", "checker")).canEdit).toBe(false);
    expect((await speakerList("", "editor")).canEdit).toBe(true);
    expect((await speakerList("", "admin")).canEdit).toBe(true);
  });
});

describe("renaming a speaker", () => {
  it("corrects the name, records who did it, and finds the speaker by the new name", async () => {
    const bogus = await speakerForName(database.db, "Monday Holt");
    if (!bogus) throw new Error("no speaker");
    const result = await post("editor", { intent: "rename", speakerId: String(bogus.id), name: "  Danielle Holt " });
    expect(statusOf(result)).toBe(200);
    expect(result.data.done).toBe("Renamed to Danielle Holt.");
    expect(await speakerNamed("Danielle Holt")).toMatchObject({ id: bogus.id, nameKey: "danielle holt" });
    expect(await auditOf("speaker.renamed", bogus.id)).toEqual([
      expect.objectContaining({
        actorId: ids.editor,
        subjectType: "speaker",
        details: { from: "Monday Holt", to: "Danielle Holt" },
      }),
    ]);
  });

  it("refuses a name that is already another speaker's, keeping the text typed and advising a merge", async () => {
    const other = await speakerForName(database.db, "D. Holt");
    if (!other) throw new Error("no speaker");
    const result = await post("admin", { intent: "rename", speakerId: String(other.id), name: "dana HOLT" });
    expect(statusOf(result)).toBe(409);
    expect(result.data.error?.message).toBe(
      "“Dana Holt” is already a speaker (2 claims). If they are the same person, merge the two instead.",
    );
    expect(result.data.submitted).toEqual({ speakerId: String(other.id), name: "dana HOLT" });
    expect(await speakerNamed("D. Holt")).toBeDefined();
  });

  it("refuses a name without letters and a fact-checker", async () => {
    const holt = await speakerNamed("Dana Holt");
    const blank = await post("editor", { intent: "rename", speakerId: String(holt?.id), name: " ?! " });
    expect(statusOf(blank)).toBe(422);
    expect(blank.data.error?.message).toBe("Give the speaker a name with letters in it.");
    const checker = await post("checker", { intent: "rename", speakerId: String(holt?.id), name: "New name" });
    expect(statusOf(checker)).toBe(403);
    expect(await speakerNamed("Dana Holt")).toBeDefined();
  });
});

describe("removing a speaker", () => {
  it("removes a speaker no claim names and audits it", async () => {
    const stray = await speakerForName(database.db, "Stray Name");
    if (!stray) throw new Error("no speaker");
    const result = await post("editor", { intent: "remove", speakerId: String(stray.id) });
    expect(statusOf(result)).toBe(200);
    expect(result.data.done).toBe("Removed Stray Name.");
    expect(await speakerNamed("Stray Name")).toBeUndefined();
    expect(await auditOf("speaker.removed", stray.id)).toEqual([
      expect.objectContaining({ actorId: ids.editor, details: { name: "Stray Name" } }),
    ]);
  });

  it("removes the names merged into it with it, however many merges deep", async () => {
    const [zero, one, two] = await Promise.all(
      ["Stub Zero", "Stub One", "Stub Two"].map((name) => speakerForName(database.db, name)),
    );
    if (!zero || !one || !two) throw new Error("no speaker");
    await mergeSpeakers(database.db, { id: ids.editor, role: "editor" }, zero.id, one.id);
    await mergeSpeakers(database.db, { id: ids.editor, role: "editor" }, one.id, two.id);
    const result = await post("editor", { intent: "remove", speakerId: String(two.id) });
    expect(statusOf(result)).toBe(200);
    const left = await database.db
      .select()
      .from(speakers)
      .where(inArray(speakers.id, [zero.id, one.id, two.id]));
    expect(left).toEqual([]);
  });

  it("keeps a speaker with claims, saying how many", async () => {
    const quill = await speakerNamed("Marta Quill");
    const result = await post("admin", { intent: "remove", speakerId: String(quill?.id) });
    expect(statusOf(result)).toBe(409);
    expect(result.data.error?.message).toBe(
      "Marta Quill has 1 claim, so cannot be removed. Give those claims another speaker, or merge Marta Quill into the right one.",
    );
    expect(await speakerNamed("Marta Quill")).toBeDefined();
  });

  it("answers a speaker already gone with a 404", async () => {
    const result = await post("editor", { intent: "remove", speakerId: "999999" });
    expect(statusOf(result)).toBe(404);
  });
});
