import { loadAuthorizationRedirect } from "@/lib/auth/loaders";

// The portal's own authorization step: next-auth's plain request becomes a signed request object.
export async function GET(request: Request, { params }: { params: Promise<{ op: string }> }) {
  const { op } = await params;
  const target = await loadAuthorizationRedirect(op, new URL(request.url).searchParams);
  if (!target) return Response.redirect(new URL("/accedi?errore=OAuthSignin", request.url), 303);
  return new Response(null, { status: 303, headers: { Location: target.toString(), "Cache-Control": "no-store" } });
}
