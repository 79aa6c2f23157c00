/** OVERDUE: planned and past its due date, shown so that it is not forgotten. */
export type CarePlanItemStatus = "PLANNED" | "BOOKED" | "DONE" | "OVERDUE";

export type CarePlanItem = { id: string; kind: "VISIT" | "TEST"; description: string; dueBy: string; status: CarePlanItemStatus; doneAt: string | null };

export type CarePlanView = { id: string; condition: string; managerName: string; managerRole: string; startedAt: string; reviewBy: string | null; items: CarePlanItem[] };
