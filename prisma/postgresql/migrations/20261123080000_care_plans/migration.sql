-- CreateTable
CREATE TABLE "CarePlan" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "condition" TEXT NOT NULL,
    "managerName" TEXT NOT NULL,
    "managerRole" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "reviewBy" TIMESTAMP(3),

    CONSTRAINT "CarePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CarePlanItem" (
    "id" TEXT NOT NULL,
    "carePlanId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueBy" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "CarePlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CarePlan_patientId_startedAt_idx" ON "CarePlan"("patientId", "startedAt");

-- CreateIndex
CREATE INDEX "CarePlanItem_carePlanId_dueBy_idx" ON "CarePlanItem"("carePlanId", "dueBy");

-- AddForeignKey
ALTER TABLE "CarePlan" ADD CONSTRAINT "CarePlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CarePlanItem" ADD CONSTRAINT "CarePlanItem_carePlanId_fkey" FOREIGN KEY ("carePlanId") REFERENCES "CarePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

