import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createBlobStore, type BlobStore } from "@/lib/storage/blob-store";
import { fileResponse } from "./file-response";

const plain = randomBytes(200_000);
let store: BlobStore;
let hash: string;

beforeAll(async () => {
  store = createBlobStore(mkdtempSync(path.join(tmpdir(), "file-response-")), "33".repeat(32));
  hash = (await store.put(plain)).hash;
});

const file = () => ({ title: "Referto di laboratorio", contentType: "application/pdf", clinicalDate: "2026-03-04T10:00:00.000Z", hash });

async function ask(headers: Record<string, string> = {}, url = "http://localhost/documenti/x/file") {
  return fileResponse(new Request(url, { headers }), file(), () => store);
}

describe("a stored document file over HTTP", () => {
  it("sends the whole file with its length, advertises ranges and is never cached", async () => {
    const response = await ask();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(plain.length));
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename="documento.pdf"; filename\*=UTF-8''2026-03-04%20Referto%20di%20laboratorio\.pdf$/);
    expect(Buffer.from(await response.arrayBuffer()).equals(plain)).toBe(true);
    expect((await ask({}, "http://localhost/documenti/x/file?scarica=1")).headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it.each([
    ["bytes=0-99", 0, 99],
    ["bytes=65530-65545", 65530, 65545],
    ["bytes=199990-", 199990, 199999],
    ["bytes=150000-999999999", 150000, 199999],
    ["bytes=-10", 199990, 199999],
    ["bytes=-500000", 0, 199999],
    ["Bytes = 7-7 ", 7, 7],
  ])("answers %s with 206 and exactly that part", async (range, start, end) => {
    const response = await ask({ Range: range });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${plain.length}`);
    expect(response.headers.get("content-length")).toBe(String(end - start + 1));
    expect(Buffer.from(await response.arrayBuffer()).equals(plain.subarray(start, end + 1))).toBe(true);
  });

  it.each(["bytes=200000-", "bytes=300000-300010", "bytes=-0"])("answers the unsatisfiable %s with 416 and the size", async (range) => {
    const response = await ask({ Range: range });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(`bytes */${plain.length}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it.each(["bytes=abc", "bytes=5-2", "items=0-9", "bytes=-", "bytes=0-9,20-29", "bytes=0-9, 20-29"])(
    "answers the malformed or multiple range %s with the whole file",
    async (range) => {
      const response = await ask({ Range: range });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-range")).toBeNull();
      expect((await response.arrayBuffer()).byteLength).toBe(plain.length);
    },
  );

  it("sends the whole file when If-Range is present, as no validator is given to confirm it", async () => {
    expect((await ask({ Range: "bytes=0-9", "If-Range": '"abc"' })).status).toBe(200);
  });

  it("serves an empty file whole, and refuses any range of it", async () => {
    const empty = (await store.put(new Uint8Array(0))).hash;
    const request = (headers: Record<string, string>) => fileResponse(new Request("http://localhost/f", { headers }), { ...file(), hash: empty }, () => store);
    const whole = await request({});
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-length")).toBe("0");
    expect((await whole.arrayBuffer()).byteLength).toBe(0);
    expect((await request({ Range: "bytes=0-" })).headers.get("content-range")).toBe("bytes */0");
  });

  it("answers a refused file with a plain 404 and opens nothing", async () => {
    const response = await fileResponse(new Request("http://localhost/f"), null, () => {
      throw new Error("the store must not be opened for a refused file");
    });
    expect(response.status).toBe(404);
  });

  it("serves a generated file from memory by range too", async () => {
    const bytes = Buffer.from("%PDF-1.7 certificato vaccinale");
    const response = await fileResponse(new Request("http://localhost/f", { headers: { Range: "bytes=0-4" } }), { title: "Certificato", contentType: "application/pdf", bytes });
    expect(response.status).toBe(206);
    expect(await response.text()).toBe("%PDF-");
  });
});
