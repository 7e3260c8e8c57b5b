import { format } from "node:util";
import { type MockInstance, vi } from "vitest";

type ConsoleErrorSpy = MockInstance<typeof console.error>;

let spy: ConsoleErrorSpy | undefined;
let expected = false;

/** Records console.error for the test about to run (tests/setup/console-errors.ts calls it). */
export function watchConsoleErrors(): void {
  expected = false;
  spy = vi.spyOn(console, "error");
}

/** Ends the watch of the test that just ran: an error logged without expectConsoleError() fails it,
 *  and so does expectConsoleError() with nothing logged. */
export function checkConsoleErrors(): void {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  spy = undefined;
  if (expected && calls.length === 0) {
    throw new Error("The test called expectConsoleError() but nothing was logged with console.error.");
  }
  if (!expected && calls.length > 0) {
    const logged = calls.map((args) => `  ${format(...args)}`).join("\n");
    throw new Error(
      `console.error was called during the test (call expectConsoleError() if the test means it):\n${logged}`,
    );
  }
}

/** Says the running test logs console.error on purpose: the output is kept quiet instead of failing
 *  the test, and the spy is returned so the test can check what was logged. */
export function expectConsoleError(): ConsoleErrorSpy {
  if (!spy) throw new Error("expectConsoleError() works only inside a test.");
  expected = true;
  return spy.mockImplementation(() => {});
}
