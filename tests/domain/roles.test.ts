import { describe, expect, it } from "vitest";
import { hasRole, ROLES } from "~/domain/roles";

describe("roles", () => {
  it("lets each role do what the roles below it do, and nothing above", () => {
    expect(
      ROLES.flatMap((actual) =>
        ROLES.filter((required) => hasRole(actual, required)).map((required) => `${actual}>=${required}`),
      ),
    ).toEqual([
      "checker>=checker",
      "editor>=checker",
      "editor>=editor",
      "admin>=checker",
      "admin>=editor",
      "admin>=admin",
    ]);
  });
});
