import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { endSession } from "~/.server/auth/session";

export async function action({ request, context }: ActionFunctionArgs) {
  return redirect("/login", { headers: { "Set-Cookie": await endSession(context.db, request) } });
}

export function loader() {
  return redirect("/");
}
