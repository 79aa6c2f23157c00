import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BlobIntegrityError, createBlobStore } from "./blob-store";

const key = "11".repeat(32);

describe("encrypted blob store", () => {
  it("gives back the original bytes exactly and keeps no plaintext on disk", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
    const store = createBlobStore(dir, key);
    const original = Buffer.from("%PDF-1.4 referto di laboratorio: emoglobina 13.5 g/dL");
    const { hash, size } = await store.put(original);
    expect(size).toBe(original.length);
    expect((await store.get(hash)).equals(original)).toBe(true);
    const stored = readFileSync(path.join(dir, hash.slice(0, 2), hash.slice(2)));
    expect(stored.includes(Buffer.from("emoglobina"))).toBe(false);
  });

  it("refuses a tampered file, a file under the wrong key and a bad name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
    const store = createBlobStore(dir, key);
    const { hash } = await store.put(Buffer.from("contenuto"));
    await expect(createBlobStore(dir, "22".repeat(32)).get(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    const file = path.join(dir, hash.slice(0, 2), hash.slice(2));
    const bytes = readFileSync(file);
    bytes[14] = bytes[14]! ^ 0xff;
    writeFileSync(file, bytes);
    await expect(store.get(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(store.get("../../etc/passwd")).rejects.toBeInstanceOf(BlobIntegrityError);
    expect(readdirSync(path.join(dir, hash.slice(0, 2))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
