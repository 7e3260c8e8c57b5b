import { describe, expect, it } from "vitest";
import { textFromDocx } from "~/.server/imports/docx-to-text";
import { UnsupportedFileError } from "~/.server/imports/import-errors";
import { buildDocx } from "../../domain/import/build-docx";

describe("textFromDocx", () => {
  it("keeps paragraphs and takes the Title style as the title", async () => {
    const docx = await buildDocx([
      { text: "Water rates to rise in autumn", style: "Title" },
      { text: "The utility said rates would rise by 6 percent." },
      { text: "What the board decided", style: "Heading1" },
      { text: "The board voted\n   five   to two." },
      { text: "Meters will be replaced first.", style: "ListParagraph" },
    ]);
    expect(await textFromDocx(docx)).toEqual({
      title: "Water rates to rise in autumn",
      text: [
        "The utility said rates would rise by 6 percent.",
        "What the board decided",
        "The board voted five to two.",
        "Meters will be replaced first.",
      ].join("\n\n"),
    });
  });

  it("takes the first heading as the title when there is no Title paragraph", async () => {
    const docx = await buildDocx([
      { text: "Intro paragraph." },
      { text: "Findings", style: "Heading2" },
      { text: "Body." },
    ]);
    expect(await textFromDocx(docx)).toEqual({ title: "Findings", text: "Intro paragraph.\n\nFindings\n\nBody." });
  });

  it("has no title without headings, and skips empty paragraphs", async () => {
    const docx = await buildDocx([{ text: "Only text." }, { text: "   " }, { text: "More & <more>." }]);
    expect(await textFromDocx(docx)).toEqual({ title: null, text: "Only text.\n\nMore & <more>." });
  });

  it("refuses bytes that are not a Word document", async () => {
    await expect(textFromDocx(Buffer.from("plain text, not a zip"))).rejects.toThrow(UnsupportedFileError);
    await expect(textFromDocx(Buffer.from("plain text, not a zip"))).rejects.toThrow(
      "This file could not be read as a Word document (.docx). It may be damaged.",
    );
  });
});
