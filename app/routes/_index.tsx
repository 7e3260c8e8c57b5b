import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/.server/http/guards";
import { throwAsResponse } from "~/.server/http/responses";
import { newsroomToday } from "~/.server/newsroom-today";
import { loadDesk } from "~/.server/review/desk";
import { DateText } from "~/components/date-text";
import { DeskClaimList, DeskSection } from "~/components/desk-section";
import { queueAddress } from "~/domain/schemas/queue";

export const meta: MetaFunction = () => [{ title: "My desk · Claimdesk" }];

// Signed in: the day's work. Readers (not signed in) are sent to the public ledger, never to sign-in.
export async function loader(args: LoaderFunctionArgs) {
  const user = await getOptionalUser(args);
  if (!user) throw redirect("/ledger");
  try {
    const today = newsroomToday();
    return { desk: await loadDesk(args.context.db, user, today), name: user.displayName, today };
  } catch (error) {
    throwAsResponse(error);
  }
}

export default function MyDesk() {
  const { desk, name, today } = useLoaderData<typeof loader>();
  const { review, sentBack, assigned, due, published } = desk;
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">My desk</h1>
      <p className="text-stone-700">
        {name}, here is what waits for you. The{" "}
        <Link to="/queue" className="text-sky-800 underline">
          review queue
        </Link>{" "}
        has every claim.
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        {review ? (
          <DeskSection
            title="Waiting for my review"
            empty="Nothing waits for your review."
            count={review.rows.length}
            more={review.more ? queueAddress({ tab: "review" }) : null}
          >
            <DeskClaimList
              claims={review.rows.map((row) => ({
                ...row,
                detail: row.assigneeName ? `by ${row.assigneeName}` : null,
              }))}
            />
          </DeskSection>
        ) : null}
        <DeskSection title="Sent back to me" empty="Nothing was sent back to you." count={sentBack.length} more={null}>
          <DeskClaimList
            claims={sentBack.map((row) => ({
              ...row,
              detail: `${row.sentBackBy ?? "An editor"}: “${row.note ?? "no note"}”`,
            }))}
          />
        </DeskSection>
        <DeskSection
          title="Assigned to me"
          empty="Nothing is assigned to you."
          count={assigned.rows.length}
          more={assigned.more ? queueAddress({ tab: "mine" }) : null}
        >
          <DeskClaimList claims={assigned.rows.map((row) => ({ ...row, detail: row.articleTitle }))} />
        </DeskSection>
        <DeskSection
          title="Due soon or overdue"
          empty="Nothing of yours is due in the next three days."
          count={due.length}
          more={null}
        >
          <DeskClaimList
            claims={due.map((row) => ({
              ...row,
              detail: row.dueOn ? (
                <span className={row.dueOn < today ? "font-semibold text-red-700" : undefined}>
                  {row.dueOn < today ? "Overdue: due " : "Due "}
                  <DateText value={row.dueOn} />
                </span>
              ) : null,
            }))}
          />
        </DeskSection>
        <DeskSection
          title="Recently published by the team"
          empty="Nothing published yet."
          count={published.length}
          more="/ledger"
        >
          <DeskClaimList claims={published.map((row) => ({ ...row, detail: row.speakerName }))} />
        </DeskSection>
      </div>
    </div>
  );
}
