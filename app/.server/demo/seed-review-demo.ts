import type { ClaimState } from "~/domain/claim-states";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { SourceKind } from "~/domain/sources";
import { getClaim, listArticleClaims } from "../claims/claims";
import { transitionClaim } from "../claims/transitions";
import type { Database } from "../db/database-types";
import { assignClaim } from "../review/assignment";
import { addComment } from "../review/comments";
import { setReferenceFigure } from "../review/reference-figure";
import { addSource, listSources } from "../review/source-records";
import { proposeVerdict } from "../review/verdicts";

// Walks some of the demo articles' claims through the real workflow, so a fresh demo shows every
// stage: a published verdict, a correction, a claim waiting for review, overdue research and a
// dismissed candidate. Sources point at example.org and are not captured (the demo makes no requests).

export interface DemoTeam {
  checker: WorkflowActor;
  editor: WorkflowActor;
  admin: WorkflowActor;
}

interface DemoVerdict {
  rating: string;
  summary: string;
  rationale: string;
}

async function claimSaying(db: Database, articleId: number, words: string) {
  const claim = (await listArticleClaims(db, articleId)).find((each) => each.text.includes(words));
  if (!claim) throw new Error(`Demo data: no claim saying "${words}"`);
  return claim.id;
}

const versionOf = async (db: Database, claimId: number) => (await getClaim(db, claimId)).version;

async function move(db: Database, actor: WorkflowActor, claimId: number, to: ClaimState, note: string | null = null) {
  await transitionClaim(db, actor, claimId, { to, note, assigneeId: null, version: await versionOf(db, claimId) });
}

async function research(
  db: Database,
  checker: WorkflowActor,
  claimId: number,
  source: { url: string; title: string; publisher: string; kind: SourceKind; passage: string },
  verdict: DemoVerdict,
) {
  await move(db, checker, claimId, "researching");
  await addSource(db, checker, claimId, {
    ...source,
    accessedOn: null,
    archiveUrl: null,
    version: await versionOf(db, claimId),
  });
  await proposeVerdict(db, checker, claimId, { ...verdict, version: await versionOf(db, claimId) });
}

async function reviseVerdict(db: Database, checker: WorkflowActor, claimId: number, verdict: DemoVerdict) {
  await proposeVerdict(db, checker, claimId, { ...verdict, version: await versionOf(db, claimId) });
}

export async function seedReviewDemo(db: Database, team: DemoTeam, articleIds: number[]): Promise<void> {
  const [bridge, vaccines, energy] = articleIds;
  if (bridge === undefined || vaccines === undefined || energy === undefined) return;
  const { checker, editor, admin } = team;

  const vaccinated = await claimSaying(db, vaccines, "We have vaccinated more people");
  await research(
    db,
    checker,
    vaccinated,
    {
      url: "https://example.org/health-ministry/vaccination-statistics",
      title: "Weekly vaccination statistics",
      publisher: "Ministry of Health",
      kind: "official_data",
      passage:
        "Doses administered in the first six weeks: 4.1 million; in the previous government's final year: 3.9 million.",
    },
    {
      rating: "Misleading",
      summary: "The six-week total narrowly beats the previous government's year, but counts booked appointments.",
      rationale:
        "The ministry's own weekly statistics record **4.1 million doses** in six weeks against 3.9 million in the previous government's final year.\n\nThe minister's wider figure of 4.5 million includes appointments booked but not yet given.",
    },
  );
  await addComment(db, editor, vaccinated, { body: "Is the 3.9 million a calendar year or a financial year?" });
  await addComment(db, checker, vaccinated, { body: "Calendar year: the table footnote says so." });
  await move(db, checker, vaccinated, "in_review");
  await move(db, editor, vaccinated, "approved");
  await move(db, editor, vaccinated, "published");

  const bills = await claimSaying(db, energy, "45%");
  await research(
    db,
    checker,
    bills,
    {
      url: "https://example.org/energy-regulator/price-index",
      title: "Household energy price index, June 2025",
      publisher: "Energy Regulator",
      kind: "official_data",
      passage: "Average household bill: 41% above the level of three years earlier.",
    },
    {
      rating: "Mostly true",
      summary: "The regulator's index puts bills 41% higher than three years ago, close to the 45% claimed.",
      rationale: "The regulator's June index is the standard measure of household bills.",
    },
  );
  const [billsSource] = await listSources(db, bills);
  await setReferenceFigure(db, checker, bills, {
    value: 41,
    unit: "%",
    asOf: "2025-06-01",
    sourceId: billsSource?.id ?? null,
    version: await versionOf(db, bills),
  });
  await move(db, checker, bills, "in_review");
  await move(db, admin, bills, "approved");
  await move(db, editor, bills, "published");

  const traffic = await claimSaying(db, bridge, "38,000");
  await research(
    db,
    checker,
    traffic,
    {
      url: "https://example.org/port-alder/transport-office/traffic-counts",
      title: "Marsh Street bridge traffic counts",
      publisher: "Port Alder transport office",
      kind: "official_data",
      passage: "Average weekday crossings: 38,400.",
    },
    {
      rating: "True",
      summary: "The transport office counts 38,400 vehicles a day.",
      rationale: "The transport office's counts match the mayor's figure.",
    },
  );
  await move(db, checker, traffic, "in_review");
  await move(db, editor, traffic, "approved");
  await move(db, editor, traffic, "published");
  await move(db, editor, traffic, "researching", "The transport office revised its counts to weekdays only.");
  await reviseVerdict(db, checker, traffic, {
    rating: "Mostly true",
    summary: "38,400 is the weekday average; across the whole week the bridge carries about 33,000 vehicles a day.",
    rationale: "The first count the transport office published covered weekdays only; its revised table adds weekends.",
  });
  await move(db, checker, traffic, "in_review");
  await move(db, admin, traffic, "approved");
  await move(db, editor, traffic, "published", "We first rated this True; the revised counts include weekends.");

  const overruns = await claimSaying(db, bridge, "40 per cent");
  await research(
    db,
    checker,
    overruns,
    {
      url: "https://example.org/state-audit/infrastructure-overruns",
      title: "Infrastructure projects 2010-2024: cost and time",
      publisher: "State Audit Office",
      kind: "primary",
      passage: "Bridge projects averaged a 23% overrun; three of eleven exceeded 40%.",
    },
    {
      rating: "Half true",
      summary: "Some regional bridges ran 40% over, but the average overrun was 23%.",
      rationale: "The audit office reviewed eleven bridge projects.",
    },
  );
  await move(db, checker, overruns, "in_review");

  const doses = await claimSaying(db, vaccines, "4.5 million");
  await move(db, checker, doses, "researching");
  await assignClaim(db, editor, doses, {
    assigneeId: checker.id,
    dueOn: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    version: await versionOf(db, doses),
  });

  const profit = await claimSaying(db, energy, "£1.2bn");
  await move(db, checker, profit, "dismissed", "Already checked elsewhere");
}
