import { dayIn } from "~/domain/format";
import { readConfig } from "./config";

/** Today's YYYY-MM-DD in the newsroom's time zone: what "due today" and "overdue" go by. */
export function newsroomToday(now: Date = new Date()): string {
  return dayIn(now, readConfig().NEWSROOM_TZ);
}
