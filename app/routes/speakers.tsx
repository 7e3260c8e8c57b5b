import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/http/guards";
import { formError } from "~/.server/http/responses";
import { listSpeakers, mergeSpeakers, removeSpeaker, renameSpeaker } from "~/.server/speakers/speaker-records";
import { readFormData } from "~/.server/web/read-form";
import { buttonClass, FormMessage } from "~/components/form-field";
import { ListSearch, nextPageHref } from "~/components/list-search";
import { SpeakerEdit } from "~/components/speaker-edit";
import { formatCount } from "~/domain/format";
import { hasRole } from "~/domain/roles";
import { speakerActionSchema, speakerListQuerySchema } from "~/domain/schemas/speaker";
import { parseInput } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Speakers · Claimdesk" }];

const PAGE_SIZE = 100;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { after, q } = speakerListQuerySchema.parse(Object.fromEntries(new URL(args.request.url).searchParams));
  const page = await listSpeakers(args.context.db, { limit: PAGE_SIZE, afterId: after, search: q });
  return { ...page, q, canEdit: hasRole(user.role, "editor") };
}

export async function action(args: ActionFunctionArgs) {
  const editor = await requireUser(args, { role: "editor" });
  const form = Object.fromEntries(await readFormData(args.request));
  const typed = { speakerId: String(form.speakerId ?? ""), name: String(form.name ?? "") };
  try {
    const db = args.context.db;
    const input = parseInput(speakerActionSchema, form);
    if (input.intent === "rename") {
      const renamed = await renameSpeaker(db, editor, input.speakerId, input.name);
      return data({ done: `Renamed to ${renamed.displayName}.`, error: null, submitted: null });
    }
    if (input.intent === "remove") {
      const removed = await removeSpeaker(db, editor, input.speakerId);
      return data({ done: `Removed ${removed.displayName}.`, error: null, submitted: null });
    }
    const merged = await mergeSpeakers(db, editor, input.from, input.into);
    return data({ done: `Merged into ${merged.displayName}; every claim was kept.`, error: null, submitted: null });
  } catch (error) {
    return formError(error, form.intent === "rename" ? typed : undefined);
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
  const { speakers, nextAfterId, q, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const done = result && "done" in result ? result.done : null;
  const renaming = result?.submitted ?? null;
  // A refused rename is shown beside its speaker; any other refusal above the list.
  const listError = renaming ? null : result?.error?.message;
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <section>
        <h1 className="font-serif text-3xl font-bold">Speakers</h1>
        <ListSearch label="Search speakers by name" placeholder="e.g. Holt" q={q} />
        <div className="mt-3 space-y-2">
          <FormMessage message={listError} />
          {done ? (
            <p role="status" className="text-sm text-emerald-800">
              {done}
            </p>
          ) : null}
        </div>
        {speakers.length === 0 ? (
          <p className="mt-4 text-stone-600">{q ? `No speaker's name has “${q}” in it.` : "No speakers yet."}</p>
        ) : (
          <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {speakers.map((speaker) => (
              <li key={speaker.id} className="px-4 py-2">
                <div className="flex justify-between gap-4">
                  <span>
                    {speaker.displayName}
                    {speaker.title ? <span className="text-sm text-stone-500"> · {speaker.title}</span> : null}
                  </span>
                  <span className="shrink-0 text-sm text-stone-600">
                    {formatCount(speaker.claimCount)} {speaker.claimCount === 1 ? "claim" : "claims"}
                  </span>
                </div>
                {canEdit ? (
                  <SpeakerEdit
                    speaker={speaker}
                    typedName={renaming?.speakerId === String(speaker.id) ? renaming.name : undefined}
                    error={renaming?.speakerId === String(speaker.id) ? result?.error?.message : undefined}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {nextAfterId ? (
          <p className="mt-4">
            <Link to={nextPageHref({ q, after: nextAfterId })} className="text-sky-800 underline">
              More speakers
            </Link>
          </p>
        ) : null}
      </section>
      {canEdit ? (
        <section className="rounded border border-stone-200 bg-white p-4">
          <h2 className="font-semibold">Merge two speakers</h2>
          <p className="mt-1 text-sm text-stone-600">
            The same person under two names: their claims move to the one you keep. The lists hold the speakers shown
            here; search to find both.
          </p>
          <Form method="post" className="mt-3 space-y-3">
            <input type="hidden" name="intent" value="merge" />
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
