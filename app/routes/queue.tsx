import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { getClaim } from "~/.server/claims/claims";
import { requireUser } from "~/.server/http/guards";
import { formError, throwAsResponse } from "~/.server/http/responses";
import { newsroomToday } from "~/.server/newsroom-today";
import { assignClaim } from "~/.server/review/assignment";
import { firstQueueTabWithWork } from "~/.server/review/desk";
import { readQueueNameFilters } from "~/.server/review/queue-name-filters";
import { listQueue, queueCounts, queuePeople } from "~/.server/review/review-queue";
import { readFormData } from "~/.server/web/read-form";
import { QueueFilterForm } from "~/components/queue-filters";
import { QueueList } from "~/components/queue-list";
import { QueueCounts, QueueTabs } from "~/components/queue-summary";
import { AppError } from "~/domain/errors";
import { hasRole } from "~/domain/roles";
import { hiddenId } from "~/domain/schemas/hidden-number";
import { QUEUE_TAB_LABELS, queueAddress, queueCursorSchema, queueFiltersSchema } from "~/domain/schemas/queue";
import { assignmentInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction = () => [{ title: "Review queue · Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  try {
    const query = Object.fromEntries(new URL(args.request.url).searchParams);
    const db = args.context.db;
    const asked = parseInput(queueFiltersSchema, query);
    const withTab = query.tab ? asked : { ...asked, tab: await firstQueueTabWithWork(db, user, newsroomToday()) };
    const { filters, speaker, article, typedChose } = await readQueueNameFilters(db, withTab);
    // Text typed that found its speaker or article: the address names it by id, as a link does.
    if (typedChose) throw redirect(queueAddress(filters));
    const cursor = parseInput(queueCursorSchema, query.cursor);
    const [counts, page, people] = await Promise.all([
      queueCounts(db),
      listQueue(db, user, filters, cursor),
      queuePeople(db),
    ]);
    // A name that matches nothing, or a link's speaker or article that is gone, cannot be used: the
    // page says so beside its field.
    const unusable = speaker.found === "none" || article.found === "none";
    return data(
      {
        counts,
        page,
        people,
        speaker,
        article,
        filters,
        cursor,
        viewer: { id: user.id, role: user.role },
        now: new Date(),
      },
      { status: unusable ? 422 : 200 },
    );
  } catch (error) {
    throwAsResponse(error);
  }
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const submitted = formValues(await readFormData(args.request), ["claimId", "assigneeId", "dueOn", "version"]);
  const url = new URL(args.request.url);
  const db = args.context.db;
  try {
    const claimId = parseInput(hiddenId("That claim"), submitted.claimId);
    await assignClaim(db, user, claimId, parseInput(assignmentInputSchema, submitted));
    return redirect(`${url.pathname}${url.search}#queue-claim-${claimId}`);
  } catch (error) {
    // After a conflict the user sees what the claim holds now, beside what they asked for.
    const current =
      error instanceof AppError && error.code === "conflict" ? await getClaim(db, Number(submitted.claimId)) : null;
    return formError(error, {
      claimId: submitted.claimId,
      assigneeId: submitted.assigneeId,
      dueOn: submitted.dueOn,
      currentAssignee: current ? (current.assigneeName ?? "nobody") : "",
      currentDueOn: current ? (current.dueOn ?? "no date") : "",
    });
  }
}

export default function Queue() {
  const { counts, page, people, speaker, article, filters, cursor, viewer, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const failure =
    result && "error" in result && result.submitted
      ? {
          ...result.submitted,
          code: result.error.code,
          message: result.error.message,
          claimId: Number(result.submitted.claimId),
        }
      : null;
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="font-serif text-3xl font-bold">Review queue</h1>
        <p className="text-xs text-stone-500">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous claim, <kbd>Enter</kbd> open it.
        </p>
      </header>
      <QueueCounts counts={counts} filters={filters} />
      <QueueTabs filters={filters} canReview={hasRole(viewer.role, "editor")} />
      <QueueFilterForm filters={filters} people={people} speaker={speaker} article={article} />
      <section aria-labelledby="queue-heading" className="space-y-3">
        <h2 id="queue-heading" className="font-semibold">
          {QUEUE_TAB_LABELS[filters.tab]}
        </h2>
        <QueueList
          rows={page.rows}
          now={now}
          viewer={viewer}
          people={people}
          formAction={`${location.pathname}${location.search}`}
          failure={failure}
        />
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {cursor ? (
            <Link to={queueAddress(filters)} className="text-sky-800 underline">
              ← First page
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link to={queueAddress(filters, page.nextCursor)} className="text-sky-800 underline">
              Next page →
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
