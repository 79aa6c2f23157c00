-- CreateTable
CREATE TABLE "LabObservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "loinc" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "numericValue" REAL,
    "valueText" TEXT NOT NULL,
    "unit" TEXT,
    "low" REAL,
    "high" REAL,
    "outOfRange" BOOLEAN NOT NULL,
    "observedAt" DATETIME NOT NULL,
    CONSTRAINT "LabObservation_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LabObservation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LabObservation_patientId_loinc_observedAt_idx" ON "LabObservation"("patientId", "loinc", "observedAt");

-- CreateIndex
CREATE INDEX "LabObservation_documentId_idx" ON "LabObservation"("documentId");

