import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { readConfig } from "~/.server/config";
import { getOptionalUser } from "~/.server/http/guards";
import { waitingForMe } from "~/.server/review/desk";
import { AppShell } from "~/components/app-shell";
import { ErrorPage } from "~/components/error-page";
import { useNonce } from "~/components/nonce";
import { useHydrates } from "~/components/read-only-page";
import stylesheet from "~/tailwind.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export const meta: MetaFunction = () => [{ title: "Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  const timeZone = readConfig().NEWSROOM_TZ;
  const user = await getOptionalUser(args);
  if (!user) return { user: null, timeZone };
  const waiting = await waitingForMe(args.context.db, user);
  return { user: { id: user.id, displayName: user.displayName, role: user.role, waiting }, timeZone };
}

export type RootUser = Awaited<ReturnType<typeof loader>>["user"];

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const hydrates = useHydrates();
  return (
    <html lang="en" className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-full bg-stone-50 font-sans text-stone-900 antialiased">
        <AppShell user={data?.user ?? null} plainLinks={!hydrates}>
          {children}
        </AppShell>
        {hydrates ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
