-- CreateTable
CREATE TABLE "LabObservation" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "loinc" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "numericValue" DOUBLE PRECISION,
    "valueText" TEXT NOT NULL,
    "unit" TEXT,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "outOfRange" BOOLEAN NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LabObservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LabObservation_patientId_loinc_observedAt_idx" ON "LabObservation"("patientId", "loinc", "observedAt");

-- CreateIndex
CREATE INDEX "LabObservation_documentId_idx" ON "LabObservation"("documentId");

-- AddForeignKey
ALTER TABLE "LabObservation" ADD CONSTRAINT "LabObservation_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabObservation" ADD CONSTRAINT "LabObservation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

