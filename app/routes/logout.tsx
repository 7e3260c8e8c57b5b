import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { endSession } from "~/.server/auth/session";
import { getDb } from "~/.server/db/connection";

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/login", { headers: { "Set-Cookie": await endSession(await getDb(), request) } });
}

export function loader() {
  return redirect("/");
}
