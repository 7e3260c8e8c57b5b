import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, type Params, useActionData, useLoaderData, useSearchParams, useSubmit } from "@remix-run/react";
import { Fragment, type ReactElement, useCallback, useMemo, useState } from "react";
import { getArticle } from "~/.server/articles/articles";
import { getClaim, listArticlePageClaims, similarClaims } from "~/.server/claims/claims";
import { requireUser } from "~/.server/http/guards";
import { idParam } from "~/.server/http/params";
import { formError, throwAsResponse } from "~/.server/http/responses";
import { runClaimIntent } from "~/.server/web/article-page-intents";
import { readFormData } from "~/.server/web/read-form";
import { ArticleText } from "~/components/article-text";
import { ClaimDetail } from "~/components/claim-detail";
import { ClaimList } from "~/components/claim-list";
import { claimRef, groupBySpeaker } from "~/components/claim-view";
import { DateText } from "~/components/date-text";
import { DismissDialog } from "~/components/dismiss-dialog";
import { DismissUndo } from "~/components/dismiss-undo";
import { FormMessage, secondaryButtonClass } from "~/components/form-field";
import { SelectionClaimPanel, WordsClaimForm } from "~/components/make-claim";
import { useClaimSelection } from "~/components/use-claim-selection";
import { useSimilarClaims } from "~/components/use-similar-claims";
import { useTriageKeys } from "~/components/use-triage-keys";
import { evidenceSpans } from "~/domain/attribution-evidence";
import { articlePageQuerySchema } from "~/domain/schemas/article";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.article.title ?? "Article"} · Claimdesk` },
];

const articleIdOf = (params: Params) => idParam(params, "articleId", "That article");

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  try {
    const articleId = articleIdOf(args.params);
    const db = args.context.db;
    const [article, claims] = await Promise.all([getArticle(db, articleId), listArticlePageClaims(db, articleId)]);
    const { claim, all, dismissed } = articlePageQuerySchema.parse(
      Object.fromEntries(new URL(args.request.url).searchParams),
    );
    const selected = claims.find((row) => row.id === claim);
    const undoable = claims.filter((row) => row.state === "dismissed" && dismissed?.includes(row.id));
    return {
      article,
      claims,
      selectedId: selected?.id ?? null,
      showAll: all === "1",
      undoable,
      similar: selected ? await similarClaims(db, await getClaim(db, selected.id)) : [],
    };
  } catch (error) {
    throwAsResponse(error);
  }
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  try {
    const articleId = articleIdOf(args.params);
    const { selectId, dismissedIds } = await runClaimIntent(
      args.context.db,
      user,
      articleId,
      await readFormData(args.request),
    );
    const query = new URLSearchParams([
      ...(selectId ? [["claim", String(selectId)]] : []),
      ...(dismissedIds.length > 0 ? [["dismissed", dismissedIds.join(",")]] : []),
    ]);
    return redirect(
      `/articles/${articleId}${query.size > 0 ? `?${query}` : ""}${selectId ? `#claim-${selectId}` : ""}`,
    );
  } catch (error) {
    return formError(error);
  }
}

export default function ArticlePage() {
  const loaded = useLoaderData<typeof loader>();
  const { article, claims } = loaded;
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submit = useSubmit();
  const [ticked, setTicked] = useState<Set<number>>(() => new Set());
  const [showAll, setShowAll] = useState(loaded.showAll);
  const showEveryClaim = useCallback(() => setShowAll(true), []);
  const ordered = useMemo(() => groupBySpeaker(claims).flatMap((group) => group.claims), [claims]);
  const { selectedId, select, step } = useClaimSelection(ordered, loaded.selectedId);
  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  const similar = useSimilarClaims(selectedId, loaded.selectedId, loaded.similar);
  const tick = useCallback(
    (id: number, on: boolean) =>
      setTicked((current) => {
        const updated = new Set(current);
        if (on) updated.add(id);
        else updated.delete(id);
        return updated;
      }),
    [],
  );
  const [dismissing, setDismissing] = useState<{ claim: (typeof claims)[number]; next: number } | null>(null);
  const triageSelected = (action: "accept" | "dismiss") => {
    if (selected?.state !== "candidate") return;
    const index = ordered.indexOf(selected);
    const next = ordered.slice(index + 1).find((claim) => claim.state === "candidate")?.id ?? selected.id;
    // A dismissal asks why first (the dialog posts it); an acceptance needs no reason.
    if (action === "dismiss") setDismissing({ claim: selected, next });
    else
      submit(
        { intent: "triage", action, claim: claimRef(selected), next: String(next) },
        { method: "post", preventScrollReset: true },
      );
  };
  const undoDismissal = () => {
    const form = document.getElementById("undo-dismiss");
    if (form instanceof HTMLFormElement) submit(form, { preventScrollReset: true });
  };
  useTriageKeys({
    next: () => step(1),
    previous: () => step(-1),
    accept: () => triageSelected("accept"),
    dismiss: () => triageSelected("dismiss"),
    undo: undoDismissal,
    toggle: () => {
      if (selectedId === null) return;
      setTicked((current) => {
        const updated = new Set(current);
        if (!updated.delete(selectedId)) updated.add(selectedId);
        return updated;
      });
    },
  });
  const evidence = useMemo(() => (selected ? evidenceSpans(selected) : []), [selected]);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <article>
        <header>
          <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
          <p className="mt-2 text-sm text-stone-600">
            {articleFacts(article).map((fact, index) => (
              <Fragment key={fact.key}>
                {index > 0 ? " · " : null}
                {fact}
              </Fragment>
            ))}
          </p>
          <p className="mt-1 text-xs text-stone-500">
            Select words to make a claim. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous claim, <kbd>a</kbd> accept,{" "}
            <kbd>d</kbd> dismiss, <kbd>u</kbd> undo a dismissal, <kbd>x</kbd> tick.
          </p>
        </header>
        <div className="mt-6">
          <ArticleText
            body={article.body}
            claims={claims}
            selectedId={selectedId}
            evidence={evidence}
            onSelect={select}
          />
        </div>
        <div className="mt-6">
          <SelectionClaimPanel body={article.body} claims={claims} />
        </div>
      </article>
      <aside className="space-y-4" aria-label="Claims in this article">
        <FormMessage message={result?.error.message} />
        <DismissUndo claims={loaded.undoable} />
        {dismissing ? (
          <DismissDialog claim={dismissing.claim} next={dismissing.next} onClose={() => setDismissing(null)} />
        ) : null}
        <EditSummary params={searchParams} />
        {selected ? (
          <ClaimDetail claim={selected} body={article.body} similar={similar} onClose={() => select(null)} />
        ) : null}
        <h2 className="font-semibold">
          Claims <span className="font-normal text-stone-500">({claims.length})</span>
        </h2>
        <ClaimList
          body={article.body}
          ordered={ordered}
          showAll={showAll}
          onShowAll={showEveryClaim}
          selectedId={selectedId}
          ticked={ticked}
          onSelect={select}
          onTick={tick}
        />
        <WordsClaimForm />
        <p>
          <Link to="/articles" className={secondaryButtonClass}>
            All articles
          </Link>
        </p>
      </aside>
    </div>
  );
}

/** The line under the title: outlet, byline, date, the original and the edit link, only those there are. */
function articleFacts(article: {
  outlet: string | null;
  byline: string | null;
  publishedOn: string | null;
  url: string | null;
}): ReactElement[] {
  return [
    article.outlet ? <span key="outlet">{article.outlet}</span> : null,
    article.byline ? <span key="byline">{article.byline}</span> : null,
    article.publishedOn ? <DateText key="date" value={article.publishedOn} /> : null,
    article.url ? (
      <a key="url" href={article.url} className="text-sky-800 underline" rel="noreferrer noopener" target="_blank">
        original
      </a>
    ) : null,
    <Link key="edit" to="edit" className="text-sky-800 underline">
      Edit text
    </Link>,
  ].filter((fact) => fact !== null);
}

/** After an edit of the text: what happened to the claims. */
function EditSummary({ params }: { params: URLSearchParams }) {
  if (!params.has("moved")) return null;
  const lost = Number(params.get("lost"));
  return (
    <p
      role="status"
      className={`rounded border px-3 py-2 text-sm ${lost > 0 ? "border-red-300 bg-red-50" : "border-emerald-300 bg-emerald-50"}`}
    >
      Text saved. {params.get("moved")} claim(s) moved with their words, {params.get("added")} new candidate(s).
      {lost > 0 ? ` ${lost} claim(s) lost their words and are flagged “Text gone”.` : ""}
      {Number(params.get("sentBack")) > 0 ? ` ${params.get("sentBack")} approved claim(s) went back to review.` : ""}
      {Number(params.get("reopened")) > 0
        ? ` ${params.get("reopened")} published claim(s) reopened for a correction.`
        : ""}
    </p>
  );
}
