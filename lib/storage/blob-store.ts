import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// Content-addressed, encrypted store for document files. A file is named by the SHA-256 of its
// plaintext and stored as AES-256-GCM (12-byte IV, ciphertext, 16-byte tag): a changed or truncated
// file fails authentication instead of being served.

export type BlobStore = {
  put(bytes: Uint8Array): Promise<{ hash: string; size: number }>;
  get(hash: string): Promise<Buffer>;
};

export class BlobIntegrityError extends Error {}

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
  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(hash));
      const sealed = Buffer.concat([iv, cipher.update(bytes), cipher.final(), cipher.getAuthTag()]);
      const target = pathOf(hash);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under the final name.
      const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
      await writeFile(temporary, sealed, { mode: 0o600 });
      await rename(temporary, target);
      return { hash, size: bytes.byteLength };
    },
    async get(hash) {
      const sealed = await readFile(pathOf(hash));
      if (sealed.length < 28) throw new BlobIntegrityError("stored file is truncated");
      const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
      decipher.setAAD(Buffer.from(hash));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
      } catch {
        throw new BlobIntegrityError("stored file failed authentication");
      }
      if (sha256Hex(plain) !== hash) throw new BlobIntegrityError("stored file does not match its hash");
      return plain;
    },
  };
}
