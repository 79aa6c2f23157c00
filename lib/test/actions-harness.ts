import { vi } from "vitest";
import type { Actor } from "@/lib/access/types";
import type { Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locale";

// Lets tests call server actions directly, as a raw POST would, with a chosen logged-in person and a
// test database: the actions must re-check everything themselves.

export const harness: {
  db: Db | null;
  actor: Actor | null;
  authenticatedAt: Date;
  birthDate: Date;
  /** The language of the logged-in person, as their session carries it. */
  language: Locale | null;
  /** The cookies the actions set, by name. */
  cookies: Map<string, string>;
} = {
  db: null,
  actor: null,
  authenticatedAt: new Date(),
  birthDate: new Date("1980-01-01"),
  language: "it",
  cookies: new Map(),
};

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (harness.cookies.has(name) ? { name, value: harness.cookies.get(name) } : undefined),
    set: (name: string, value: string) => harness.cookies.set(name, value),
    delete: (name: string) => harness.cookies.delete(name),
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect:${url}`), { digest: `NEXT_REDIRECT;${url}` });
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("@/lib/env", async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const dataDir = mkdtempSync(`${tmpdir()}/fascicolo-actions-`);
  const config = { NEXTAUTH_URL: "http://localhost:3000", DELEGATION_MAX_MONTHS: 24, DELEGATION_MAX_ACTIVE: 3, NOTEBOOK_MAX_MB: 1, DATA_DIR: dataDir, STORAGE_KEY: "ab".repeat(32), REGION_NAME: "Regione di prova", MONITORING_MIN_COUNT: 10 };
  return { env: () => config };
});
vi.mock("@/lib/db/client", async (original) => ({ ...(await original<object>()), db: async () => harness.db! }));
vi.mock("@/lib/auth/session", () => {
  const requireUser = async () => {
    if (!harness.actor) throw new Error("redirect:/accedi");
    return { sessionId: "s", authenticatedAt: harness.authenticatedAt, personId: harness.actor.personId, givenName: "T", familyName: "T", birthDate: harness.birthDate, firstAccessDone: true, language: harness.language };
  };
  return {
    requireUser,
    currentUser: async () => (harness.actor ? requireUser() : null),
    currentProfessional: async () => (harness.actor?.role === "PROFESSIONAL" ? { actor: harness.actor, title: "Medico" } : null),
    currentOperator: async () => (harness.actor?.role === "OPERATOR" ? { actor: harness.actor, title: "Operatore", deskPoint: "PAS 1" } : null),
    currentAdministrator: async () => (harness.actor?.role === "ADMIN" ? { actor: harness.actor, title: "Amministratrice regionale" } : null),
  };
});

/** The FormData a browser would post for these fields; a list posts the field once per value. */
export function formOf(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

/** The next action calls come from this logged-in person, acting in this role. */
export function actAs(personId: string, role: Actor["role"] = "CITIZEN"): void {
  harness.actor = { personId, role, displayName: personId };
}
