-- CreateTable
CREATE TABLE "CarePlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "condition" TEXT NOT NULL,
    "managerName" TEXT NOT NULL,
    "managerRole" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "reviewBy" DATETIME,
    CONSTRAINT "CarePlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CarePlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "carePlanId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueBy" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "doneAt" DATETIME,
    CONSTRAINT "CarePlanItem_carePlanId_fkey" FOREIGN KEY ("carePlanId") REFERENCES "CarePlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CarePlan_patientId_startedAt_idx" ON "CarePlan"("patientId", "startedAt");

-- CreateIndex
CREATE INDEX "CarePlanItem_carePlanId_dueBy_idx" ON "CarePlanItem"("carePlanId", "dueBy");

