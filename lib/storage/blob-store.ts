import { createDecipheriv, createHash, randomBytes } from "node:crypto";
import { mkdir, open as openFile, readFile, rename, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { BlobIntegrityError, chunkCount, chunkPosition, decodeHeader, HEADER_SIZE, hasMagic, openChunk, sealedSize, sealFile, type Header } from "./chunked-format";

// Content-addressed, encrypted store for document files. A file is named by the SHA-256 of its
// plaintext. New files are written in the chunked format (chunked-format.ts), so a byte range can be
// streamed from disk decrypting only its chunks; files written before it (version 1: 12-byte IV,
// ciphertext, 16-byte tag, one GCM message) are still read, whole. A changed or truncated file fails
// authentication instead of being served.

export { BlobIntegrityError };

/** Inclusive byte positions in the plaintext, as in HTTP ranges and fs.createReadStream. */
export type ByteRange = { start: number; end: number };

export type BlobStore = {
  put(bytes: Uint8Array): Promise<{ hash: string; size: number }>;
  /** The whole file, checked against its hash: for the few readers that need it all in memory. */
  get(hash: string): Promise<Buffer>;
  /** The plaintext length, from the header (no decryption). */
  size(hash: string): Promise<number>;
  /** The plaintext (or a range of it) as a stream that errors, releasing nothing more, at the first chunk that fails authentication. */
  open(hash: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
};

const V1_OVERHEAD = 28;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function createBlobStore(rootDir: string, keyHex: string): BlobStore {
  const key = Buffer.from(keyHex, "hex");
  if (key.length !== 32) throw new Error("the storage key must be 32 bytes");
  const pathOf = (hash: string) => {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new BlobIntegrityError("invalid blob hash");
    return path.join(rootDir, hash.slice(0, 2), hash.slice(2));
  };

  const openV1 = (hash: string, sealed: Buffer): Buffer => {
    if (sealed.length < V1_OVERHEAD) throw new BlobIntegrityError("stored file is truncated");
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(hash));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    } catch {
      throw new BlobIntegrityError("stored file failed authentication");
    }
  };

  const openV2 = (hash: string, sealed: Buffer): Buffer => {
    const header = decodeHeader(sealed);
    if (sealed.length !== sealedSize(header)) throw new BlobIntegrityError("stored file is truncated or padded");
    const parts: Buffer[] = [];
    for (let index = 0; index < chunkCount(header); index++) {
      const { offset, sealedLength } = chunkPosition(header, index);
      parts.push(openChunk(key, header, hash, index, sealed.subarray(offset, offset + sealedLength)));
    }
    return Buffer.concat(parts);
  };

  /** The header of a version 2 file, checked against the file's size; null for a version 1 file. */
  const readHeader = async (handle: FileHandle): Promise<Header | null> => {
    const prefix = Buffer.alloc(HEADER_SIZE);
    const { bytesRead } = await handle.read(prefix, 0, HEADER_SIZE, 0);
    if (!hasMagic(prefix.subarray(0, bytesRead))) return null;
    const header = decodeHeader(prefix.subarray(0, bytesRead));
    if ((await handle.stat()).size !== sealedSize(header)) throw new BlobIntegrityError("stored file is truncated or padded");
    return header;
  };

  /** The plaintext length of an open file, and its header if it is a version 2 file. */
  const describe = async (handle: FileHandle): Promise<{ header: Header | null; length: number }> => {
    const header = await readHeader(handle);
    if (header) return { header, length: header.length };
    const { size } = await handle.stat();
    if (size < V1_OVERHEAD) throw new BlobIntegrityError("stored file is truncated");
    return { header: null, length: size - V1_OVERHEAD };
  };

  const get = async (hash: string): Promise<Buffer> => {
    const sealed = await readFile(pathOf(hash));
    const plain = hasMagic(sealed) ? openV2(hash, sealed) : openV1(hash, sealed);
    if (sha256Hex(plain) !== hash) throw new BlobIntegrityError("stored file does not match its hash");
    return plain;
  };

  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const sealed = sealFile(key, hash, bytes);
      const target = pathOf(hash);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under the final name.
      const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
      await writeFile(temporary, sealed, { mode: 0o600 });
      await rename(temporary, target);
      return { hash, size: bytes.byteLength };
    },

    get,

    async size(hash) {
      const handle = await openFile(pathOf(hash), "r");
      try {
        return (await describe(handle)).length;
      } finally {
        await handle.close();
      }
    },

    async open(hash, range) {
      const handle = await openFile(pathOf(hash), "r");
      let header: Header | null;
      let checked: ByteRange;
      try {
        const described = await describe(handle);
        header = described.header;
        checked = checkRange(range, described.length);
      } catch (error) {
        await handle.close();
        throw error;
      }
      if (!header) {
        // Version 1 files predate streaming and are small: decrypt and check whole, then slice.
        await handle.close();
        return streamOf((await get(hash)).subarray(checked.start, checked.end + 1));
      }
      return chunkStream(handle, key, header, hash, checked.start, checked.end);
    },
  };
}

function checkRange(range: ByteRange | undefined, length: number): ByteRange {
  if (!range) return { start: 0, end: length - 1 };
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end >= length) {
    throw new RangeError(`range ${start}-${end} is outside a file of ${length} bytes`);
  }
  return range;
}

function streamOf(bytes: Buffer): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/**
 * Reads, one pull at a time, only the chunks covering start..end (inclusive) and decrypts each before
 * releasing any of its bytes. An empty file's single empty chunk is still read and authenticated.
 */
function chunkStream(handle: FileHandle, key: Buffer, header: Header, hash: string, start: number, end: number): ReadableStream<Uint8Array> {
  const first = Math.floor(start / header.chunkSize);
  const last = header.length === 0 ? 0 : Math.floor(end / header.chunkSize);
  let index = first;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { offset, sealedLength } = chunkPosition(header, index);
        const sealed = Buffer.alloc(sealedLength);
        const { bytesRead } = await handle.read(sealed, 0, sealedLength, offset);
        if (bytesRead !== sealedLength) throw new BlobIntegrityError("stored file is truncated");
        const plain = openChunk(key, header, hash, index, sealed);
        const base = index * header.chunkSize;
        const slice = plain.subarray(index === first ? start - base : 0, index === last ? end - base + 1 : plain.length);
        if (slice.length > 0) controller.enqueue(new Uint8Array(slice.buffer, slice.byteOffset, slice.length));
        index++;
        if (index > last) {
          await close();
          controller.close();
        }
      } catch (error) {
        await close().catch(() => {});
        controller.error(error);
      }
    },
    async cancel() {
      await close();
    },
  });
}
