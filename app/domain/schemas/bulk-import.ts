import { z } from "zod";
import { IMPORT_FORMATS } from "../bulk-import/formats";

/** The bulk import form's choice of format; anything else, or nothing, means "tell from the file". */
export const importFormatField = z.enum([...IMPORT_FORMATS, "auto"]).catch("auto");
