-- Regional monitoring: professionals' kind, FSE enablement and activity links; indexes that lead with what the aggregate queries filter on.
-- AlterTable
ALTER TABLE "Document" ADD COLUMN "authorId" TEXT;

-- AlterTable
ALTER TABLE "PersonRole" ADD COLUMN "enabledFrom" DATETIME;
ALTER TABLE "PersonRole" ADD COLUMN "enabledUntil" DATETIME;
ALTER TABLE "PersonRole" ADD COLUMN "professionalKind" TEXT;

-- AlterTable
ALTER TABLE "Prescription" ADD COLUMN "prescriberId" TEXT;

-- CreateIndex
CREATE INDEX "Person_createdAt_idx" ON "Person"("createdAt");

-- CreateIndex
CREATE INDEX "Document_published_monitoring_idx" ON "Document"("publishedAt", "status", "hiddenFromPatient", "typeCode", "patientId");

-- CreateIndex
CREATE INDEX "Document_authorId_publishedAt_idx" ON "Document"("authorId", "publishedAt");

-- CreateIndex
CREATE INDEX "AccessLogEntry_basis_at_subjectId_action_idx" ON "AccessLogEntry"("basis", "at", "subjectId", "action");

-- CreateIndex
CREATE INDEX "ConsentEvent_kind_subjectId_at_id_granted_idx" ON "ConsentEvent"("kind", "subjectId", "at", "id", "granted");

-- CreateIndex
CREATE INDEX "PersonRole_role_professionalKind_enabledFrom_idx" ON "PersonRole"("role", "professionalKind", "enabledFrom");

-- CreateIndex
CREATE INDEX "Prescription_prescriberId_issuedAt_idx" ON "Prescription"("prescriberId", "issuedAt");

-- CreateIndex
CREATE INDEX "Prescription_issuedAt_kind_patientId_idx" ON "Prescription"("issuedAt", "kind", "patientId");

