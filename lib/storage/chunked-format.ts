import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Version 2 of a stored file: a header, then the plaintext cut into fixed-size chunks, each sealed on
// its own with AES-256-GCM under a fresh IV, so a byte range is served by decrypting only the chunks
// that cover it. Each chunk's AAD carries the header, the file's hash, the chunk's index and whether it
// is the last one: a chunk moved, swapped with another file's, dropped, or a file cut short at a chunk
// boundary fails authentication, and a forged header (length, chunk size) breaks every chunk.

export class BlobIntegrityError extends Error {}

// Eight bytes, so a version 1 file (which starts with a random IV) passes for version 2 once in 2^64.
const MAGIC = Buffer.from("FASCBLOB", "latin1");
const VERSION = 2;
export const HEADER_SIZE = MAGIC.length + 1 + 4 + 8;
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
const IV_SIZE = 12;
const TAG_SIZE = 16;
export const CHUNK_OVERHEAD = IV_SIZE + TAG_SIZE;
// Bounds on what a header may claim, so a damaged one cannot make a reader allocate without limit.
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
const MAX_LENGTH = 2 ** 48;

export type Header = { chunkSize: number; length: number; bytes: Buffer };

export function encodeHeader(chunkSize: number, length: number): Header {
  const bytes = Buffer.alloc(HEADER_SIZE);
  MAGIC.copy(bytes, 0);
  bytes.writeUInt8(VERSION, MAGIC.length);
  bytes.writeUInt32BE(chunkSize, MAGIC.length + 1);
  bytes.writeBigUInt64BE(BigInt(length), MAGIC.length + 5);
  return { chunkSize, length, bytes };
}

export function hasMagic(prefix: Uint8Array): boolean {
  return prefix.length >= MAGIC.length && MAGIC.equals(prefix.subarray(0, MAGIC.length));
}

export function decodeHeader(prefix: Buffer): Header {
  if (prefix.length < HEADER_SIZE || !hasMagic(prefix)) throw new BlobIntegrityError("stored file has no valid header");
  if (prefix.readUInt8(MAGIC.length) !== VERSION) throw new BlobIntegrityError("stored file has an unknown format version");
  const chunkSize = prefix.readUInt32BE(MAGIC.length + 1);
  const length = Number(prefix.readBigUInt64BE(MAGIC.length + 5));
  if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE || length > MAX_LENGTH) throw new BlobIntegrityError("stored file has an invalid header");
  return { chunkSize, length, bytes: Buffer.from(prefix.subarray(0, HEADER_SIZE)) };
}

/** An empty file still has one (empty) chunk, so that even its emptiness is authenticated. */
export function chunkCount(header: Header): number {
  return Math.max(1, Math.ceil(header.length / header.chunkSize));
}

/** The exact size on disk the header implies: any other size means a truncated or padded file. */
export function sealedSize(header: Header): number {
  return HEADER_SIZE + header.length + chunkCount(header) * CHUNK_OVERHEAD;
}

export function chunkPosition(header: Header, index: number): { offset: number; sealedLength: number } {
  const plainLength = Math.min(header.chunkSize, header.length - index * header.chunkSize);
  return { offset: HEADER_SIZE + index * (header.chunkSize + CHUNK_OVERHEAD), sealedLength: plainLength + CHUNK_OVERHEAD };
}

function chunkAad(header: Header, hash: string, index: number): Buffer {
  const position = Buffer.alloc(9);
  position.writeBigUInt64BE(BigInt(index), 0);
  position.writeUInt8(index === chunkCount(header) - 1 ? 1 : 0, 8);
  return Buffer.concat([header.bytes, Buffer.from(hash, "hex"), position]);
}

export function sealChunk(key: Buffer, header: Header, hash: string, index: number, plain: Uint8Array): Buffer {
  const iv = randomBytes(IV_SIZE);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(chunkAad(header, hash, index));
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** The plaintext of one chunk, or BlobIntegrityError: no byte of a chunk is released before its tag checks. */
export function openChunk(key: Buffer, header: Header, hash: string, index: number, sealed: Buffer): Buffer {
  if (sealed.length < CHUNK_OVERHEAD) throw new BlobIntegrityError("stored chunk is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV_SIZE));
  decipher.setAAD(chunkAad(header, hash, index));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_SIZE, sealed.length - TAG_SIZE)), decipher.final()]);
  } catch {
    throw new BlobIntegrityError("stored chunk failed authentication");
  }
}

/** The whole sealed file for a plaintext, header first. */
export function sealFile(key: Buffer, hash: string, plain: Uint8Array, chunkSize = DEFAULT_CHUNK_SIZE): Buffer {
  const header = encodeHeader(chunkSize, plain.byteLength);
  const parts = [header.bytes];
  for (let index = 0; index < chunkCount(header); index++) {
    parts.push(sealChunk(key, header, hash, index, plain.subarray(index * chunkSize, (index + 1) * chunkSize)));
  }
  return Buffer.concat(parts);
}
