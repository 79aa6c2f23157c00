import { z } from "zod";
import { isValidFiscalCode, normalizeFiscalCode } from "@/lib/people/fiscal-code";

// The fiscal code is the identity key (ARCHITECTURE §6). Providers spell the claim in a few ways;
// the eID form is the one requested, the others are tolerated.
const FISCAL_NUMBER_CLAIMS = [
  "https://attributes.eid.gov.it/fiscal_number",
  "fiscal_number",
  "https://attributes.spid.gov.it/fiscal_number",
  "https://attributes.spid.gov.it/fiscalNumber",
];

export const ACR_LEVELS: Record<string, number> = {
  "https://www.spid.gov.it/SpidL1": 1,
  "https://www.spid.gov.it/SpidL2": 2,
  "https://www.spid.gov.it/SpidL3": 3,
};
export const MINIMUM_ACR_LEVEL = 2;

const profileSchema = z.object({ sub: z.string().min(1), given_name: z.string().optional(), family_name: z.string().optional() }).loose();

export type Identity = { fiscalCode: string; subject: string; givenName: string; familyName: string };

/** Reads the identity from the userinfo claims; null when the fiscal code is missing or invalid. */
export function identityFromClaims(claims: unknown): Identity | null {
  const parsed = profileSchema.safeParse(claims);
  if (!parsed.success) return null;
  const raw = FISCAL_NUMBER_CLAIMS.map((name) => parsed.data[name]).find((value) => typeof value === "string");
  if (typeof raw !== "string") return null;
  const fiscalCode = normalizeFiscalCode(raw);
  if (!isValidFiscalCode(fiscalCode)) return null;
  return {
    fiscalCode,
    subject: parsed.data.sub,
    givenName: parsed.data.given_name ?? "",
    familyName: parsed.data.family_name ?? "",
  };
}

export function acrIsSufficient(acr: unknown): boolean {
  return typeof acr === "string" && (ACR_LEVELS[acr] ?? 0) >= MINIMUM_ACR_LEVEL;
}
