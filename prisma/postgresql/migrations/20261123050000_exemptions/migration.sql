-- CreateTable
CREATE TABLE "Exemption" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3),
    "issuedBy" TEXT NOT NULL,

    CONSTRAINT "Exemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncomeSelfCertification" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "declaration" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL,
    "declaredById" TEXT NOT NULL,
    "declaredByRole" TEXT NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "IncomeSelfCertification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Exemption_patientId_validFrom_idx" ON "Exemption"("patientId", "validFrom");

-- CreateIndex
CREATE INDEX "IncomeSelfCertification_patientId_periodStart_idx" ON "IncomeSelfCertification"("patientId", "periodStart");

-- AddForeignKey
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomeSelfCertification" ADD CONSTRAINT "IncomeSelfCertification_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

