-- CreateTable
CREATE TABLE "Vaccination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "administeredAt" DATETIME NOT NULL,
    "vaccineName" TEXT NOT NULL,
    "aicCode" TEXT,
    "atcCode" TEXT,
    "lot" TEXT,
    "doseNumber" INTEGER,
    CONSTRAINT "Vaccination_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Vaccination_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Vaccination_patientId_administeredAt_idx" ON "Vaccination"("patientId", "administeredAt");

-- CreateIndex
CREATE INDEX "Vaccination_documentId_idx" ON "Vaccination"("documentId");

