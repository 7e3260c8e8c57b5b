import { Form } from "@remix-run/react";
import { buttonClass, secondaryButtonClass } from "./form-field";

interface EditableSpeaker {
  id: number;
  displayName: string;
  claimCount: number;
}

/** An editor's corrections to one speaker, folded away under its name: rename, and remove when no
 *  claim names it. Plain forms, so they work without JavaScript; `typedName` and `error` come back
 *  from a refused rename so the text typed is kept. */
export function SpeakerEdit({
  speaker,
  typedName,
  error,
}: {
  speaker: EditableSpeaker;
  typedName: string | undefined;
  error: string | undefined;
}) {
  const nameId = `speaker-${speaker.id}-name`;
  return (
    <details className="mt-1 text-sm" open={error !== undefined}>
      <summary className="cursor-pointer text-sky-800 underline">Rename or remove {speaker.displayName}</summary>
      <div className="mt-2 space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
        <Form method="post" className="space-y-2">
          <input type="hidden" name="intent" value="rename" />
          <input type="hidden" name="speakerId" value={speaker.id} />
          <label htmlFor={nameId} className="block font-medium">
            New name for {speaker.displayName}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={nameId}
              name="name"
              required
              maxLength={200}
              defaultValue={typedName ?? speaker.displayName}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${nameId}-error` : undefined}
              className="block min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-1.5 text-base aria-[invalid=true]:border-red-600"
            />
            <button type="submit" className={buttonClass}>
              Rename
            </button>
          </div>
          {error ? (
            <p id={`${nameId}-error`} role="alert" className="font-medium text-red-700">
              {error}
            </p>
          ) : null}
        </Form>
        {speaker.claimCount === 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="speakerId" value={speaker.id} />
            <button type="submit" className={secondaryButtonClass}>
              Remove {speaker.displayName}
            </button>
          </Form>
        ) : (
          <p className="text-stone-600">Claims name this speaker, so it stays; merge it into the right one instead.</p>
        )}
      </div>
    </details>
  );
}
