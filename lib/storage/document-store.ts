import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createBlobStore, type BlobStore } from "./blob-store";

let store: BlobStore | undefined;

/** The process-wide store of document files, under DATA_DIR with the key from the environment. */
export function documentStore(): BlobStore {
  const config = env();
  store ??= createBlobStore(path.join(config.DATA_DIR, "blobs"), config.STORAGE_KEY);
  return store;
}
