import { getDb } from "~/.server/db/connection";
import { databaseAnswers } from "~/.server/health";

export async function loader() {
  const ok = await getDb().then(databaseAnswers, () => false);
  return Response.json(
    { db: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
