import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { createArticle, listArticles } from "~/.server/articles";
import { requireUser } from "~/.server/auth/session";
import { getDb } from "~/.server/db/connection";
import { formError } from "~/.server/http/responses";
import { buttonClass, FormMessage, TextAreaField, TextField } from "~/components/form-field";
import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction = () => [{ title: "Articles · Claimdesk" }];

const PAGE_SIZE = 50;
const pageQuery = z.object({ before: z.coerce.number().int().positive().optional().catch(undefined) });

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  const { before } = pageQuery.parse(Object.fromEntries(new URL(args.request.url).searchParams));
  return listArticles(await getDb(), { limit: PAGE_SIZE, beforeId: before });
}

const ARTICLE_FIELDS = ["title", "body", "url", "outlet", "byline", "publishedOn"] as const;

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const input = formValues(await args.request.formData(), ARTICLE_FIELDS);
  try {
    const article = await createArticle(await getDb(), user.id, input);
    return redirect(`/articles/${article.id}`);
  } catch (error) {
    return formError(error);
  }
}

function dateLabel(value: string | Date) {
  return new Date(value).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

export default function Articles() {
  const { articles, nextBeforeId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fields = result?.error.fields ?? {};
  const saving = useNavigation().state === "submitting";
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <section aria-labelledby="articles-heading">
        <h1 id="articles-heading" className="font-serif text-3xl font-bold">
          Articles
        </h1>
        {articles.length === 0 ? (
          <p className="mt-4 text-stone-600">No articles yet. Paste the first one with the form.</p>
        ) : (
          <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {articles.map((article) => (
              <li key={article.id} className="px-4 py-3">
                <Link to={`/articles/${article.id}`} className="font-medium text-sky-900 hover:underline">
                  {article.title}
                </Link>
                <p className="text-sm text-stone-500">
                  {[article.outlet, article.byline, article.publishedOn ? dateLabel(article.publishedOn) : null]
                    .filter(Boolean)
                    .join(" · ")}
                  {article.createdByName
                    ? ` — added by ${article.createdByName}, ${dateLabel(article.createdAt)}`
                    : null}
                </p>
              </li>
            ))}
          </ul>
        )}
        {nextBeforeId ? (
          <p className="mt-4">
            <Link to={`?before=${nextBeforeId}`} className="text-sky-800 underline">
              Older articles
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="add-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="add-heading" className="text-lg font-semibold">
          Add an article
        </h2>
        <Form method="post" className="mt-4 space-y-4">
          <FormMessage message={result?.error.message} />
          <TextField label="Title" name="title" required maxLength={500} error={fields.title} />
          <TextAreaField
            label="Article text"
            name="body"
            required
            rows={10}
            error={fields.body}
            hint={`Paste the full text; paragraphs are kept. Up to ${MAX_ARTICLE_BYTES / 1_000_000} MB.`}
          />
          <TextField label="URL (optional)" name="url" type="url" error={fields.url} />
          <TextField label="Outlet (optional)" name="outlet" error={fields.outlet} />
          <TextField label="Byline (optional)" name="byline" error={fields.byline} />
          <TextField label="Published on (optional)" name="publishedOn" type="date" error={fields.publishedOn} />
          <button type="submit" className={buttonClass} disabled={saving}>
            {saving ? "Saving…" : "Add article"}
          </button>
        </Form>
      </section>
    </div>
  );
}
