import { z } from "zod";
import { databaseId } from "./database-id";
import { searchBox } from "./search-box";

// What the speakers page reads from its address and its forms.

/** The speaker list's address: a search and a page, an unknown page read as the first. */
export const speakerListQuerySchema = z.object({
  after: databaseId("Unknown page.").optional().catch(undefined),
  q: searchBox,
});

const RELOAD = "Reload the page and try again.";

/** An editor's change to the speaker list: merge one speaker into another, rename or remove one. */
export const speakerActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("merge"),
      from: databaseId("Choose the speaker to merge."),
      into: databaseId("Choose the speaker to keep."),
    }),
    z.object({
      intent: z.literal("rename"),
      speakerId: databaseId(RELOAD),
      name: z.string().max(200, "The speaker's name is too long (at most 200 characters)."),
    }),
    z.object({ intent: z.literal("remove"), speakerId: databaseId(RELOAD) }),
  ],
  RELOAD,
);
