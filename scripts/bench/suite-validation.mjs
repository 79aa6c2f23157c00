// The CDA validation timings (scripts/bench/validation.ts), measured in their own process after the servers
// have stopped, so that the figures are the validator's alone.
import { execFileSync } from "node:child_process";
import path from "node:path";

export function measureValidation(settings) {
  const tsx = path.join(settings.root, "node_modules", ".bin", "tsx");
  const output = execFileSync(tsx, [path.join(settings.root, "scripts", "bench", "validation.ts"), "--json"], { cwd: settings.root, encoding: "utf8" });
  return JSON.parse(output.trim().split("\n").at(-1));
}
