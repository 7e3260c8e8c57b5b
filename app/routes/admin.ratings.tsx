import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/.server/http/guards";
import { formError } from "~/.server/http/responses";
import { addRating, moveRating, updateRating } from "~/.server/review/rating-admin";
import { listRatings } from "~/.server/review/ratings";
import { readFormData } from "~/.server/web/read-form";
import { FormMessage } from "~/components/form-field";
import { NewRatingForm, RatingEditor, type RatingFailure } from "~/components/rating-editor";
import { StatusBanner } from "~/components/status-banner";
import { invalid } from "~/domain/errors";
import { hiddenId } from "~/domain/schemas/hidden-number";
import { ratingInputSchema, ratingMoveSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction = () => [{ title: "Rating scale · Admin · Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args, { role: "admin" });
  return { ratings: await listRatings(args.context.db) };
}

const DONE: Record<string, string> = {
  add: "Rating added at the end of the scale.",
  update: "Rating saved.",
  move: "Scale reordered.",
};

export async function action(args: ActionFunctionArgs) {
  const admin = await requireUser(args, { role: "admin" });
  const form = formValues(await readFormData(args.request), [
    "intent",
    "ratingId",
    "direction",
    "label",
    "description",
    "colour",
    "scored",
  ]);
  const { intent, ratingId, direction, ...fields } = form;
  const db = args.context.db;
  try {
    let changedId: number;
    if (intent === "add") changedId = (await addRating(db, admin.id, parseInput(ratingInputSchema, fields))).id;
    else if (intent === "update") {
      const id = parseInput(hiddenId("That rating"), ratingId);
      changedId = (await updateRating(db, admin.id, id, parseInput(ratingInputSchema, fields))).id;
    } else if (intent === "move") {
      changedId = parseInput(hiddenId("That rating"), ratingId);
      await moveRating(db, admin.id, changedId, parseInput(ratingMoveSchema, direction));
    } else throw invalid("Unknown action.");
    return redirect(`/admin/ratings?done=${intent}#rating-${changedId}`);
  } catch (error) {
    return formError(error, { intent, ratingId, ...fields });
  }
}

export default function AdminRatings() {
  const { ratings } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = DONE[searchParams.get("done") ?? ""];
  const failure: (RatingFailure & { intent: string; ratingId: string }) | null =
    result && "error" in result && result.submitted
      ? {
          ...result.submitted,
          message: result.error.message,
          fields: result.error.fields ?? {},
          submitted: result.submitted,
        }
      : null;
  const failureFor = (ratingId: number) =>
    failure?.intent === "update" && failure.ratingId === String(ratingId) ? failure : null;
  const shownInline = failure?.intent === "add" || ratings.some((rating) => failureFor(rating.id) !== null);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link to="/admin/users" className="text-sm text-sky-800 underline">
          ← Users
        </Link>
      </p>
      <header>
        <h1 className="font-serif text-3xl font-bold">Rating scale</h1>
        <p className="mt-1 text-stone-600">
          The verdicts a claim can get, best first. Readers see each label in its colour on the ledger.
        </p>
      </header>
      {done ? <StatusBanner>{done}</StatusBanner> : null}
      {failure && !shownInline ? <FormMessage message={failure.message} /> : null}
      <ol className="space-y-3" aria-label="Ratings in order">
        {ratings.map((rating, index) => (
          <RatingEditor
            key={rating.id}
            rating={rating}
            place={index + 1}
            total={ratings.length}
            failure={failureFor(rating.id)}
          />
        ))}
      </ol>
      <section aria-labelledby="new-rating-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="new-rating-heading" className="text-lg font-semibold">
          Add a rating
        </h2>
        <div className="mt-3">
          <NewRatingForm failure={failure?.intent === "add" ? failure : null} />
        </div>
      </section>
    </div>
  );
}
