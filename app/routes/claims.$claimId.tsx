import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import {
  type Params,
  type ShouldRevalidateFunction,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "@remix-run/react";
import { loadClaimPage } from "~/.server/claims/claim-page";
import { requireUser } from "~/.server/http/guards";
import { idParam } from "~/.server/http/params";
import { formError, throwAsResponse } from "~/.server/http/responses";
import { runClaimPageIntent, submittedText } from "~/.server/web/claim-page-intents";
import { readFormData } from "~/.server/web/read-form";
import { ClaimComments } from "~/components/claim-comments";
import { draftFor } from "~/components/claim-draft";
import { ClaimHeader } from "~/components/claim-header";
import { ClaimPublicationPreview } from "~/components/claim-publication-preview";
import { ClaimReferenceFigure } from "~/components/claim-reference-figure";
import { ClaimRefusal } from "~/components/claim-refusal";
import { ClaimSimilar } from "~/components/claim-similar";
import { ClaimSources } from "~/components/claim-sources";
import { ClaimTimeline } from "~/components/claim-timeline";
import { ClaimVerdict } from "~/components/claim-verdict";
import { ClaimWorkflowActions } from "~/components/claim-workflow-actions";
import { StatusBanner } from "~/components/status-banner";
import { claimDisplayText } from "~/domain/claim-display";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? `Claim ${data.claim.id}: ${claimDisplayText(data.claim).slice(0, 80)}` : "Claim"} · Claimdesk` },
];

const claimIdOf = (params: Params) => idParam(params, "claimId", "That claim");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  try {
    const previewPublication = new URL(args.request.url).searchParams.get("preview") === "publish";
    return await loadClaimPage(args.context.db, user, claimIdOf(args.params), { previewPublication });
  } catch (error) {
    throwAsResponse(error);
  }
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const form = await readFormData(args.request);
  try {
    const claimId = claimIdOf(args.params);
    const section = await runClaimPageIntent(args.context.db, user, claimId, form);
    return redirect(`/claims/${claimId}#${section}`);
  } catch (error) {
    return formError(error, submittedText(form));
  }
}

/** A refused change is not reloaded (nothing changed), except a conflict: then the claim changed under
 *  the user, and the page must show its current state. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;

export default function ClaimPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const refused = result && "error" in result ? result : null;
  const { claim } = page;
  const version = claim.version;
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <ClaimRefusal refused={refused} />
      {searchParams.has("rechecked") && !refused ? (
        <StatusBanner>Sources re-checked: each source below shows what was found.</StatusBanner>
      ) : null}
      {page.publicationPreview ? (
        <ClaimPublicationPreview
          claimId={claim.id}
          preview={page.publicationPreview}
          publishing={page.actions.find((action) => action.action === "publish") ?? null}
          sources={page.sources}
          version={version}
          draft={draftFor(refused, "transition")}
        />
      ) : null}
      <ClaimHeader claim={claim} article={page.article} context={page.context} attribution={page.attribution} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-6">
          {/* In the order the work is done: the evidence, the verdict drawn from it, then the next step. */}
          <ClaimSources
            claimId={claim.id}
            quoteClaim={claim.kind === "quote"}
            sources={page.sources}
            version={version}
            lockedReason={page.researchLockedReason}
            canRecheck={page.canRecheckSources}
            refused={refused}
          />
          {claim.kind === "numeric" ? (
            <ClaimReferenceFigure
              claim={claim}
              reference={page.reference}
              figuresInSources={page.figuresInSources}
              sources={page.sources}
              version={version}
              lockedReason={page.researchLockedReason}
              draft={draftFor(refused, "reference")}
            />
          ) : null}
          <ClaimVerdict
            verdicts={page.verdicts}
            ratings={page.ratings}
            summaryMaxLength={page.summaryMaxLength}
            version={version}
            lockedReason={page.researchLockedReason}
            draft={draftFor(refused, "verdict")}
          />
          <ClaimWorkflowActions actions={page.actions} version={version} draft={draftFor(refused, "transition")} />
        </div>
        <aside className="space-y-6" aria-label="Discussion and history">
          <ClaimComments comments={page.comments} version={version} draft={draftFor(refused, "comment")} />
          <ClaimTimeline events={page.events} />
          <ClaimSimilar similar={page.similar} repeatOfId={claim.repeatOfId} version={version} />
        </aside>
      </div>
    </div>
  );
}
