// Validates the configuration before anything starts, with a message that names each wrong setting.
import { parseEnv } from "../lib/env";

try {
  parseEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
