import type { ReactNode } from "react";
import { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceFields as SourceFieldNames } from "~/domain/sources";

/** What the fields show: a stored source, or what was typed into a refused form. */
type SourceFieldValues = { [Field in keyof SourceFieldNames]: string | null };

interface SourceFieldsProps {
  /** Makes the ids unique when several source forms are on the page. */
  idPrefix: string;
  values: Partial<SourceFieldValues> | undefined;
  errors: Record<string, string> | undefined;
  /** A transcript's address is the recording's or the event's, so readers can still follow it. */
  transcript?: boolean;
}

const controlClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";

export function Field({
  idPrefix,
  name,
  label,
  hint,
  error,
  children,
}: {
  idPrefix: string;
  name: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`${idPrefix}-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${idPrefix}-${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${idPrefix}-${name}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The fields of a source, shared by the form that adds one and the form that edits one. */
export const sourceControlClass = controlClass;

export function SourceFields({ idPrefix, values, errors, transcript = false }: SourceFieldsProps) {
  const input = (name: keyof SourceFieldValues) => ({
    id: `${idPrefix}-${name}`,
    name,
    defaultValue: values?.[name] ?? "",
    "aria-invalid": errors?.[name] ? true : undefined,
    "aria-describedby": errors?.[name] ? `${idPrefix}-${name}-error` : undefined,
    className: controlClass,
  });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field
          idPrefix={idPrefix}
          name="url"
          label={transcript ? "Address of the recording or event (URL)" : "Address (URL)"}
          hint={
            transcript ? "Where readers can find what was said: the video, the audio or the event's page." : undefined
          }
          error={errors?.url}
        >
          <input
            type="url"
            required
            placeholder="https://"
            {...input("url")}
            aria-describedby={
              [transcript ? `${idPrefix}-url-hint` : "", errors?.url ? `${idPrefix}-url-error` : ""]
                .filter(Boolean)
                .join(" ") || undefined
            }
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field idPrefix={idPrefix} name="title" label="Title" error={errors?.title}>
          <input required maxLength={500} {...input("title")} />
        </Field>
      </div>
      <Field idPrefix={idPrefix} name="publisher" label="Publisher" error={errors?.publisher}>
        <input maxLength={200} {...input("publisher")} />
      </Field>
      <Field idPrefix={idPrefix} name="kind" label="Kind" error={errors?.kind}>
        <select {...input("kind")} defaultValue={values?.kind ?? "other"}>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field idPrefix={idPrefix} name="passage" label="Passage relied on" error={errors?.passage}>
          <textarea rows={3} maxLength={5000} {...input("passage")} />
        </Field>
      </div>
      <Field idPrefix={idPrefix} name="accessedOn" label="Accessed on" error={errors?.accessedOn}>
        <input type="date" {...input("accessedOn")} />
      </Field>
      <Field idPrefix={idPrefix} name="archiveUrl" label="Archived copy (URL)" error={errors?.archiveUrl}>
        <input type="url" placeholder="https://web.archive.org/…" {...input("archiveUrl")} />
      </Field>
    </div>
  );
}
