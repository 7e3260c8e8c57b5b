import { describe, expect, it } from "vitest";
import { articleInputSchema } from "~/domain/schemas/article";
import { utf8ByteLength } from "~/domain/text-size";

describe("article input", () => {
  it("measures the size limit in UTF-8 bytes, as it is stored", () => {
    for (const text of ["plain", "café “quoted”", "emoji 🗞️ and 中文", "lone \ud800 surrogate"]) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  it("accepts text right at the limit and refuses one byte more", () => {
    expect(articleInputSchema.safeParse({ title: "t", body: "a".repeat(1_000_000) }).success).toBe(true);
    const over = articleInputSchema.safeParse({ title: "t", body: "é".repeat(500_001) });
    expect(over.error?.issues[0]?.message).toMatch(/limit is 1\.0 MB/);
  });

  it("turns empty optional fields into nothing and keeps line breaks as \\n", () => {
    expect(
      articleInputSchema.parse({ title: "t", body: "\uFEFFa\r\nb", url: "", outlet: " ", publishedOn: "" }),
    ).toEqual({
      title: "t",
      body: "a\nb",
      url: null,
      outlet: null,
      byline: null,
      publishedOn: null,
    });
  });
});
