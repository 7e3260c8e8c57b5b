import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/.server/http/guards";
import { throwAsResponse } from "~/.server/http/responses";
import { suggestQueueNames } from "~/.server/review/queue-name-filters";
import { queueNameSuggestionsSchema } from "~/domain/schemas/queue";
import { parseInput } from "~/domain/validation";

// Names the queue's speaker and article fields suggest as they are typed in (with JavaScript; the
// form looks typed text up itself without it).
export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  try {
    const query = Object.fromEntries(new URL(args.request.url).searchParams);
    const asked = parseInput(queueNameSuggestionsSchema, query);
    return { for: asked.for, q: asked.q, names: await suggestQueueNames(args.context.db, asked.for, asked.q) };
  } catch (error) {
    throwAsResponse(error);
  }
}
