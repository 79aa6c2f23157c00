import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { Actor } from "@/lib/access/types";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { chosenLocale, type Locale } from "@/lib/i18n/locale";
import { findRoles, findSession } from "./data";
import { touchSession } from "./mutations";
import { loginPageFor, REQUEST_PATH_HEADER } from "./return-path";
import { closeSession } from "./session-end";
import { sessionIdOf, sessionToken } from "./session-cookie";
import { judgeSession } from "./session-rules";

export type CurrentUser = {
  sessionId: string;
  /** When the person last proved their identity at SPID/CIE: sensitive changes ask for a recent one. */
  authenticatedAt: Date;
  personId: string;
  givenName: string;
  familyName: string;
  birthDate: Date;
  /** False until the person has read the privacy notice on their first access. */
  firstAccessDone: boolean;
  /** The portal's language the person chose; null until they choose one. */
  language: Locale | null;
  /** Milliseconds until the session ends if nothing else reaches the server: the inactivity warning counts them down. */
  idleExpiresInMs: number;
};

/** The logged-in person, checked against the Session table on every request; null when logged out. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const sid = await sessionIdOf(sessionToken(await cookies()), env().NEXTAUTH_SECRET);
  if (!sid) return null;
  const database = await db();
  const row = await findSession(database, sid);
  if (!row) return null;
  const now = new Date();
  const verdict = judgeSession(row, now, env().SESSION_IDLE_MINUTES);
  if (!verdict.valid) {
    // The OP's token is revoked once the page has answered: the person is not kept waiting for the OP.
    if (verdict.endReason) await closeSession(database, row, verdict.endReason, now, after);
    return null;
  }
  if (verdict.touch) await touchSession(database, row.id, now);
  return {
    sessionId: row.id,
    authenticatedAt: row.createdAt,
    personId: row.person.id,
    givenName: row.person.givenName,
    familyName: row.person.familyName,
    birthDate: row.person.birthDate,
    firstAccessDone: row.person.firstAccessAt !== null,
    language: chosenLocale(row.person.language) ?? null,
    idleExpiresInMs: (verdict.touch ? now : row.lastSeenAt).getTime() + env().SESSION_IDLE_MINUTES * 60_000 - now.getTime(),
  };
});

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * For pages of the citizen area: sends a logged-out visitor to the login page, which brings them back
 * here afterwards. Only a request that still carries a session cookie had a session that is now over.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) {
    const hadSession = (await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
    redirect(loginPageFor((await headers()).get(REQUEST_PATH_HEADER), hadSession));
  }
  return user;
}


/** The staff roles the logged-in person holds, read once per request (home asks for two of them). */
const staffRoles = cache(async (personId: string) => findRoles(await db(), personId));

export type ProfessionalUser = { actor: Actor; title: string };

/** The logged-in person acting as a healthcare professional; null when they hold no such role. */
export const currentProfessional = cache(async (): Promise<ProfessionalUser | null> => {
  const user = await requireUser();
  const role = (await staffRoles(user.personId)).find((held) => held.role === "PROFESSIONAL");
  if (!role) return null;
  return { actor: { personId: user.personId, role: "PROFESSIONAL", displayName: `${user.givenName} ${user.familyName}` }, title: role.title };
});

export type OperatorUser = { actor: Actor; title: string; deskPoint: string };

/** The logged-in person acting as a desk operator at a Punto Assistiti Salute; null without the role. */
export const currentOperator = cache(async (): Promise<OperatorUser | null> => {
  const user = await requireUser();
  const role = (await staffRoles(user.personId)).find((held) => held.role === "OPERATOR");
  if (!role?.deskPoint) return null;
  return {
    actor: { personId: user.personId, role: "OPERATOR", displayName: `${user.givenName} ${user.familyName}` },
    title: role.title,
    deskPoint: role.deskPoint,
  };
});

export type AdministratorUser = { actor: Actor; title: string };

/** The logged-in person acting as a regional administrator (aggregates only); null without the role. */
export const currentAdministrator = cache(async (): Promise<AdministratorUser | null> => {
  const user = await requireUser();
  const role = (await staffRoles(user.personId)).find((held) => held.role === "ADMIN");
  if (!role) return null;
  return { actor: { personId: user.personId, role: "ADMIN", displayName: `${user.givenName} ${user.familyName}` }, title: role.title };
});
