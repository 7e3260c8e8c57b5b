import type { MetaFunction } from "@remix-run/node";
import { ComingSoon } from "~/components/coming-soon";

export const meta: MetaFunction = () => [{ title: "Claims ledger · Claimdesk" }];

export default function Ledger() {
  return (
    <ComingSoon
      title="Claims ledger"
      description="Every published verdict, searchable and citable, will appear here."
    />
  );
}
