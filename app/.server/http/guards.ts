import { type AppLoadContext, redirect } from "@remix-run/node";
import { hasRole, type Role } from "~/domain/roles";
import { resolveAuth, type SignedInUser } from "../auth/session";
import { forbiddenResponse } from "./responses";

interface RequestArgs {
  request: Request;
  context: AppLoadContext;
}

export async function getOptionalUser({ request, context }: RequestArgs): Promise<SignedInUser | null> {
  if (context.auth) return context.auth.user;
  return (await resolveAuth(context.db, request)).user;
}

/** Every protected loader and action starts here: signed out → to the login page (coming back
 *  afterwards); signed in without the role → 403. */
export async function requireUser(args: RequestArgs, options: { role?: Role } = {}): Promise<SignedInUser> {
  const user = await getOptionalUser(args);
  if (!user) {
    const url = new URL(args.request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  if (options.role && !hasRole(user.role, options.role)) {
    throw forbiddenResponse(`This page is for ${options.role === "admin" ? "administrators" : `${options.role}s`}.`);
  }
  return user;
}
