import "server-only";
import { decodeJwt } from "jose";
import type { AuthOptions } from "next-auth";
import { cookies } from "next/headers";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { chosenLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { findPersonByFiscalCode } from "@/lib/people/data";
import { adoptLanguage } from "@/lib/profile/mutations";
import { findSession } from "./data";
import { openSession } from "./mutations";
import { flowHashOf } from "./protocol-log";
import { closeSession } from "./session-end";
import { sealToken } from "./token-vault";
import { rpClientId } from "./federation/entity-configuration";
import { trustedProviders } from "./federation/providers-cache";
import { spidCieProvider } from "./providers";

// next-auth carries only the server-side session id in its encrypted cookie. Whether that session is
// still valid is decided by the Session table on every request (lib/auth/session.ts), so logout and
// revocation take effect at once.

// Built per request from the OPs whose trust chain verifies now (the chains are cached until they expire).
export async function authOptions(): Promise<AuthOptions> {
  const config = env();
  const privateJwks = JSON.parse(config.RP_PRIVATE_JWKS) as { keys: object[] };
  const clientId = rpClientId(config);
  const appUrl = config.NEXTAUTH_URL.replace(/\/$/, "");
  const trusted = await trustedProviders();
  return {
    secret: config.NEXTAUTH_SECRET,
    providers: trusted.map(({ op, resolved }) => spidCieProvider(op, resolved, { clientId, privateJwks, appUrl })),
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/accedi", error: "/accedi" },
    callbacks: {
      async signIn({ user }) {
        const person = await findPersonByFiscalCode(await db(), user.id);
        return person ? true : "/accedi?errore=non-assistito";
      },
      async jwt({ token, user, account }) {
        if (!account || !user) return token;
        const database = await db();
        const person = await findPersonByFiscalCode(database, user.id);
        if (!person) throw new Error("PERSON_NOT_FOUND");
        const idToken = account.id_token ? decodeJwt(account.id_token) : null;
        const sid = await openSession(database, {
          personId: person.id,
          fiscalCode: user.id,
          provider: account.provider,
          subject: String((user as { subject?: string }).subject ?? account.providerAccountId),
          // The token request already refused an insufficient acr; it is kept for the audit.
          acr: String(idToken?.acr ?? "unknown"),
          now: new Date(),
          maxHours: config.SESSION_MAX_HOURS,
          revocationToken: account.access_token ? sealToken(account.access_token) : null,
          // Ties the session's protocol row to the login's earlier ones (request, token, userinfo).
          flowHash: flowHashOf(idToken?.nonce),
        });
        // The language chosen before logging in becomes the person's if they had none: a change to their
        // profile, so it passes the gate and is logged like the profile's own language form.
        const language = chosenLocale((await cookies()).get(LOCALE_COOKIE)?.value);
        if (language && person.language === null) {
          const actor: Actor = { personId: person.id, role: "CITIZEN", displayName: `${person.givenName} ${person.familyName}` };
          await withAccess(database, { actor, action: "health.manage", subjectId: person.id, purpose: "LINGUA" }, (subject, tx) => adoptLanguage(tx, subject, language));
        }
        // Nothing personal in the cookie: only the session id.
        return { sid };
      },
      async session({ session, token }) {
        return { expires: session.expires, sid: token.sid } as never;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid !== "string") return;
        const database = await db();
        const session = await findSession(database, token.sid);
        if (session) await closeSession(database, session, "LOGOUT", new Date());
      },
    },
  };
}
