import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listArticles } from "~/.server/articles/articles";
import { requireUser } from "~/.server/http/guards";
import { buttonClass, secondaryButtonClass } from "~/components/form-field";
import { ListSearch, nextPageHref } from "~/components/list-search";
import { useTimeZone } from "~/components/use-time-zone";
import { formatDay } from "~/domain/format";
import { articleListQuerySchema } from "~/domain/schemas/article";

export const meta: MetaFunction = () => [{ title: "Articles · Claimdesk" }];

const PAGE_SIZE = 50;

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  const {
    before,
    q,
    import: importJobId,
  } = articleListQuerySchema.parse(Object.fromEntries(new URL(args.request.url).searchParams));
  const page = await listArticles(args.context.db, { limit: PAGE_SIZE, beforeId: before, search: q, importJobId });
  return { ...page, q, importJobId };
}

export default function Articles() {
  const { articles, nextBeforeId, q, importJobId } = useLoaderData<typeof loader>();
  const timeZone = useTimeZone();
  return (
    <section aria-labelledby="articles-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="articles-heading" className="font-serif text-3xl font-bold">
          Articles
        </h1>
        <div className="flex flex-wrap gap-2">
          <Link to="/imports" className={secondaryButtonClass}>
            Bulk import
          </Link>
          <Link to="/articles/new" className={buttonClass}>
            Add an article
          </Link>
        </div>
      </div>
      {importJobId !== undefined ? (
        <p className="mt-2 text-sm text-stone-600">
          The articles{" "}
          <Link to={`/imports/${importJobId}`} className="text-sky-800 underline">
            import {importJobId}
          </Link>{" "}
          stored.{" "}
          <Link to="/articles" className="text-sky-800 underline">
            All articles
          </Link>
        </p>
      ) : null}
      <ListSearch
        label="Search titles and outlets"
        placeholder="e.g. harbour bridge, or The Ledger"
        q={q}
        keep={{ import: importJobId }}
      />
      {articles.length === 0 ? (
        <p className="mt-4 text-stone-600">
          {q
            ? `No articles match “${q}”.`
            : importJobId !== undefined
              ? "No articles from this import."
              : "No articles yet. Add the first one."}
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {articles.map((article) => (
            <li key={article.id} className="px-4 py-3">
              <Link to={`/articles/${article.id}`} className="font-medium text-sky-900 hover:underline">
                {article.title}
              </Link>
              <p className="text-sm text-stone-500">
                {[article.outlet, article.byline, article.publishedOn ? formatDay(article.publishedOn, timeZone) : null]
                  .filter(Boolean)
                  .join(" · ")}
                {article.createdByName
                  ? ` — added by ${article.createdByName}, ${formatDay(article.createdAt, timeZone)}`
                  : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {nextBeforeId ? (
        <p className="mt-4">
          <Link to={nextPageHref({ q, import: importJobId, before: nextBeforeId })} className="text-sky-800 underline">
            Older articles
          </Link>
        </p>
      ) : null}
    </section>
  );
}
