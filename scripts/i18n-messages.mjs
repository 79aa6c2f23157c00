// Collects the messages the code writes for translation — the string literal given to `t(…)`, `t.rich(…)` or
// `msg(…)` — and compares them with the English catalogue, lib/i18n/en.json (decision 0007).
// `node scripts/i18n-messages.mjs` lists the messages without an English entry and the stale entries;
// `--write` adds the missing ones with an empty translation, for a translator to fill.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const cataloguePath = path.join(root, "lib", "i18n", "en.json");
const SOURCE_DIRS = ["app", "components", "lib"];
const CALL = /(?<![\w.$])(?:t|t\.rich|msg)\(\s*("(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g;

function* sourceFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") yield* sourceFiles(full);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      yield full;
    }
  }
}

/** Every message written for translation, with the files that write it. */
export function collectMessages() {
  const messages = new Map();
  for (const directory of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(root, directory))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(CALL)) {
        const literal = match[1];
        const message = literal.startsWith("`") ? literal.slice(1, -1).replace(/\\(.)/g, "$1") : JSON.parse(literal);
        const files = messages.get(message) ?? new Set();
        files.add(path.relative(root, file));
        messages.set(message, files);
      }
    }
  }
  return messages;
}

export function readCatalogue() {
  return JSON.parse(readFileSync(cataloguePath, "utf8"));
}

export function compare(messages = collectMessages(), catalogue = readCatalogue()) {
  const missing = [...messages.keys()].filter((message) => !catalogue[message]);
  const stale = Object.keys(catalogue).filter((message) => !messages.has(message));
  return { missing, stale };
}

if (process.argv[1] === import.meta.filename) {
  const messages = collectMessages();
  const catalogue = readCatalogue();
  const { missing, stale } = compare(messages, catalogue);
  if (process.argv.includes("--write")) {
    const next = Object.fromEntries(Object.entries(catalogue).filter(([message]) => messages.has(message)));
    for (const message of missing) next[message] ??= "";
    writeFileSync(cataloguePath, `${JSON.stringify(next, null, 2)}\n`);
  }
  console.log(`${messages.size} messages, ${missing.length} without English, ${stale.length} stale`);
  for (const message of missing) console.log(`missing: ${message}`);
  for (const message of stale) console.log(`stale: ${message}`);
}
