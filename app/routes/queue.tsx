import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requireUser } from "~/.server/auth/session";
import { ComingSoon } from "~/components/coming-soon";

export const meta: MetaFunction = () => [{ title: "Review queue · Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  return null;
}

export default function Queue() {
  return (
    <ComingSoon
      title="Review queue"
      description="Claims assigned to you, waiting for review, unassigned and overdue will be listed here."
    />
  );
}
