/** What a user submitted in a form the server refused: shown again in the same form, with the messages
 *  per field, so nothing they typed is lost. */
export interface FormDraft {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface RefusedForm {
  error: { fields?: Record<string, string> };
  submitted: Record<string, string> | null;
}

/** The draft for one form on the page: the refused submission when it came from that form (the same
 *  intent and, for a form about one source, the same source), else null. */
export function draftFor(refused: RefusedForm | null, intent: string, sourceId?: number): FormDraft | null {
  const values = refused?.submitted;
  if (!values || values.intent !== intent) return null;
  if (sourceId !== undefined && values.sourceId !== String(sourceId)) return null;
  return { values, errors: refused.error.fields ?? {} };
}
