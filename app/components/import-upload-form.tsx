import { Form, useNavigation } from "@remix-run/react";
import { IMPORT_FORMAT_LABELS, type ImportFormat } from "~/domain/bulk-import/formats";
import { MAX_IMPORT_FILE_BYTES } from "~/domain/bulk-import/limits";
import { buttonClass, FormMessage } from "./form-field";

const controlClass = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base shadow-sm";

/** Posts the file as multipart, so it works without JavaScript; the server reads and checks it. */
export function ImportUploadForm({ error, fileError }: { error?: string | undefined; fileError?: string | undefined }) {
  const uploading = useNavigation().state === "submitting";
  return (
    <Form method="post" encType="multipart/form-data" className="mt-4 space-y-4">
      <FormMessage message={error} />
      <div>
        <label htmlFor="file" className="block text-sm font-medium">
          File
        </label>
        <input
          id="file"
          name="file"
          type="file"
          required
          accept=".jsonl,.ndjson,.csv,.txt"
          aria-describedby="file-hint"
          aria-invalid={fileError ? true : undefined}
          className={controlClass}
        />
        <p id="file-hint" className="mt-1 text-sm text-stone-500">
          JSON Lines (one article per line: title, body, and optionally url, outlet, byline, publishedOn), CSV with a
          header row of the same names, or a list of web addresses, one per line. Up to{" "}
          {MAX_IMPORT_FILE_BYTES / 1_000_000} MB.
        </p>
      </div>
      <div>
        <label htmlFor="format" className="block text-sm font-medium">
          Format
        </label>
        <select id="format" name="format" defaultValue="auto" className={controlClass}>
          <option value="auto">Tell from the file</option>
          {(Object.entries(IMPORT_FORMAT_LABELS) as [ImportFormat, string][]).map(([format, label]) => (
            <option key={format} value={format}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass} disabled={uploading}>
        {uploading ? "Uploading…" : "Start import"}
      </button>
    </Form>
  );
}
