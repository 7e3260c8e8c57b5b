// A figure alone ("7", "45%") says nothing in a list: a numeric claim is shown in its sentence with
// the figure marked; quotes and statements are their own words.
export function ClaimWords({ text, kind, sentence }: { text: string; kind: string; sentence: string | null }) {
  const at = kind === "numeric" && sentence ? sentence.indexOf(text) : -1;
  if (!sentence || at === -1) return <>{text}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark className="rounded bg-amber-100 px-0.5 font-semibold text-stone-900">{text}</mark>
      {sentence.slice(at + text.length)}
    </>
  );
}
