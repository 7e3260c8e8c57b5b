import { pick } from "~/domain/pick";
import { claims } from "../db/schema/all-tables";

/** The figure a numeric claim is checked against, for the claim page and for its published document. */
export const claimReferenceColumns = pick(claims, [
  "referenceValue",
  "referenceUnit",
  "referenceAsOf",
  "referencePassage",
  "referenceSourceId",
]);
