import { describe, expect, it } from "vitest";
import { readImportUpload } from "~/.server/web/bulk-import-upload";
import { MAX_IMPORT_FILE_BYTES } from "~/domain/bulk-import/limits";

function uploadRequest(form: FormData): Request {
  return new Request("http://claimdesk.test/imports", { method: "POST", body: form });
}

function formWithFile(contents: string, name = "articles.jsonl", format?: string): FormData {
  const form = new FormData();
  form.set("file", new File([contents], name, { type: "application/octet-stream" }));
  if (format) form.set("format", format);
  return form;
}

describe("reading a bulk import upload", () => {
  it("returns the file's name and text and the chosen format", async () => {
    await expect(readImportUpload(uploadRequest(formWithFile('{"title":"a"}', "a.txt", "jsonl")))).resolves.toEqual({
      fileName: "a.txt",
      format: "jsonl",
      text: '{"title":"a"}',
    });
  });

  it("tells the format from the file when none or an unknown one is chosen", async () => {
    const upload = await readImportUpload(uploadRequest(formWithFile("x", "a.csv", "xml")));
    expect(upload.format).toBe("auto");
  });

  it("asks for a file when none was sent, or the form was not multipart", async () => {
    const empty = new FormData();
    empty.set("format", "csv");
    await expect(readImportUpload(uploadRequest(empty))).rejects.toMatchObject({
      status: 422,
      fields: { file: "Choose a file to upload." },
    });
    const urlEncoded = new Request("http://claimdesk.test/imports", {
      method: "POST",
      body: new URLSearchParams({ file: "a.jsonl" }),
    });
    await expect(readImportUpload(urlEncoded)).rejects.toMatchObject({ status: 422 });
  });

  it("refuses a file with NUL characters (UTF-16, binary) or a broken multipart body, with a message", async () => {
    const utf16 = Buffer.from('{"title":"a","body":"b"}\n', "utf16le").toString("latin1");
    await expect(readImportUpload(uploadRequest(formWithFile(utf16)))).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("articles.jsonl is not plain text: it holds NUL characters"),
    });
    const cutOff = new Request("http://claimdesk.test/imports", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=cut" },
      body: '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.jsonl"\r\n\r\n{"title"',
    });
    await expect(readImportUpload(cutOff)).rejects.toMatchObject({ status: 400 });
  });

  it("refuses a file over the limit with 413 and a clear message", async () => {
    const tooBig = "x".repeat(MAX_IMPORT_FILE_BYTES + 1);
    await expect(readImportUpload(uploadRequest(formWithFile(tooBig)))).rejects.toMatchObject({
      status: 413,
      message:
        "The file is larger than 50.0 MB, the limit for uploads. Split it into smaller files and import them one by one.",
    });
  });
});
