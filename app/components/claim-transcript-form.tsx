import { Form } from "@remix-run/react";
import { MAX_TRANSCRIPT_BYTES } from "~/domain/quote-fidelity/captions";
import type { FormDraft } from "./claim-draft";
import { Field, SourceFields, sourceControlClass } from "./claim-source-fields";
import { buttonClass } from "./form-field";

const FILE_TYPES = ".txt,.vtt,.srt";

/** Adds a transcript as a source: pasted, or a .txt, .vtt or .srt file (whose timestamps are kept).
 *  Multipart, so it works without JavaScript; a refused form keeps the typed text (never the file,
 *  which no browser refills). */
export function TranscriptForm({
  version,
  quoteClaim,
  draft,
}: {
  version: number;
  quoteClaim: boolean;
  draft: FormDraft | null;
}) {
  const idPrefix = "new-transcript";
  const errors = draft?.errors;
  const described = (name: string) =>
    [`${idPrefix}-${name}-hint`, errors?.[name] ? `${idPrefix}-${name}-error` : ""].filter(Boolean).join(" ");
  return (
    <Form method="post" encType="multipart/form-data" className="mt-3 space-y-3" key={`add-transcript-${version}`}>
      <input type="hidden" name="intent" value="add-transcript" />
      <input type="hidden" name="version" value={version} />
      {quoteClaim ? (
        <p className="text-sm text-stone-600">
          The quote is looked for in the transcript, and the passage it was taken from shown beside it.
        </p>
      ) : null}
      <SourceFields idPrefix={idPrefix} values={draft?.values} errors={errors} transcript />
      <Field
        idPrefix={idPrefix}
        name="transcript"
        label="Transcript text"
        hint="Paste it here (WebVTT or SubRip captions are read with their times), or choose a file below."
        error={errors?.transcript}
      >
        <textarea
          id={`${idPrefix}-transcript`}
          name="transcript"
          rows={6}
          defaultValue={draft?.values.transcript ?? ""}
          aria-invalid={errors?.transcript ? true : undefined}
          aria-describedby={described("transcript")}
          className={sourceControlClass}
        />
      </Field>
      <Field
        idPrefix={idPrefix}
        name="transcriptFile"
        label="Or a transcript file"
        hint={`A .txt, .vtt or .srt file of up to ${MAX_TRANSCRIPT_BYTES / 1024} KB; captions keep their timestamps.`}
        error={errors?.transcriptFile}
      >
        <input
          id={`${idPrefix}-transcriptFile`}
          name="transcriptFile"
          type="file"
          accept={FILE_TYPES}
          aria-invalid={errors?.transcriptFile ? true : undefined}
          aria-describedby={described("transcriptFile")}
          className={sourceControlClass}
        />
      </Field>
      <button type="submit" className={buttonClass}>
        Add transcript
      </button>
    </Form>
  );
}
