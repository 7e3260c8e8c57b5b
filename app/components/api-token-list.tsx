import { Form } from "@remix-run/react";
import { CopyButton } from "./copy-button";
import { DateText } from "./date-text";
import { buttonClass, secondaryButtonClass, TextField } from "./form-field";

interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  revokedAt: Date | string | null;
}

/** Shown once, right after the token is made: only its fingerprint is stored. */
function NewToken({ name, token }: { name: string; token: string }) {
  return (
    <div role="status" className="mt-3 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="font-medium">
        The token “{name}” is ready. Copy it now: it is shown only this once and cannot be seen again.
      </p>
      <label htmlFor="new-api-token" className="mt-2 block">
        Token (select it and copy with Ctrl+C or ⌘C)
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id="new-api-token"
          readOnly
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="block min-w-0 flex-1 rounded border border-emerald-300 bg-white px-2 py-1.5 font-mono text-sm"
        />
        <CopyButton targetId="new-api-token" label="Copy token" />
      </div>
    </div>
  );
}

function TokenRow({ token }: { token: ApiTokenSummary }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <div>
        <p className="font-medium">{token.name}</p>
        <p className="text-sm text-stone-600">
          Created <DateText value={token.createdAt} /> · last used{" "}
          {token.lastUsedAt ? <DateText value={token.lastUsedAt} /> : "never"}
          {token.revokedAt ? (
            <span className="text-red-700">
              {" "}
              · revoked <DateText value={token.revokedAt} />
            </span>
          ) : null}
        </p>
      </div>
      {token.revokedAt ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value="token-revoke" />
          <input type="hidden" name="tokenId" value={token.id} />
          <button type="submit" className={secondaryButtonClass} aria-label={`Revoke the token ${token.name}`}>
            Revoke
          </button>
        </Form>
      )}
    </li>
  );
}

/** The admin user page's API tokens: the list, the one just made, and a form to make another. */
export function ApiTokenList({
  tokens,
  created,
  nameError,
  typedName,
}: {
  tokens: ApiTokenSummary[];
  created: { name: string; token: string } | null;
  nameError: string | undefined;
  /** The name typed into a refused form, shown again. */
  typedName: string | undefined;
}) {
  return (
    <section className="rounded border border-stone-200 bg-white p-4">
      <h2 className="font-semibold">API tokens</h2>
      <p className="mt-1 text-sm text-stone-600">
        For newsroom systems and scripts that use the JSON API as this person (see docs/api.md). A token works until it
        is revoked, the account is disabled or its password is reset; enabling the account again does not bring it back.
      </p>
      {created ? <NewToken {...created} /> : null}
      {tokens.length > 0 ? (
        <ul className="mt-3 divide-y divide-stone-200">
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-stone-600">No tokens yet.</p>
      )}
      <Form method="post" className="mt-3 flex flex-wrap items-end gap-3">
        <input type="hidden" name="intent" value="token-create" />
        <div className="min-w-56 flex-1">
          <TextField
            label="Token name"
            name="name"
            required
            maxLength={100}
            hint="What it is for, such as “CMS plugin”."
            error={nameError}
            defaultValue={typedName}
          />
        </div>
        <button type="submit" className={buttonClass}>
          Create token
        </button>
      </Form>
    </section>
  );
}
