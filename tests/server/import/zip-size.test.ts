import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { textFromDocx } from "~/.server/imports/docx-to-text";
import { zipUncompressedSize } from "~/.server/imports/zip-size";

describe("refusing Word documents that unpack to far more than an article", () => {
  it("reads the unpacked size from the archive without unpacking it", async () => {
    const zip = new JSZip();
    zip.file("a.txt", "x".repeat(10_000));
    zip.file("b.txt", "y".repeat(5_000));
    const archive = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(archive.length).toBeLessThan(1_000);
    expect(zipUncompressedSize(archive)).toBe(15_000);
  });

  it("refuses a small upload that would unpack to more than 50 MB", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "0".repeat(60_000_000));
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(1_000_000);
    await expect(textFromDocx(bomb)).rejects.toThrow("unpacks to more than 50 MB");
  });

  it("says a file that is not a ZIP archive is not a Word document", async () => {
    expect(zipUncompressedSize(Buffer.from("not a zip archive at all, just text"))).toBeNull();
    await expect(textFromDocx(Buffer.from("plain"))).rejects.toThrow("could not be read as a Word document");
  });
});
