import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../limits";
import { ROLES } from "../roles";
import { hasNulCharacter, nulCharacterMessage } from "../validation";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));
export const roleSchema = z.enum(ROLES, "Choose checker, editor or admin.");
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");

export const loginSchema = z.object({
  // Read without parseInput, so the check every other form gets from it is made here.
  email: z
    .string()
    .trim()
    .min(1, "Enter your email.")
    .refine((email) => !hasNulCharacter(email), nulCharacterMessage("email")),
  password: z.string().min(1, "Enter your password."),
  redirectTo: z.string().optional(),
});

export const newUserSchema = z.object({
  email: emailSchema,
  displayName: z.string().trim().min(1, "Enter the person's name.").max(120, "The name is too long."),
  role: roleSchema,
  password: passwordSchema,
});

export type NewUser = z.output<typeof newUserSchema>;
