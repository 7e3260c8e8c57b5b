import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { ClaimKind } from "~/domain/claim-states";
import { ClaimWords } from "./claim-words";

interface DeskSectionProps {
  title: string;
  empty: string;
  count: number;
  /** Where the rest of the list is, when it goes on. */
  more: string | null;
  children: ReactNode;
}

/** One part of a person's desk: a heading with how many, the claims, and a link to the rest. */
export function DeskSection({ title, empty, count, more, children }: DeskSectionProps) {
  const id = `desk-${title.toLowerCase().replaceAll(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded border border-stone-200 bg-white p-4">
      <h2 id={id} className="flex items-baseline gap-2 font-semibold">
        {title}
        <span className="text-sm font-normal text-stone-500">
          ({count}
          {more ? "+" : ""})
        </span>
      </h2>
      {count === 0 ? <p className="mt-2 text-sm text-stone-600">{empty}</p> : <div className="mt-2">{children}</div>}
      {more ? (
        <p className="mt-2 text-sm">
          <Link to={more} className="text-sky-800 underline">
            See them all
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export interface DeskClaim {
  id: number;
  text: string;
  kind: ClaimKind;
  sentence: string | null;
  detail: ReactNode;
}

export function DeskClaimList({ claims }: { claims: DeskClaim[] }) {
  return (
    <ul className="space-y-2">
      {claims.map((claim) => (
        <li key={claim.id} className="text-sm">
          <Link to={`/claims/${claim.id}`} className="line-clamp-2 font-medium text-sky-900 hover:underline">
            <ClaimWords claim={claim} />
          </Link>
          {claim.detail ? <p className="text-stone-600">{claim.detail}</p> : null}
        </li>
      ))}
    </ul>
  );
}
