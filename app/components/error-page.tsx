import { isRouteErrorResponse, Link } from "@remix-run/react";

const TITLES: Record<number, string> = {
  400: "That request was not understood",
  401: "Please sign in",
  403: "You don’t have access to this page",
  404: "Page not found",
  409: "Someone else changed this",
  413: "That is too large",
};

function messageOf(data: unknown): string | null {
  if (typeof data === "string" && data) return data;
  const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : null;
}

export function ErrorPage({ error }: { error: unknown }) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = TITLES[status] ?? "Something went wrong";
  const detail = isRouteErrorResponse(error)
    ? messageOf(error.data)
    : "An unexpected error happened on our side. Nothing you saved was lost; try again in a moment.";
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-stone-500">Error {status}</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
      {detail ? <p className="mt-4 text-stone-700">{detail}</p> : null}
      <p className="mt-8">
        <Link to="/" className="text-sky-800 underline">
          Back to Claimdesk
        </Link>
      </p>
    </section>
  );
}
