import { z } from "zod";

/** A new API token: what it is for, so an admin knows which one to revoke ("CMS plugin", "Nightly import"). */
export const apiTokenInputSchema = z.object({
  name: z
    .string("Say what the token is for.")
    .trim()
    .min(1, "Say what the token is for.")
    .max(100, "The name is too long (at most 100 characters)."),
});
