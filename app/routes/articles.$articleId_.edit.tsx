import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, type Params, useActionData, useLoaderData } from "@remix-run/react";
import { updateArticle } from "~/.server/articles/article-edits";
import { getArticle } from "~/.server/articles/articles";
import { requireUser } from "~/.server/http/guards";
import { idParam } from "~/.server/http/params";
import { formError, throwAsResponse } from "~/.server/http/responses";
import { readFormData } from "~/.server/web/read-form";
import { saveFailure } from "~/.server/web/save-failure";
import { ArticleFields } from "~/components/article-fields";
import { buttonClass, FormMessage, TextAreaField } from "~/components/form-field";
import { articleEditSchema } from "~/domain/schemas/article";
import { hiddenNumber } from "~/domain/schemas/hidden-number";
import { parseInput } from "~/domain/validation";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.article.title ?? "article"} · Claimdesk` },
];

const articleIdOf = (params: Params) => idParam(params, "articleId", "That article");

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  try {
    return { article: await getArticle(args.context.db, articleIdOf(args.params)) };
  } catch (error) {
    throwAsResponse(error);
  }
}

const FIELDS = ["title", "body", "url", "outlet", "byline", "publishedOn", "note", "version"] as const;
export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const submitted = formValues(await readFormData(args.request), FIELDS);
  const { version, ...input } = submitted;
  try {
    const articleId = articleIdOf(args.params);
    const seenVersion = parseInput(hiddenNumber, version);
    const result = await updateArticle(
      args.context.db,
      user.id,
      articleId,
      seenVersion,
      parseInput(articleEditSchema, input),
    );
    const summary = new URLSearchParams({
      moved: String(result.moved),
      lost: String(result.lost),
      added: String(result.added),
      sentBack: String(result.sentBack),
      reopened: String(result.reopened),
    });
    return redirect(`/articles/${articleId}?${summary}`);
  } catch (error) {
    return formError(saveFailure(error, "The article", args.context.log), submitted);
  }
}

export default function EditArticle() {
  const { article } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fields = result?.error.fields ?? {};
  // After a refused save the form shows what the user typed, not the stored text, so nothing is lost.
  const values = result?.submitted ?? {
    title: article.title,
    body: article.body,
    url: article.url ?? "",
    outlet: article.outlet ?? "",
    byline: article.byline ?? "",
    publishedOn: article.publishedOn ?? "",
    note: "",
    version: String(article.version),
  };
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Edit article</h1>
      <p className="mt-2 text-sm text-stone-600">
        Claims stay on their words when you edit the text; a claim whose words you remove is flagged, not moved. New
        text is searched for new candidates. Approved and published claims go back to review when the edit changes what
        readers would see of them.
      </p>
      <Form method="post" className="mt-6 space-y-4">
        <FormMessage message={result?.error.message} />
        <input type="hidden" name="version" value={values.version} />
        <ArticleFields values={values} errors={fields} bodyRows={18} />
        <TextAreaField
          label="Note on this edit"
          name="note"
          rows={2}
          maxLength={1000}
          defaultValue={values.note}
          error={fields.note}
          hint="Needed when the edit changes what readers would see of an approved or published claim (its words, its paragraph, or the article's title, outlet, address or date): approved claims then go back to review, published ones are reopened for a correction."
        />
        <div className="flex gap-3">
          <button type="submit" className={buttonClass}>
            Save changes
          </button>
          <Link to={`/articles/${article.id}`} className="self-center text-sm text-sky-800 underline">
            Cancel
          </Link>
        </div>
      </Form>
    </div>
  );
}
