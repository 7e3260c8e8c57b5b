import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { createApiToken, listApiTokens, revokeApiToken } from "~/.server/auth/api-tokens";
import { clearSignInLimit, signInLimitsFor } from "~/.server/auth/login-throttle";
import { requireUser } from "~/.server/http/guards";
import { userIdParam } from "~/.server/http/params";
import { formError, throwAsResponse } from "~/.server/http/responses";
import { changeRole, getUser, resetPassword, setDisabled } from "~/.server/users/user-accounts";
import { readFormData } from "~/.server/web/read-form";
import { ApiTokenList } from "~/components/api-token-list";
import { DateText } from "~/components/date-text";
import { buttonClass, FormMessage, secondaryButtonClass, TextField } from "~/components/form-field";
import { RoleSelect } from "~/components/role-select";
import { SignInLimitList } from "~/components/sign-in-limit-list";
import { StatusBanner } from "~/components/status-banner";
import { invalid } from "~/domain/errors";
import { MIN_PASSWORD_LENGTH } from "~/domain/limits";
import { ROLE_LABELS } from "~/domain/roles";
import { apiTokenInputSchema } from "~/domain/schemas/api-token";
import { passwordSchema, roleSchema } from "~/domain/schemas/user";
import { parseInput } from "~/domain/validation";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.user.displayName ?? "User"} · Admin · Claimdesk` },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args, { role: "admin" });
  try {
    const db = args.context.db;
    const userId = userIdParam(args.params);
    const user = await getUser(db, userId);
    return { user, tokens: await listApiTokens(db, userId), signInLimits: await signInLimitsFor(db, user.email) };
  } catch (error) {
    throwAsResponse(error);
  }
}

const DONE: Record<string, string> = {
  role: "Role changed.",
  password:
    "Password reset. The user has been signed out everywhere, their API tokens are revoked and their sign-in limits cleared.",
  disable: "Account disabled. The user has been signed out everywhere and their API tokens are revoked.",
  enable: "Account enabled.",
  "token-create": "API token created.",
  "token-revoke": "API token revoked. Systems using it are refused from now on.",
  "sign-in-limit-clear": "Sign-in limit cleared. Sign-ins from that address are taken at once.",
};

export async function action(args: ActionFunctionArgs) {
  const admin = await requireUser(args, { role: "admin" });
  const userId = userIdParam(args.params);
  const form = formValues(await readFormData(args.request), [
    "intent",
    "role",
    "password",
    "name",
    "tokenId",
    "address",
  ]);
  const { intent, role, password } = form;
  const db = args.context.db;
  let createdToken: { name: string; token: string } | null = null;
  try {
    if (intent === "role") await changeRole(db, admin.id, userId, parseInput(roleSchema, role));
    else if (intent === "password") await resetPassword(db, admin.id, userId, parseInput(passwordSchema, password));
    else if (intent === "disable" || intent === "enable") await setDisabled(db, admin.id, userId, intent === "disable");
    else if (intent === "token-create") {
      const { name } = parseInput(apiTokenInputSchema, { name: form.name });
      const { token, record } = await createApiToken(db, admin.id, userId, name);
      createdToken = { name: record.name, token };
    } else if (intent === "token-revoke") await revokeApiToken(db, admin.id, userId, form.tokenId);
    else if (intent === "sign-in-limit-clear") {
      if (!(await clearSignInLimit(db, admin.id, userId, form.address))) {
        return data({ done: "That sign-in limit had already ended or been cleared.", error: null, createdToken });
      }
    } else throw invalid("Unknown action.");
    return data({ done: DONE[intent] ?? null, error: null, createdToken });
  } catch (error) {
    return formError(error, { name: form.name });
  }
}

export default function AdminUser() {
  const { user, tokens, signInLimits } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const error = result && "error" in result && result.error ? result.error : null;
  const done = result && "done" in result ? result.done : searchParams.get("created") ? "User created." : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link to="/admin/users" className="text-sm text-sky-800 underline">
          ← All users
        </Link>
      </p>
      <header>
        <h1 className="font-serif text-3xl font-bold">{user.displayName}</h1>
        <p className="text-stone-600">
          {user.email} · {ROLE_LABELS[user.role]} · joined <DateText value={user.createdAt} />
          {user.disabledAt ? (
            <span className="text-red-700">
              {" "}
              · disabled <DateText value={user.disabledAt} />
            </span>
          ) : null}
        </p>
      </header>
      {done ? <StatusBanner>{done}</StatusBanner> : null}
      <FormMessage message={error?.message} />
      <section className="rounded border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">Role</h2>
        <Form method="post" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="role" />
          <div className="min-w-48">
            <RoleSelect defaultValue={user.role} />
          </div>
          <button type="submit" className={buttonClass}>
            Change role
          </button>
        </Form>
      </section>
      <section className="rounded border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">Reset password</h2>
        <Form method="post" className="mt-3 space-y-3">
          <input type="hidden" name="intent" value="password" />
          <p className="text-sm text-stone-600">
            Signs the person out everywhere, revokes their API tokens and clears their sign-in limits.
          </p>
          <TextField
            label="New password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            error={error?.fields?.form}
          />
          <button type="submit" className={buttonClass}>
            Reset password
          </button>
        </Form>
      </section>
      <section className="rounded border border-stone-200 bg-white p-4">
        <h2 className="font-semibold">Access</h2>
        <Form method="post" className="mt-3">
          <input type="hidden" name="intent" value={user.disabledAt ? "enable" : "disable"} />
          <p className="mb-3 text-sm text-stone-600">
            {user.disabledAt
              ? "This account cannot sign in. Enabling it lets the person sign in again; API tokens revoked when it was disabled stay revoked."
              : "Disabling ends every session of this account, revokes its API tokens and refuses sign-in. Their work stays attributed to them."}
          </p>
          <button type="submit" className={secondaryButtonClass}>
            {user.disabledAt ? "Enable account" : "Disable account"}
          </button>
        </Form>
      </section>
      <SignInLimitList limits={signInLimits} />
      <ApiTokenList
        tokens={tokens}
        created={result && "createdToken" in result ? result.createdToken : null}
        nameError={error?.fields?.name}
        typedName={result && "submitted" in result ? result.submitted?.name : undefined}
      />
    </div>
  );
}
