import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DuplicateArticleError } from "~/.server/articles/articles";
import { requireUser } from "~/.server/http/guards";
import { errorBody } from "~/.server/http/responses";
import { addArticleFrom, MAX_UPLOAD_BYTES, readArticleForm } from "~/.server/web/add-article";
import { saveFailure } from "~/.server/web/save-failure";
import { ArticleFields } from "~/components/article-fields";
import { buttonClass, FormMessage, TextField } from "~/components/form-field";
import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import { type AddArticleWay, addArticleQuerySchema } from "~/domain/schemas/article";
import { formatMegabytes } from "~/domain/text-size";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction = () => [{ title: "Add an article · Claimdesk" }];

const viaOf = (request: Request): AddArticleWay =>
  addArticleQuerySchema.parse({ via: new URL(request.url).searchParams.get("via") }).via;

// In the order the page offers them: pasting is the default way.
const WAY_LABELS: Record<AddArticleWay, string> = {
  paste: "Paste text",
  file: "Upload a file",
  url: "Web address",
};

// Every way's fields are among the pasted article's; a way reads the ones its form has.
const FIELDS = ["title", "body", "url", "outlet", "byline", "publishedOn"] as const;
const FILE_TYPES = ".txt,.html,.htm,.md,.markdown,.docx";

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args, { role: "checker" });
  return { via: viaOf(args.request), maxArticleBytes: MAX_ARTICLE_BYTES, maxUploadBytes: MAX_UPLOAD_BYTES };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args, { role: "checker" });
  const { request } = args;
  const db = args.context.db;
  const via = viaOf(request);
  let values: Partial<Record<(typeof FIELDS)[number], string>> = {};
  try {
    const form = await readArticleForm(request, via);
    values = formValues(form, FIELDS);
    const article = await addArticleFrom(db, user.id, via, form);
    return redirect(`/articles/${article.id}`);
  } catch (thrown) {
    const error = saveFailure(thrown, "The article", args.context.log);
    // The form comes back with the message and what the user typed (a browser never refills a file input).
    const existingArticleId = error instanceof DuplicateArticleError ? error.existingArticleId : null;
    return data({ ...errorBody(error), values, existingArticleId }, { status: error.status });
  }
}

type Result = ReturnType<typeof useActionData<typeof action>>;

export default function NewArticle() {
  const { via, maxArticleBytes, maxUploadBytes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-3xl font-bold">Add an article</h1>
      <p className="mt-2 text-sm text-stone-600">
        Article text can be up to {formatMegabytes(maxArticleBytes)}; uploaded files up to{" "}
        {formatMegabytes(maxUploadBytes)} (.txt, .html, .md or .docx).
      </p>
      <nav aria-label="Ways to add an article" className="mt-6 border-b border-stone-200">
        <ul className="flex flex-wrap gap-x-1">
          {Object.entries(WAY_LABELS).map(([way, label]) => (
            <li key={way}>
              <Link
                to={`?via=${way}`}
                aria-current={way === via ? "page" : undefined}
                className="-mb-px inline-block rounded-t border border-transparent px-2.5 py-2 text-sm font-medium text-sky-900 hover:underline aria-[current=page]:border-stone-200 aria-[current=page]:border-b-white aria-[current=page]:bg-white aria-[current=page]:text-stone-900"
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="way-heading" className="rounded-b border border-t-0 border-stone-200 bg-white p-4">
        <h2 id="way-heading" className="sr-only">
          {WAY_LABELS[via]}
        </h2>
        {via === "paste" ? <PasteForm result={result} /> : null}
        {via === "file" ? <FileForm result={result} /> : null}
        {via === "url" ? <UrlForm result={result} /> : null}
      </section>
    </div>
  );
}

function Problem({ result }: { result: Result }) {
  if (!result) return null;
  return (
    <div className="space-y-1">
      <FormMessage message={result.error.message} />
      {result.existingArticleId ? (
        <p className="text-sm">
          <Link to={`/articles/${result.existingArticleId}`} className="font-medium text-sky-800 underline">
            Open the article already in Claimdesk
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function SubmitButton({ label, busyLabel }: { label: string; busyLabel: string }) {
  const busy = useNavigation().state === "submitting";
  return (
    <button type="submit" className={buttonClass} disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}

function PasteForm({ result }: { result: Result }) {
  const fields = result?.error.fields ?? {};
  const values = result?.values ?? {};
  return (
    <Form method="post" action="?via=paste" className="space-y-4">
      <Problem result={result} />
      <ArticleFields values={values} errors={fields} />
      <SubmitButton label="Add article" busyLabel="Saving…" />
    </Form>
  );
}

function FileForm({ result }: { result: Result }) {
  const fields = result?.error.fields ?? {};
  return (
    <Form method="post" action="?via=file" encType="multipart/form-data" className="space-y-4">
      <Problem result={result} />
      <TextField
        label="File"
        name="file"
        type="file"
        required
        accept={FILE_TYPES}
        error={fields.file}
        hint="A .txt, .html, .md or .docx file. Its text is kept with its paragraphs; a web page's outlet, byline and date are read too."
      />
      <TextField
        label="Title (optional)"
        name="title"
        maxLength={500}
        defaultValue={result?.values.title}
        error={fields.title}
        hint="Leave empty to use the file's first heading or page title."
      />
      <SubmitButton label="Upload and add" busyLabel="Reading the file…" />
    </Form>
  );
}

function UrlForm({ result }: { result: Result }) {
  const fields = result?.error.fields ?? {};
  return (
    <Form method="post" action="?via=url" className="space-y-4">
      <Problem result={result} />
      <TextField
        label="Web address of the article"
        name="url"
        type="url"
        inputMode="url"
        required
        placeholder="https://"
        defaultValue={result?.values.url}
        error={fields.url}
        hint="Claimdesk fetches the page and keeps the article's text, title, byline, date and outlet. Only public pages can be fetched."
      />
      <SubmitButton label="Import article" busyLabel="Fetching the page…" />
    </Form>
  );
}
