import { pick } from "~/domain/pick";
import { SOURCE_FIELDS } from "~/domain/sources";
import { sources, verdicts } from "../db/schema/all-tables";

/** A source's own fields (SOURCE_FIELDS), in the order the ledger hashes them. */
export const sourceFieldColumns = pick(sources, SOURCE_FIELDS);

/** What a verdict version says and when it was approved and published, for the claim's history and its
 *  published document. */
export const verdictVersionColumns = pick(verdicts, [
  "id",
  "number",
  "summary",
  "rationale",
  "approvedAt",
  "publishedAt",
  "correctionNote",
]);
