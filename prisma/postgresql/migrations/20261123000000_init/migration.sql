-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "fiscalCode" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "birthDate" TIMESTAMP(3) NOT NULL,
    "sex" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityLink" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "lastAcr" TEXT NOT NULL,
    "lastLoginAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdentityLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "typeCode" TEXT NOT NULL,
    "classCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleSearch" TEXT NOT NULL,
    "clinicalDate" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "authorName" TEXT NOT NULL,
    "confidentiality" TEXT NOT NULL DEFAULT 'N',
    "obscuredAtSource" BOOLEAN NOT NULL DEFAULT false,
    "obscuredByCitizen" BOOLEAN NOT NULL DEFAULT false,
    "hiddenFromParents" BOOLEAN NOT NULL DEFAULT false,
    "hiddenFromPatient" BOOLEAN NOT NULL DEFAULT false,
    "heightenedProtection" BOOLEAN NOT NULL DEFAULT false,
    "setId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'CURRENT',
    "replacedById" TEXT,
    "fileHash" TEXT NOT NULL,
    "fileSize" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "acr" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLogEntry" (
    "seq" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "basis" TEXT,
    "subjectId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "detail" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AccessLogEntry_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "AccessLogHead" (
    "subjectId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AccessLogHead_pkey" PRIMARY KEY ("subjectId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_fiscalCode_key" ON "Person"("fiscalCode");

-- CreateIndex
CREATE INDEX "IdentityLink_personId_idx" ON "IdentityLink"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "IdentityLink_provider_subject_key" ON "IdentityLink"("provider", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_code_key" ON "Facility"("code");

-- CreateIndex
CREATE INDEX "Document_patientId_status_clinicalDate_id_idx" ON "Document"("patientId", "status", "clinicalDate", "id");

-- CreateIndex
CREATE INDEX "Document_patientId_typeCode_clinicalDate_idx" ON "Document"("patientId", "typeCode", "clinicalDate");

-- CreateIndex
CREATE INDEX "Document_patientId_facilityId_clinicalDate_idx" ON "Document"("patientId", "facilityId", "clinicalDate");

-- CreateIndex
CREATE UNIQUE INDEX "Document_setId_version_key" ON "Document"("setId", "version");

-- CreateIndex
CREATE INDEX "Session_personId_createdAt_idx" ON "Session"("personId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccessLogEntry_hash_key" ON "AccessLogEntry"("hash");

-- CreateIndex
CREATE INDEX "AccessLogEntry_subjectId_at_idx" ON "AccessLogEntry"("subjectId", "at");

-- CreateIndex
CREATE INDEX "AccessLogEntry_actorId_at_idx" ON "AccessLogEntry"("actorId", "at");

-- AddForeignKey
ALTER TABLE "IdentityLink" ADD CONSTRAINT "IdentityLink_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessLogEntry" ADD CONSTRAINT "AccessLogEntry_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

