import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getArticle } from "~/.server/articles";
import { requireUser } from "~/.server/auth/session";
import { getDb } from "~/.server/db/connection";
import { throwAsResponse } from "~/.server/http/responses";
import { notFound } from "~/domain/errors";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.article.title ?? "Article"} · Claimdesk` },
];

const params = z.object({ articleId: z.coerce.number().int().positive() });

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  const parsed = params.safeParse(args.params);
  try {
    if (!parsed.success) throw notFound("That article");
    return { article: await getArticle(await getDb(), parsed.data.articleId) };
  } catch (error) {
    throwAsResponse(error);
  }
}

export default function ArticlePage() {
  const { article } = useLoaderData<typeof loader>();
  const paragraphs = article.body.split(/\n+/).filter((paragraph) => paragraph.trim());
  return (
    <article className="mx-auto max-w-3xl">
      <header>
        <h1 className="font-serif text-3xl font-bold leading-tight">{article.title}</h1>
        <p className="mt-2 text-sm text-stone-600">
          {[article.outlet, article.byline, article.publishedOn].filter(Boolean).join(" · ")}
          {article.url ? (
            <>
              {" · "}
              <a href={article.url} className="text-sky-800 underline" rel="noreferrer noopener" target="_blank">
                original
              </a>
            </>
          ) : null}
        </p>
      </header>
      <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
        {paragraphs.map((paragraph, index) => (
          // Paragraph order never changes for a stored article, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
