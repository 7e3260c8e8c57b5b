import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/http/guards";
import { formError } from "~/.server/http/responses";
import { createUser, listUsers } from "~/.server/users/user-accounts";
import { readFormData } from "~/.server/web/read-form";
import { DateText } from "~/components/date-text";
import { buttonClass, FormMessage, TextField } from "~/components/form-field";
import { RoleSelect } from "~/components/role-select";
import { MIN_PASSWORD_LENGTH } from "~/domain/limits";
import { ROLE_LABELS } from "~/domain/roles";
import { newUserSchema } from "~/domain/schemas/user";
import { parseInput } from "~/domain/validation";
import { formValues } from "~/utils/form-values";

export const meta: MetaFunction = () => [{ title: "Users · Admin · Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args, { role: "admin" });
  return { users: await listUsers(args.context.db) };
}

export async function action(args: ActionFunctionArgs) {
  const admin = await requireUser(args, { role: "admin" });
  const input = formValues(await readFormData(args.request), ["email", "displayName", "role", "password"]);
  try {
    const user = await createUser(args.context.db, admin.id, parseInput(newUserSchema, input));
    return redirect(`/admin/users/${user.id}?created=1`);
  } catch (error) {
    return formError(error);
  }
}

export default function AdminUsers() {
  const { users } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fields = result?.error.fields ?? {};
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="users-heading">
        <h1 id="users-heading" className="font-serif text-3xl font-bold">
          Users
        </h1>
        <div className="mt-4 overflow-x-auto rounded border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-600">
              <tr>
                <th className="px-3 py-2">Name</th>
                <th className="px-3 py-2">Email</th>
                <th className="px-3 py-2">Role</th>
                <th className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {users.map((user) => (
                <tr key={user.id}>
                  <td className="px-3 py-2">
                    <Link to={user.id} className="font-medium text-sky-900 hover:underline">
                      {user.displayName}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{user.email}</td>
                  <td className="px-3 py-2">{ROLE_LABELS[user.role]}</td>
                  <td className="px-3 py-2">
                    {user.disabledAt ? (
                      <span className="text-red-700">
                        Disabled <DateText value={user.disabledAt} />
                      </span>
                    ) : (
                      "Active"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="new-user-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="new-user-heading" className="text-lg font-semibold">
          Add a user
        </h2>
        <Form method="post" className="mt-4 space-y-4">
          <FormMessage message={result?.error.message} />
          <TextField label="Name" name="displayName" required error={fields.displayName} />
          <TextField label="Email" name="email" type="email" required error={fields.email} />
          <RoleSelect defaultValue="checker" error={fields.role} />
          <TextField
            label="Initial password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            error={fields.password}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it privately.`}
          />
          <button type="submit" className={buttonClass}>
            Add user
          </button>
        </Form>
      </section>
    </div>
  );
}
