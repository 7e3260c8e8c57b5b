import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/.server/auth/session";
import { getDb } from "~/.server/db/connection";
import { readFormData } from "~/.server/http/read-form";
import { formError } from "~/.server/http/responses";
import { listSpeakers, mergeSpeakers } from "~/.server/speakers";
import { buttonClass, FormMessage } from "~/components/form-field";
import { hasRole } from "~/domain/roles";
import { databaseId } from "~/domain/schemas/database-id";
import { parseInput } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Speakers · Claimdesk" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { speakers: await listSpeakers(await getDb()), canMerge: hasRole(user.role, "editor") };
}

const mergeSchema = z.object({
  from: databaseId("Choose the speaker to merge."),
  into: databaseId("Choose the speaker to keep."),
});

export async function action(args: ActionFunctionArgs) {
  const editor = await requireUser(args, { role: "editor" });
  try {
    const { from, into } = parseInput(mergeSchema, Object.fromEntries(await readFormData(args.request)));
    const merged = await mergeSpeakers(await getDb(), editor, from, into);
    return data({ done: `Merged into ${merged.displayName}; every claim was kept.`, error: null });
  } catch (error) {
    return formError(error);
  }
}

function SpeakerSelect({
  name,
  label,
  speakers,
}: {
  name: string;
  label: string;
  speakers: { id: number; displayName: string; claimCount: number }[];
}) {
  return (
    <label className="block text-sm">
      {label}
      <select
        name={name}
        required
        defaultValue=""
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5"
      >
        <option value="" disabled>
          Choose…
        </option>
        {speakers.map((speaker) => (
          <option key={speaker.id} value={speaker.id}>
            {speaker.displayName} ({speaker.claimCount})
          </option>
        ))}
      </select>
    </label>
  );
}

export default function Speakers() {
  const { speakers, canMerge } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section>
        <h1 className="font-serif text-3xl font-bold">Speakers</h1>
        <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="flex justify-between gap-4 px-4 py-2">
              <span>
                {speaker.displayName}
                {speaker.title ? <span className="text-sm text-stone-500"> · {speaker.title}</span> : null}
              </span>
              <span className="text-sm text-stone-600">{speaker.claimCount} claims</span>
            </li>
          ))}
        </ul>
      </section>
      {canMerge ? (
        <section className="rounded border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">Merge two speakers</h2>
          <p className="mt-1 text-sm text-stone-600">
            The same person under two names: their claims move to the one you keep.
          </p>
          <Form method="post" className="mt-3 space-y-3">
            <FormMessage message={result?.error?.message} />
            {result && "done" in result && result.done ? (
              <p role="status" className="text-sm text-emerald-800">
                {result.done}
              </p>
            ) : null}
            <SpeakerSelect name="from" label="Merge this speaker…" speakers={speakers} />
            <SpeakerSelect name="into" label="…into this one" speakers={speakers} />
            <button type="submit" className={buttonClass}>
              Merge
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
