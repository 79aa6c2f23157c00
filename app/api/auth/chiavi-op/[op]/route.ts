import { loadProviderKeys } from "@/lib/auth/loaders";

// The OP's signing keys as its verified trust chain gives them, for the OIDC client to check ID tokens
// and userinfo against: keys the federation vouched for, never whatever the OP's jwks_uri says.
export async function GET(_request: Request, { params }: { params: Promise<{ op: string }> }) {
  const jwks = await loadProviderKeys((await params).op);
  if (!jwks) return Response.json({ error: "fornitore non attendibile" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json(jwks, { headers: { "Cache-Control": "no-store" } });
}
