import { afterEach, beforeEach } from "vitest";
import { checkConsoleErrors, watchConsoleErrors } from "../helpers/console-errors";

// An error logged during a test is a problem the test did not look for: it fails the test unless the
// test says it expects one (expectConsoleError() in tests/helpers/console-errors.ts).
beforeEach(watchConsoleErrors);
afterEach(checkConsoleErrors);
