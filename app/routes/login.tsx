import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { beginSignIn, signInSucceeded } from "~/.server/auth/login-throttle";
import { startSession } from "~/.server/auth/session";
import { activeDemoLogins, DEMO_PASSWORD } from "~/.server/demo/seed-demo";
import { getOptionalUser } from "~/.server/http/guards";
import { authenticate } from "~/.server/users/user-accounts";
import { readFormData } from "~/.server/web/read-form";
import { buttonClass, FormMessage, TextField } from "~/components/form-field";
import { safeRedirect } from "~/domain/safe-redirect";
import { loginSchema } from "~/domain/schemas/user";
import { describeWait, ThrottledError } from "~/domain/throttling";

export const meta: MetaFunction = () => [{ title: "Sign in · Claimdesk" }];

const WRONG_CREDENTIALS = "The email or password is not right, or the account is disabled.";

export async function loader(args: LoaderFunctionArgs) {
  if (await getOptionalUser(args)) {
    throw redirect(safeRedirect(new URL(args.request.url).searchParams.get("redirectTo")));
  }
  return { demoLogins: await activeDemoLogins(args.context.db), demoPassword: DEMO_PASSWORD };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = loginSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return data({ message: "Enter your email and password." }, { status: 400 });
  const { email, password } = parsed.data;
  const address = context.clientAddress ?? "unknown";
  const db = context.db;
  const now = new Date();
  const attempt = await beginSignIn(db, email, address, now);
  if (!attempt.allowed) {
    const refusal = new ThrottledError("Too many failed sign-ins from this address.", attempt.retryAt, now);
    return data(
      { message: refusal.message },
      { status: refusal.status, headers: { "Retry-After": String(refusal.retryAfterSeconds) } },
    );
  }
  const user = await authenticate(db, email, password);
  if (!user) {
    const wait = attempt.blockedUntil ? ` Wait ${describeWait(attempt.blockedUntil, now)} before trying again.` : "";
    return data({ message: WRONG_CREDENTIALS + wait }, { status: 401 });
  }
  await signInSucceeded(db, email, address);
  return redirect(safeRedirect(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await startSession(db, request, user.id) },
  });
}

export default function Login() {
  const { demoLogins, demoPassword } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const submitting = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <Form method="post" className="mt-6 space-y-4">
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <FormMessage message={actionData?.message} />
        <TextField label="Email" name="email" type="email" autoComplete="username" required autoFocus />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className={`${buttonClass} w-full`} disabled={submitting}>
          {submitting ? "Signing in…" : "Sign in"}
        </button>
      </Form>
      {demoLogins.length > 0 ? (
        <aside className="mt-8 rounded border border-amber-300 bg-amber-50 p-4 text-sm" aria-label="Demo accounts">
          <p className="font-semibold">This is a demo. Sign in as:</p>
          <ul className="mt-2 space-y-1">
            {demoLogins.map((login) => (
              <li key={login.email}>
                <code>{login.email}</code> <span className="text-stone-600">({login.role})</span>
              </li>
            ))}
          </ul>
          <p className="mt-2">
            Password: <code>{demoPassword}</code>
          </p>
        </aside>
      ) : null}
    </div>
  );
}
