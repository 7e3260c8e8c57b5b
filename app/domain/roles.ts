// Who may do what: a checker researches claims, an editor also approves and publishes,
// an admin also manages people and settings. Each role includes the ones before it.
export const ROLES = ["checker", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

export const ROLE_LABELS: Record<Role, string> = { checker: "Fact-checker", editor: "Editor", admin: "Administrator" };
