import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { CarePlanItemStatus, CarePlanView } from "./types";

// A chronic patient's care plans with their planned visits and tests; what is overdue is computed at
// read time from the dates.

export async function listCarePlans(tx: Tx, subject: AuthorizedSubject, now: Date): Promise<CarePlanView[]> {
  AuthorizedSubject.check(subject, "health.read", "health.manage");
  const plans = await tx.carePlan.findMany({
    where: { patientId: subject.subjectId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: 20,
    include: { items: { orderBy: [{ dueBy: "asc" }, { id: "asc" }], take: 200 } },
  });
  return plans.map((plan) => ({
    id: plan.id,
    condition: plan.condition,
    managerName: plan.managerName,
    managerRole: plan.managerRole,
    startedAt: plan.startedAt.toISOString(),
    reviewBy: plan.reviewBy?.toISOString() ?? null,
    items: plan.items.map((item) => ({
      id: item.id,
      kind: item.kind as "VISIT" | "TEST",
      description: item.description,
      dueBy: item.dueBy.toISOString(),
      status: (item.status === "PLANNED" && item.dueBy < now ? "OVERDUE" : item.status) as CarePlanItemStatus,
      doneAt: item.doneAt?.toISOString() ?? null,
    })),
  }));
}
