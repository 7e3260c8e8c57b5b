import type { LoaderFunctionArgs } from "@remix-run/node";
import { databaseAnswers } from "~/.server/health";

export async function loader({ context }: LoaderFunctionArgs) {
  const ok = await databaseAnswers(context.db);
  return Response.json(
    { db: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
