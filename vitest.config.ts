import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "dev/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["./lib/test/setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
