export const cataloguePath: string;
export function collectMessages(): Map<string, Set<string>>;
export function readCatalogue(): Record<string, string>;
export function compare(messages?: Map<string, Set<string>>, catalogue?: Record<string, string>): { missing: string[]; stale: string[] };
