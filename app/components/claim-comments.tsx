import { Form } from "@remix-run/react";
import type { ClaimPageData } from "~/.server/claims/claim-page";
import type { FormDraft } from "./claim-draft";
import { DateText } from "./date-text";
import { secondaryButtonClass } from "./form-field";

interface ClaimCommentsProps {
  comments: ClaimPageData["comments"];
  /** Changes whenever the claim does, so the form empties after a comment is saved. */
  version: number;
  draft: FormDraft | null;
}

/** Notes between the checker and the editor; internal, never published. */
export function ClaimComments({ comments, version, draft }: ClaimCommentsProps) {
  return (
    <section id="comments" aria-labelledby="comments-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="comments-heading" className="font-semibold">
        Comments <span className="font-normal text-stone-500">(internal)</span>
      </h2>
      {comments.length === 0 ? <p className="mt-2 text-sm text-stone-600">No comments yet.</p> : null}
      <ol className="mt-2 space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} className="text-sm">
            <p className="text-stone-600">
              <span className="font-medium text-stone-900">{comment.authorName}</span>,{" "}
              <DateText value={comment.createdAt} withTime />
            </p>
            <p className="mt-0.5 whitespace-pre-line">{comment.body}</p>
          </li>
        ))}
      </ol>
      <Form method="post" className="mt-3 space-y-2" key={`comment-${version}-${comments.length}`}>
        <input type="hidden" name="intent" value="comment" />
        <label htmlFor="comment-body" className="block text-sm font-medium">
          Add a comment
        </label>
        <textarea
          id="comment-body"
          name="body"
          required
          rows={3}
          maxLength={10_000}
          defaultValue={draft?.values.body}
          aria-invalid={draft?.errors.body ? true : undefined}
          className="block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
        />
        {draft?.errors.body ? <p className="text-sm font-medium text-red-700">{draft.errors.body}</p> : null}
        <button type="submit" className={secondaryButtonClass}>
          Post comment
        </button>
      </Form>
    </section>
  );
}
