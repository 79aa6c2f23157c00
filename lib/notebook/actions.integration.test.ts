import "@/lib/test/actions-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/http/form-state";
import { actAs, formOf, harness } from "@/lib/test/actions-harness";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { addEntry, changeSharing, editEntry, removeEntry } from "./actions";
import { parseLabels } from "./schema";

// The notebook through its server actions: files are recognised by their bytes, not by their name or
// declared type; limits are explained; only the record's own citizen changes an entry.

let t: TestDatabase;
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f00f0005040201a5c6a1f90000000049454e44ae426082", "hex");
const entriesOf = (patientId: string) => t.db.notebookEntry.findMany({ where: { patientId } });

beforeAll(async () => {
  t = await createTestDatabase();
  harness.db = t.db;
  await t.db.person.createMany({
    data: [
      { id: "mario", fiscalCode: "RSSMRA80A01H501U", givenName: "Mario", familyName: "Rossi", birthDate: new Date("1980-01-01"), sex: "M" },
      { id: "paolo", fiscalCode: "GRCPLA90E30G273L", givenName: "Paolo", familyName: "Greco", birthDate: new Date("1990-05-30"), sex: "M" },
    ],
  });
});
afterAll(() => t.close());

describe("the personal notebook", () => {
  it("stores a note with a picture recognised by its content, whatever its name says", async () => {
    actAs("mario");
    const result = await addEntry(IDLE, formOf({ title: "Ricetta della dieta", note: "Dal dietologo", labels: "Dieta, dieta , cuore", shared: "on", file: new File([PNG], "ricetta.pdf", { type: "application/pdf" }) }));
    expect(result).toMatchObject({ status: "ok" });
    const [entry] = await entriesOf("mario");
    expect(entry).toMatchObject({ title: "Ricetta della dieta", labels: "cuore,dieta", fileType: "image/png", fileName: "ricetta.pdf", fileSize: PNG.length, sharedWithProfessionals: true });
  });

  it("refuses a file that is not a PDF or an image, and one too large, keeping what was typed", async () => {
    actAs("mario");
    const text = await addEntry(IDLE, formOf({ title: "Analisi", file: new File(["<html>ciao</html>"], "analisi.pdf", { type: "application/pdf" }) }));
    expect(text.fieldErrors?.file).toMatch(/solo file PDF, JPEG o PNG/);
    expect(text.values?.title).toBe("Analisi");
    const big = await addEntry(IDLE, formOf({ title: "Troppo", file: new File([Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(1_100_000)])], "grande.pdf") }));
    expect(big.fieldErrors?.file).toMatch(/troppo grande: al massimo 1 MB/);
    expect(await addEntry(IDLE, formOf({ title: "   " }))).toMatchObject({ fieldErrors: { title: "Dai un titolo alla nota." } });
    expect(await entriesOf("mario")).toHaveLength(1);
  });

  it("lets only the record's citizen share, unshare or delete an entry", async () => {
    const [entry] = await entriesOf("mario");
    actAs("paolo");
    expect((await changeSharing(IDLE, formOf({ entryId: entry!.id, shared: "false" }))).status).toBe("error");
    expect((await removeEntry(IDLE, formOf({ entryId: entry!.id }))).status).toBe("error");
    expect(await entriesOf("mario")).toHaveLength(1);
    actAs("mario");
    expect((await changeSharing(IDLE, formOf({ entryId: entry!.id, shared: "false" }))).status).toBe("ok");
    expect((await entriesOf("mario"))[0]!.sharedWithProfessionals).toBe(false);
    expect((await removeEntry(IDLE, formOf({ entryId: entry!.id }))).status).toBe("ok");
    expect(await entriesOf("mario")).toHaveLength(0);
  });

  it("lets the record's citizen change a note's words, through the gate and logged with the entry; nobody else", async () => {
    actAs("mario");
    await addEntry(IDLE, formOf({ title: "Pressione", note: "130/85", labels: "pressione" }));
    const [entry] = await entriesOf("mario");
    const edited = await editEntry(IDLE, formOf({ entryId: entry!.id, title: "Pressione al mattino", note: "130/85 alle 8", labels: "Pressione, mattino" }));
    expect(edited).toMatchObject({ status: "ok", message: "Modifiche salvate." });
    expect((await entriesOf("mario"))[0]).toMatchObject({ id: entry!.id, title: "Pressione al mattino", note: "130/85 alle 8", labels: "mattino,pressione" });
    const logged = await t.db.accessLogEntry.findFirst({ where: { subjectId: "mario", resourceType: "NOTEBOOK_ENTRY", resourceId: entry!.id }, orderBy: { seq: "desc" } });
    expect(logged).toMatchObject({ actorId: "mario", action: "health.manage", outcome: "ALLOW", purpose: "TACCUINO" });

    expect(await editEntry(IDLE, formOf({ entryId: entry!.id, title: " " }))).toMatchObject({ status: "error", fieldErrors: { title: "Dai un titolo alla nota." } });
    actAs("paolo");
    expect((await editEntry(IDLE, formOf({ entryId: entry!.id, title: "Cambiato da altri" }))).status).toBe("error");
    expect((await entriesOf("mario"))[0]!.title).toBe("Pressione al mattino");
    actAs("mario");
    await removeEntry(IDLE, formOf({ entryId: entry!.id }));
  });

  it("tidies labels: trimmed, lower case, once each", () => {
    expect(parseLabels(" Pressione, cuore,pressione ,, ")).toEqual(["cuore", "pressione"]);
  });
});
