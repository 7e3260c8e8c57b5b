import { isRouteErrorResponse, Link, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";

const TITLES: Record<number, string> = {
  400: "That request was not understood",
  401: "Please sign in",
  403: "You don’t have access to this page",
  404: "Page not found",
  409: "Someone else changed this",
  411: "That request did not say how large it is",
  413: "That is too large",
  415: "That kind of content is not accepted here",
};

export const UNEXPECTED_ERROR_MESSAGE =
  "An unexpected error happened on our side. Nothing you saved was lost; try again in a moment.";

export function errorTitle(status: number): string {
  return TITLES[status] ?? "Something went wrong";
}

function messageOf(data: unknown): string | null {
  if (typeof data === "string" && data) return data;
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : null;
}

/** The error page's content; the server renders it too when a request fails before the app can
 *  (http/error-document.tsx), with a plain link and the request's reference. */
export function ErrorPageContent({
  status,
  detail,
  reference,
  homeLink,
}: {
  status: number;
  detail: string | null;
  reference?: string;
  homeLink: ReactNode;
}) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-stone-500">Error {status}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{errorTitle(status)}</h1>
      {detail ? <p className="mt-4 text-stone-700">{detail}</p> : null}
      {reference ? <p className="mt-4 text-sm text-stone-500">Reference: {reference}</p> : null}
      <p className="mt-8">{homeLink}</p>
    </section>
  );
}

export function ErrorPage({ error }: { error: unknown }) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const detail = isRouteErrorResponse(error) ? messageOf(error.data) : UNEXPECTED_ERROR_MESSAGE;
  // Only staff have a desk; "/" would send an anonymous reader to sign in, so they go to the ledger.
  const signedIn = Boolean(useRouteLoaderData<{ user: unknown }>("root")?.user);
  const homeLink = (
    <Link to={signedIn ? "/" : "/ledger"} className="text-sky-800 underline">
      Back to Claimdesk
    </Link>
  );
  return <ErrorPageContent status={status} detail={detail} homeLink={homeLink} />;
}
