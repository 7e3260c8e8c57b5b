/** A date as readers in a newsroom write it (18 Jan 2025), in a <time> element machines can read. */
export function DateText({ value }: { value: string | Date }) {
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()}>
      {date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}
    </time>
  );
}
