import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/http/form-state";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { declareExemption, revokeExemption } from "./actions";
import { loadExemptions } from "./loaders";

// The income self-certification driven through its server actions, as raw POSTs would drive them.

let t: TestDatabase;
const certificationsOf = (patientId: string) => t.db.incomeSelfCertification.findMany({ where: { patientId } });

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "anna", fiscalCode: "SPSNNA38P67F839F", givenName: "Anna", familyName: "Esposito", birthDate: new Date("1938-09-27"), sex: "F" },
      { id: "paolo", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
    ],
  });
});
afterAll(() => t.close());

describe("income self-certification", () => {
  it("records E01 for a person over 65 below the income limit, once per period", async () => {
    actAs("anna");
    const fields = { code: "E01", householdIncome: "18.400,00", truthful: "on" };
    expect(await declareExemption(IDLE, formOf(fields))).toMatchObject({ status: "ok" });
    const [recorded] = await certificationsOf("anna");
    expect(recorded).toMatchObject({ code: "E01", declaredById: "anna", declaredByRole: "CITIZEN", revokedAt: null });
    expect(JSON.parse(recorded!.declaration)).toEqual({ code: "E01", householdIncomeCents: 1_840_000 });
    const again = await declareExemption(IDLE, formOf(fields));
    expect(again).toMatchObject({ status: "error", details: ["Esiste già un'autocertificazione E01 valida per questo periodo."] });
    expect(await certificationsOf("anna")).toHaveLength(1);
  });

  it("is valid from the moment it is declared, until the end of its yearly period", async () => {
    actAs("anna");
    const outcome = await loadExemptions();
    const [recorded] = await certificationsOf("anna");
    const item = outcome.allowed ? outcome.value.current.find((entry) => entry.id === recorded!.id) : undefined;
    expect(item).toMatchObject({ validFrom: recorded!.declaredAt.toISOString(), validUntil: recorded!.periodEnd.toISOString() });
  });

  it("refuses in plain words when the rule is not met, and records nothing", async () => {
    actAs("paolo");
    const refused = await declareExemption(IDLE, formOf({ code: "E01", householdIncome: "50000", truthful: "on" }));
    expect(refused.status).toBe("error");
    expect(refused.details).toHaveLength(2);
    expect(refused.values).toMatchObject({ householdIncome: "50000" });
    expect(await certificationsOf("paolo")).toHaveLength(0);
  });

  it("words the refusal in the language the person chose", async () => {
    actAs("paolo");
    harness.language = "en";
    const refused = await declareExemption(IDLE, formOf({ code: "E01", householdIncome: "50000", truthful: "on" }));
    harness.language = "it";
    expect(refused.message).toBe("Exemption E01 cannot be self-certified:");
    expect(refused.details).toContain("The fiscal household's income exceeds the limit of € 36.151,98.");
    expect(await certificationsOf("paolo")).toHaveLength(0);
  });

  it("answers bad input field by field with no change", async () => {
    actAs("paolo");
    const bad = await declareExemption(IDLE, formOf({ code: "E02", beneficiary: "HOLDER", householdIncome: "tanti", spouse: "forse" }));
    expect(bad.status).toBe("error");
    expect(bad.fieldErrors).toMatchObject({
      householdIncome: "Scrivi un importo in euro, per esempio 8.263,31.",
      unemployedAfterWork: "Rispondi a questa domanda.",
      spouse: "Rispondi a questa domanda.",
      truthful: "Per inviare devi sottoscrivere la dichiarazione.",
    });
    expect((await declareExemption(IDLE, formOf({ code: "E09" }))).fieldErrors).toHaveProperty("code");
    expect(await certificationsOf("paolo")).toHaveLength(0);
  });

  it("lets only the record's own citizen revoke: someone else's id changes nothing", async () => {
    const [annas] = await certificationsOf("anna");
    actAs("paolo");
    expect(await revokeExemption(IDLE, formOf({ selfCertificationId: annas!.id }))).toMatchObject({ status: "error" });
    expect((await certificationsOf("anna"))[0]!.revokedAt).toBeNull();
    actAs("anna");
    expect(await revokeExemption(IDLE, formOf({ selfCertificationId: annas!.id }))).toMatchObject({ status: "ok" });
    expect((await certificationsOf("anna"))[0]!.revokedAt).not.toBeNull();
  });

  it("refuses a logged-out caller", async () => {
    harness.actor = null;
    await expect(declareExemption(IDLE, formOf({ code: "E01", householdIncome: "100", truthful: "on" }))).rejects.toThrow();
  });
});
