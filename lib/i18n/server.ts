import "server-only";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, STAFF_AREA_HEADER, toLocale, type Locale } from "./locale";
import { translator, type Translator } from "./translate";

/**
 * The language of this request: Italian on the staff consoles; elsewhere the logged-in person's choice,
 * else the choice made before logging in (the cookie), else Italian.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  if ((await headers()).get(STAFF_AREA_HEADER) === "1") return DEFAULT_LOCALE;
  const user = await currentUser();
  return user?.language ?? toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
});

/** The translator of this request's language, for server components, route handlers and actions. */
export async function getT(): Promise<Translator> {
  return translator(await getLocale());
}

/** A page's `generateMetadata` that gives its title in the reader's language: `titled(msg("Ricette"))`. */
export function titled(title: string): () => Promise<Metadata> {
  return async () => ({ title: (await getT())(title) });
}
