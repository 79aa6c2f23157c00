-- CreateTable
CREATE TABLE "Exemption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validUntil" DATETIME,
    "issuedBy" TEXT NOT NULL,
    CONSTRAINT "Exemption_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IncomeSelfCertification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "declaration" TEXT NOT NULL,
    "declaredAt" DATETIME NOT NULL,
    "declaredById" TEXT NOT NULL,
    "declaredByRole" TEXT NOT NULL,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    CONSTRAINT "IncomeSelfCertification_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Exemption_patientId_validFrom_idx" ON "Exemption"("patientId", "validFrom");

-- CreateIndex
CREATE INDEX "IncomeSelfCertification_patientId_periodStart_idx" ON "IncomeSelfCertification"("patientId", "periodStart");

