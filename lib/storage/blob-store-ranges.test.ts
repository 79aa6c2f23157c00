import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BlobIntegrityError, createBlobStore, type BlobStore, type ByteRange } from "./blob-store";
import { CHUNK_OVERHEAD, DEFAULT_CHUNK_SIZE, HEADER_SIZE } from "./chunked-format";

const key = "11".repeat(32);
const C = DEFAULT_CHUNK_SIZE;
const SEALED_CHUNK = C + CHUNK_OVERHEAD;

/** The pieces a stream gave before it ended or failed, and how it failed. */
async function drain(store: BlobStore, hash: string, range?: ByteRange) {
  const reader = (await store.open(hash, range)).getReader();
  const pieces: Uint8Array[] = [];
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) pieces.push(next.value);
    return { pieces, bytes: Buffer.concat(pieces), error: null };
  } catch (error) {
    return { pieces, bytes: Buffer.concat(pieces), error };
  }
}

async function storeWith(plain: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "blobs-"));
  const store = createBlobStore(dir, key);
  const { hash } = await store.put(plain);
  return { dir, store, hash, file: path.join(dir, hash.slice(0, 2), hash.slice(2)) };
}

const chunkOffset = (index: number) => HEADER_SIZE + index * SEALED_CHUNK;
const flip = (bytes: Buffer, at: number) => bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);

describe("ranges of a chunked file", () => {
  it("gives exactly the bytes asked for, across and at chunk boundaries", async () => {
    const plain = randomBytes(3 * C + 100);
    const { store, hash } = await storeWith(plain);
    const ranges: [number, number][] = [
      [0, 0], [plain.length - 1, plain.length - 1], [C - 1, C], [C, 2 * C - 1], [C - 1, 2 * C],
      [0, C - 1], [3 * C, plain.length - 1], [5, 3 * C + 5], [0, plain.length - 1],
    ];
    for (const [start, end] of ranges) {
      const { bytes, error } = await drain(store, hash, { start, end });
      expect(error, `${start}-${end}`).toBeNull();
      expect(bytes.equals(plain.subarray(start, end + 1)), `${start}-${end}`).toBe(true);
    }
    await expect(store.open(hash, { start: 0, end: plain.length })).rejects.toBeInstanceOf(RangeError);
    await expect(store.open(hash, { start: 10, end: 9 })).rejects.toBeInstanceOf(RangeError);
  });

  it("reads a middle range of a 1 MB file chunk by chunk, touching only the chunks that cover it", async () => {
    const plain = randomBytes(1024 * 1024);
    const { store, hash, file } = await storeWith(plain);
    const range = { start: 4 * C + 10, end: 6 * C + 20 };
    // Damage every chunk outside chunks 4..6: if any of them were decrypted, authentication would fail.
    const sealed = readFileSync(file);
    for (const index of [0, 1, 2, 3, 7, 8, 15]) flip(sealed, chunkOffset(index) + 40);
    writeFileSync(file, sealed);
    const { pieces, bytes, error } = await drain(store, hash, range);
    expect(error).toBeNull();
    expect(pieces.length).toBe(3);
    expect(bytes.equals(plain.subarray(range.start, range.end + 1))).toBe(true);
    expect((await drain(store, hash, { start: 3 * C, end: 4 * C })).error).toBeInstanceOf(BlobIntegrityError);
  });
});

describe("a damaged chunked file", () => {
  it("stops at a tampered chunk, having released only the authenticated chunks before it", async () => {
    const plain = randomBytes(4 * C);
    const { store, hash, file } = await storeWith(plain);
    const sealed = readFileSync(file);
    flip(sealed, chunkOffset(2) + 100);
    writeFileSync(file, sealed);
    const { bytes, error } = await drain(store, hash);
    expect(error).toBeInstanceOf(BlobIntegrityError);
    expect(bytes.equals(plain.subarray(0, 2 * C))).toBe(true);
    await expect(store.get(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
  });

  it("refuses chunks swapped within the file or taken from another file", async () => {
    const plain = randomBytes(3 * C);
    const { store, hash, file } = await storeWith(plain);
    const original = readFileSync(file);
    const swapped = Buffer.from(original);
    original.copy(swapped, chunkOffset(1), chunkOffset(2), chunkOffset(3));
    original.copy(swapped, chunkOffset(2), chunkOffset(1), chunkOffset(2));
    writeFileSync(file, swapped);
    const { bytes, error } = await drain(store, hash);
    expect(error).toBeInstanceOf(BlobIntegrityError);
    expect(bytes.equals(plain.subarray(0, C))).toBe(true);

    const other = await store.put(randomBytes(3 * C));
    const foreign = Buffer.from(original);
    readFileSync(path.join(path.dirname(path.dirname(file)), other.hash.slice(0, 2), other.hash.slice(2))).copy(foreign, chunkOffset(0), chunkOffset(0), chunkOffset(1));
    writeFileSync(file, foreign);
    expect((await drain(store, hash, { start: 0, end: 10 })).error).toBeInstanceOf(BlobIntegrityError);
  });

  it("refuses a truncated file, even one cut at a chunk boundary with its header rewritten to match", async () => {
    const plain = randomBytes(2 * C + 500);
    const { store, hash, file } = await storeWith(plain);
    const original = readFileSync(file);
    truncateSync(file, original.length - 10);
    await expect(store.size(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(store.open(hash)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(store.get(hash)).rejects.toBeInstanceOf(BlobIntegrityError);

    const cut = Buffer.from(original.subarray(0, chunkOffset(2)));
    cut.writeBigUInt64BE(BigInt(2 * C), HEADER_SIZE - 8);
    writeFileSync(file, cut);
    expect(await store.size(hash)).toBe(2 * C);
    const { bytes, error } = await drain(store, hash);
    expect(error).toBeInstanceOf(BlobIntegrityError);
    expect(bytes.length).toBe(0);
  });

  it("under the wrong key, errors before releasing any byte", async () => {
    const { dir, hash } = await storeWith(randomBytes(2 * C));
    const { bytes, error } = await drain(createBlobStore(dir, "22".repeat(32)), hash, { start: 1, end: 2 });
    expect(error).toBeInstanceOf(BlobIntegrityError);
    expect(bytes.length).toBe(0);
  });
});
