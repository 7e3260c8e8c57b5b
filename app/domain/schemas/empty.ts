/** An empty form or address field means "not given": preprocess it to null before a schema reads it. */
export const emptyToNull = (value: unknown) => (value === "" ? null : value);
