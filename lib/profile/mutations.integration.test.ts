import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { adoptLanguage } from "./mutations";

// The language chosen on the login pages follows the person into the portal, without overriding a choice
// they had already saved in their profile — through the gate, like any change to the profile.

let t: TestDatabase;
const login = async (personId: string, language?: "it" | "en") => {
  if (!language) return;
  const actor = { personId, role: "CITIZEN" as const, displayName: personId };
  await withAccess(t.db, { actor, action: "health.manage", subjectId: personId, purpose: "LINGUA" }, (subject, tx) => adoptLanguage(tx, subject, language));
};
const languageOf = async (id: string) => (await t.db.person.findUniqueOrThrow({ where: { id } })).language;

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: [
      { id: "anna", fiscalCode: "SPSNNA40A41F839X", givenName: "Anna", familyName: "Esposito", birthDate: new Date("1940-01-01"), sex: "F" },
      { id: "carlo", fiscalCode: "FRRCRL45B12F205Y", givenName: "Carlo", familyName: "Ferrari", birthDate: new Date("1945-02-12"), sex: "M", language: "it" },
    ],
  });
});
afterAll(() => t.close());

describe("the language at login", () => {
  it("stays unset when nothing was chosen before logging in", async () => {
    await login("anna");
    expect(await languageOf("anna")).toBeNull();
  });

  it("becomes the person's when they had not chosen one, with its access-log row", async () => {
    await login("anna", "en");
    expect(await languageOf("anna")).toBe("en");
    expect(await t.db.accessLogEntry.count({ where: { subjectId: "anna", purpose: "LINGUA", outcome: "ALLOW" } })).toBe(1);
  });

  it("never overrides the choice saved in the profile", async () => {
    await login("carlo", "en");
    expect(await languageOf("carlo")).toBe("it");
  });
});
