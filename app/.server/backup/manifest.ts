import { z } from "zod";

// manifest.json, the last file of a backup: what the backup holds and the SHA-256 of each part, so a
// restore can check the whole file before it writes anything.

export const BACKUP_FORMAT = "claimdesk-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = "manifest.json";

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  source: z.enum(["pglite", "postgres"]),
  schemaVersion: z.strictObject({ tag: z.string(), when: z.number().int(), hash: z.string() }),
  ledger: z.strictObject({ entries: z.number().int().min(0), head: sha256Hex.nullable() }),
  notBackedUp: z.array(z.string()),
  tables: z.array(
    z.strictObject({
      name: z.string().min(1),
      file: z.string().regex(/^data\/[0-9]{3}-[^/]+\.jsonl\.gz$/),
      columns: z.array(z.string().min(1)).min(1),
      rows: z.number().int().min(0),
      bytes: z.number().int().min(0),
      sha256: sha256Hex,
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestTable = Manifest["tables"][number];

/** The manifest's exact text: restore accepts only this form, so no byte of it can change unnoticed. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function partFileName(index: number, table: string): string {
  return `data/${String(index + 1).padStart(3, "0")}-${table}.jsonl.gz`;
}
