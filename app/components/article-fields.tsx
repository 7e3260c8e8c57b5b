import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import { TextAreaField, TextField } from "./form-field";

type ArticleField = "title" | "body" | "url" | "outlet" | "byline" | "publishedOn";

/** The fields of an article as a person types them: in the paste form and the edit form. */
export function ArticleFields({
  values,
  errors,
  bodyRows = 12,
}: {
  values: Partial<Record<ArticleField, string | null>>;
  errors: Partial<Record<string, string>>;
  bodyRows?: number;
}) {
  const value = (field: ArticleField) => values[field] ?? undefined;
  return (
    <>
      <TextField
        label="Title"
        name="title"
        required
        maxLength={500}
        defaultValue={value("title")}
        error={errors.title}
      />
      <TextAreaField
        label="Article text"
        name="body"
        required
        rows={bodyRows}
        defaultValue={value("body")}
        error={errors.body}
        hint={`Paragraphs are kept. Up to ${MAX_ARTICLE_BYTES / 1_000_000} MB.`}
      />
      <TextField label="URL (optional)" name="url" type="url" defaultValue={value("url")} error={errors.url} />
      <TextField label="Outlet (optional)" name="outlet" defaultValue={value("outlet")} error={errors.outlet} />
      <TextField label="Byline (optional)" name="byline" defaultValue={value("byline")} error={errors.byline} />
      <TextField
        label="Published on (optional)"
        name="publishedOn"
        type="date"
        defaultValue={value("publishedOn")}
        error={errors.publishedOn}
      />
    </>
  );
}
