import { createCipheriv, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BlobIntegrityError, createBlobStore, sha256Hex, type BlobStore, type ByteRange } from "./blob-store";

const key = "11".repeat(32);

async function readAll(store: BlobStore, hash: string, range?: ByteRange): Promise<Buffer> {
  const reader = (await store.open(hash, range)).getReader();
  const parts: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return Buffer.concat(parts);
}

/** A file as the store wrote it before chunking: one GCM message, AAD the hash in hex. */
function writeV1(dir: string, plain: Buffer): string {
  const hash = sha256Hex(plain);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", Buffer.from(key, "hex"), iv);
  cipher.setAAD(Buffer.from(hash));
  const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  mkdirSync(path.join(dir, hash.slice(0, 2)), { recursive: true });
  writeFileSync(path.join(dir, hash.slice(0, 2), hash.slice(2)), sealed);
  return hash;
}

describe("encrypted blob store", () => {
  it("gives back the original bytes exactly, whole or streamed, and keeps no plaintext on disk", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
    const store = createBlobStore(dir, key);
    const original = Buffer.concat([Buffer.from("%PDF-1.4 referto di laboratorio: emoglobina 13.5 g/dL "), randomBytes(200_000)]);
    const { hash, size } = await store.put(original);
    expect(size).toBe(original.length);
    expect(await store.size(hash)).toBe(original.length);
    expect((await store.get(hash)).equals(original)).toBe(true);
    expect((await readAll(store, hash)).equals(original)).toBe(true);
    const stored = readFileSync(path.join(dir, hash.slice(0, 2), hash.slice(2)));
    expect(stored.includes(Buffer.from("emoglobina"))).toBe(false);
    expect(stored.subarray(0, 8).toString("latin1")).toBe("FASCBLOB");
  });

  it("stores and serves an empty file, whose emptiness is authenticated too", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
    const store = createBlobStore(dir, key);
    const { hash } = await store.put(new Uint8Array(0));
    expect(await store.size(hash)).toBe(0);
    expect((await store.get(hash)).length).toBe(0);
    expect((await readAll(store, hash)).length).toBe(0);
    await expect(store.open(hash, { start: 0, end: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(readAll(createBlobStore(dir, "22".repeat(32)), hash)).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it("refuses a tampered file, a file under the wrong key and a bad name", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
    const store = createBlobStore(dir, key);
    const { hash } = await store.put(Buffer.from("contenuto"));
    await expect(createBlobStore(dir, "22".repeat(32)).get(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    const file = path.join(dir, hash.slice(0, 2), hash.slice(2));
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
    writeFileSync(file, bytes);
    await expect(store.get(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(readAll(store, hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(store.get("../../etc/passwd")).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(store.open("../../etc/passwd")).rejects.toBeInstanceOf(BlobIntegrityError);
    expect(readdirSync(path.join(dir, hash.slice(0, 2))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("still reads files written before chunking, whole and by range, and still refuses them tampered", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
    const store = createBlobStore(dir, key);
    const original = Buffer.from("%PDF-1.4 lettera di dimissione scritta nel formato precedente");
    const hash = writeV1(dir, original);
    expect(await store.size(hash)).toBe(original.length);
    expect((await store.get(hash)).equals(original)).toBe(true);
    expect((await readAll(store, hash)).equals(original)).toBe(true);
    expect((await readAll(store, hash, { start: 9, end: 16 })).toString()).toBe("lettera ");
    const file = path.join(dir, hash.slice(0, 2), hash.slice(2));
    const bytes = readFileSync(file);
    bytes[14] = bytes[14]! ^ 0xff;
    writeFileSync(file, bytes);
    await expect(readAll(store, hash, { start: 0, end: 3 })).rejects.toBeInstanceOf(BlobIntegrityError);
  });
});
