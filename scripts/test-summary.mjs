// Adds up the test counts of every runner into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

const files = process.argv.slice(2, -1);
const failedSteps = Number(process.argv.at(-1));
let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    passed += report.stats.expected;
    failed += report.stats.unexpected + (report.stats.flaky ?? 0);
  }
}
// A step that failed without reporting tests (lint, types, drift) still counts as a failure.
if (failed === 0 && failedSteps > 0) failed = failedSteps;
console.log(`${passed} passed, ${failed} failed`);
