import { describe, expect, it } from "vitest";
import { clearLoginFailures, minutesUntilLoginAllowed, recordLoginFailure } from "~/.server/auth/login-throttle";

describe("slowing down password guessing", () => {
  const start = 1_000_000_000_000;

  it("makes someone wait after ten wrong passwords for one email from one address", () => {
    for (let i = 0; i < 10; i++) {
      expect(minutesUntilLoginAllowed("Ana@paper.test", "10.0.0.1", start + i)).toBe(0);
      recordLoginFailure("ana@paper.test", "10.0.0.1", start + i);
    }
    expect(minutesUntilLoginAllowed("ana@paper.test", "10.0.0.1", start + 10)).toBe(15);
    expect(minutesUntilLoginAllowed("ana@paper.test", "10.0.0.2", start + 10)).toBe(0);
    expect(minutesUntilLoginAllowed("ana@paper.test", "10.0.0.1", start + 15 * 60 * 1000 + 10)).toBe(0);
  });

  it("forgets the failures after a successful sign-in", () => {
    for (let i = 0; i < 10; i++) recordLoginFailure("ben@paper.test", "10.0.0.1", start);
    clearLoginFailures("ben@paper.test", "10.0.0.1");
    expect(minutesUntilLoginAllowed("ben@paper.test", "10.0.0.1", start)).toBe(0);
  });
});
