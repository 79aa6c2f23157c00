import { describe, expect, it } from "vitest";
import type { CarePlanView } from "@/lib/care-plans/types";
import type { PrescriptionDetail } from "@/lib/prescriptions/types";
import { BOOKING_HORIZON_DAYS, careTasks, dispenseTasks } from "./rules";

const NOW = new Date("2026-12-03T10:00:00Z");
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

const plan: CarePlanView = {
  id: "cp", condition: "Diabete mellito di tipo 2", managerName: "Dott.ssa Chiara Lombardo", managerRole: "Medico", startedAt: inDays(-700), reviewBy: null,
  items: [
    { id: "done", kind: "TEST", description: "HbA1c", dueBy: inDays(-150), status: "DONE", doneAt: inDays(-155) },
    { id: "overdue", kind: "TEST", description: "Creatinina", dueBy: inDays(-20), status: "OVERDUE", doneAt: null },
    { id: "booked", kind: "VISIT", description: "Fondo oculare", dueBy: inDays(16), status: "BOOKED", doneAt: null },
    { id: "soon", kind: "TEST", description: "Elettrocardiogramma", dueBy: inDays(60), status: "PLANNED", doneAt: null },
    { id: "edge", kind: "TEST", description: "Ecografia", dueBy: inDays(BOOKING_HORIZON_DAYS), status: "PLANNED", doneAt: null },
    { id: "far", kind: "VISIT", description: "Visita diabetologica", dueBy: inDays(240), status: "PLANNED", doneAt: null },
  ],
};

const prescription = (id: string, kind: PrescriptionDetail["kind"], status: PrescriptionDetail["status"], expiresInDays: number): PrescriptionDetail => ({
  id, nre: `NRE-${id}`, kind, status, prescriberName: "Dott.ssa Chiara Lombardo", prescriberRole: "MMG", issuedAt: inDays(-10), expiresAt: inDays(expiresInDays), fulfilledAt: null,
  priority: null, exemptionCode: null, diagnosis: null, items: [{ description: `Farmaco ${id}`, code: null, atcCode: null, quantity: 1 }],
});

describe("the home page's to-do", () => {
  it("lists the care-plan items to book: overdue first, then those due within the horizon; not booked, done or far ones", () => {
    expect(careTasks([plan], NOW).map((task) => [task.id, task.overdue])).toEqual([["overdue", true], ["soon", false], ["edge", false]]);
    expect(careTasks([plan], NOW)[0]).toMatchObject({ description: "Creatinina", condition: "Diabete mellito di tipo 2" });
    expect(careTasks([], NOW)).toEqual([]);
  });

  it("lists the pharmacy prescriptions still to collect, the one expiring first on top", () => {
    const tasks = dispenseTasks([
      prescription("late", "PHARMACEUTICAL", "TO_FULFIL", 20),
      prescription("visit", "SPECIALIST", "TO_FULFIL", 5),
      prescription("taken", "PHARMACEUTICAL", "FULFILLED", 10),
      prescription("first", "PHARMACEUTICAL", "TO_FULFIL", 3),
      prescription("old", "PHARMACEUTICAL", "EXPIRED", -3),
    ]);
    expect(tasks.map((task) => task.id)).toEqual(["first", "late"]);
    expect(tasks[0]).toMatchObject({ nre: "NRE-first", description: "Farmaco first" });
  });
});
