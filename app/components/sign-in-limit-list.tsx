import { Form } from "@remix-run/react";
import { DateText } from "./date-text";
import { secondaryButtonClass } from "./form-field";

interface SignInLimitSummary {
  address: string;
  failures: number;
  blockedUntil: Date | string | null;
  addressFailures: number;
  addressBlockedUntil: Date | string | null;
}

function LimitRow({ limit }: { limit: SignInLimitSummary }) {
  const waits = [limit.blockedUntil, limit.addressBlockedUntil].filter((until) => until !== null);
  const until = waits.sort((a, b) => new Date(b).getTime() - new Date(a).getTime())[0];
  return (
    <tr className="align-top">
      <td className="py-2 pr-3 font-mono text-sm">{limit.address}</td>
      <td className="py-2 pr-3 text-sm">
        {limit.failures}
        {limit.addressFailures > limit.failures ? (
          <span className="block text-stone-600">{limit.addressFailures} for all accounts from this address</span>
        ) : null}
      </td>
      <td className="py-2 pr-3 text-sm">{until ? <DateText value={until} withTime /> : "can try now"}</td>
      <td className="py-2 text-right">
        <Form method="post">
          <input type="hidden" name="intent" value="sign-in-limit-clear" />
          <input type="hidden" name="address" value={limit.address} />
          <button
            type="submit"
            className={secondaryButtonClass}
            aria-label={`Clear the sign-in limit for ${limit.address}`}
          >
            Clear
          </button>
        </Form>
      </td>
    </tr>
  );
}

/** The admin user page's sign-in limits: failed sign-ins for this account per address, and a way to
 *  let the person try again at once. */
export function SignInLimitList({ limits }: { limits: SignInLimitSummary[] }) {
  return (
    <section className="rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">Sign-in limits</h2>
      <p className="mt-1 text-sm text-stone-600">
        After a few wrong passwords for this email from one address, sign-ins from that address wait, longer after each
        further failure. Other addresses are not affected. Clear lets that address try again at once; resetting the
        password clears them all.
      </p>
      {limits.length > 0 ? (
        <table className="mt-3 w-full">
          <thead>
            <tr className="text-left text-sm text-stone-600">
              <th scope="col" className="pr-3 font-medium">
                Address
              </th>
              <th scope="col" className="pr-3 font-medium">
                Failed sign-ins
              </th>
              <th scope="col" className="pr-3 font-medium">
                Waits until
              </th>
              <th scope="col">
                <span className="sr-only">Clear</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {limits.map((limit) => (
              <LimitRow key={limit.address} limit={limit} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-sm text-stone-600">No failed sign-ins are counting against this email.</p>
      )}
    </section>
  );
}
