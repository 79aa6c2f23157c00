// The local federation is for development, demo and tests: it must never stand in for real providers.

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Why the local providers must not start in this environment, in Italian, or null when they may. */
export function refusalReason(env: Record<string, string | undefined>, demoIssuers: string[]): string | null {
  if (env.NODE_ENV === "production") {
    return "I provider SPID/CIE di prova non partono con NODE_ENV=production: in produzione configura i provider reali (OIDC_PROVIDERS) e la federazione.";
  }
  if (!env.OIDC_PROVIDERS) return null;
  let configured: { issuer?: unknown }[];
  try {
    configured = JSON.parse(env.OIDC_PROVIDERS) as { issuer?: unknown }[];
    if (!Array.isArray(configured)) throw new Error("not an array");
  } catch {
    return "OIDC_PROVIDERS non è un elenco JSON valido: i provider di prova non partono.";
  }
  for (const provider of configured) {
    const issuer = String(provider?.issuer ?? "");
    let host = "";
    try {
      host = new URL(issuer).hostname;
    } catch {
      // an unreadable issuer is not one of ours
    }
    if (!demoIssuers.includes(issuer) || !LOOPBACK.has(host)) {
      return `OIDC_PROVIDERS indica un provider reale (${issuer}): i provider SPID/CIE di prova non partono accanto a provider reali.`;
    }
  }
  return null;
}
