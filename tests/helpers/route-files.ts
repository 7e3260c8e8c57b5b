import { readdirSync } from "node:fs";

// The app's route table as its files say it (flat routes in app/routes), so tests that must cover
// every route pick up a new one without being told.

/** Every route module's file name in app/routes. */
export function routeFiles(): string[] {
  return readdirSync(new URL("../../app/routes", import.meta.url)).filter((file) => /\.tsx?$/.test(file));
}

/** An address for a route file (flat routes: "." separates segments, "[.]" is a dot, "$name" a
 *  parameter, "_index" the index, a trailing "_" leaves the layout), one per parameter value. */
export function routeAddresses(file: string, valuesFor: (parameter: string) => string[] | undefined): string[] {
  const segments = file.replace(/\.tsx?$/, "").split(/\.(?![^[]*\])/);
  let addresses = [""];
  for (const segment of segments) {
    if (segment === "_index") continue;
    const name = segment.replace(/_$/, "");
    if (name.startsWith("$")) {
      const values = valuesFor(name.slice(1));
      if (!values || values.length === 0)
        throw new Error(`Tell this test what to put for $${name.slice(1)} in ${file}.`);
      addresses = addresses.flatMap((address) => values.map((value) => `${address}/${value}`));
    } else {
      addresses = addresses.map((address) => `${address}/${name.replace(/\[(.*?)\]/g, "$1")}`);
    }
  }
  return addresses.map((address) => address || "/");
}

/** The names of a route file's address parameters ("$claimId" → "claimId"). */
export function routeParameters(file: string): string[] {
  return [...file.matchAll(/\$(\w+)/g)].map((match) => match[1] as string);
}
