import { Form, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { hasRole, ROLE_LABELS, type Role } from "~/domain/roles";

interface ShellUser {
  displayName: string;
  role: Role;
  /** Claims waiting for this person: reviews (editors) and send-backs. */
  waiting: number;
}

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 text-sm font-medium ${isActive ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-200"}`;

interface PlainNavLinkProps {
  to: string;
  /** Active only on `to` itself, not on the pages under it. */
  end?: boolean;
  className?: string | ((state: { isActive: boolean }) => string);
  children: ReactNode;
}

/** NavLink's markup without the router, for pages sent without scripts: they have no router in the
 *  browser to navigate with, and resolving each address through it costs server time for nothing. */
function PlainNavLink({ to, end = false, className, children }: PlainNavLinkProps) {
  const { pathname } = useLocation();
  const isActive = pathname === to || (!end && pathname.startsWith(`${to}/`));
  return (
    <a
      href={to}
      aria-current={isActive ? "page" : undefined}
      className={typeof className === "function" ? className({ isActive }) : className}
    >
      {children}
    </a>
  );
}

export function AppShell({
  user,
  plainLinks,
  children,
}: {
  user: ShellUser | null;
  /** The page is sent without scripts (READ_ONLY_PAGE). */
  plainLinks: boolean;
  children: ReactNode;
}) {
  const ShellLink = plainLinks ? PlainNavLink : NavLink;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          {/* Anonymous readers have no desk: "/" would send them to sign in. */}
          <ShellLink to={user ? "/" : "/ledger"} className="mr-2 font-serif text-xl font-bold tracking-tight">
            Claimdesk
          </ShellLink>
          <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
            {/* Readers of the public ledger see only the ledger; the desk is for signed-in staff. */}
            {user ? (
              <>
                <ShellLink to="/" end className={navLinkClass}>
                  My desk
                  {user.waiting > 0 ? (
                    <span className="ml-1 rounded-full bg-amber-300 px-1.5 text-xs font-bold text-amber-950">
                      {user.waiting}
                      <span className="sr-only"> waiting for you</span>
                    </span>
                  ) : null}
                </ShellLink>
                <ShellLink to="/articles" className={navLinkClass}>
                  Articles
                </ShellLink>
                <ShellLink to="/speakers" className={navLinkClass}>
                  Speakers
                </ShellLink>
                <ShellLink to="/queue" className={navLinkClass}>
                  Review queue
                </ShellLink>
                <ShellLink to="/check" className={navLinkClass}>
                  Check a draft
                </ShellLink>
              </>
            ) : null}
            <ShellLink to="/ledger" className={navLinkClass}>
              Ledger
            </ShellLink>
            {user && hasRole(user.role, "admin") ? (
              <>
                <ShellLink to="/admin/users" className={navLinkClass}>
                  Admin
                </ShellLink>
                <ShellLink to="/admin/ratings" className={navLinkClass}>
                  Rating scale
                </ShellLink>
              </>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            {user ? (
              <>
                <span>
                  {user.displayName} <span className="text-stone-500">· {ROLE_LABELS[user.role]}</span>
                </span>
                <Form method="post" action="/logout">
                  <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
                    Sign out
                  </button>
                </Form>
              </>
            ) : (
              <ShellLink to="/login" className={navLinkClass}>
                Sign in
              </ShellLink>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-stone-200">
        <nav
          aria-label="Ledger"
          className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-4 text-sm text-stone-700"
        >
          <ShellLink to="/ledger/about" className="hover:underline">
            About the ratings and method
          </ShellLink>
          <a href="/ledger/feed.xml" type="application/atom+xml" className="hover:underline">
            Feed
          </a>
          <a href="/ledger.csv" className="hover:underline" download>
            Data (CSV)
          </a>
        </nav>
      </footer>
    </>
  );
}
