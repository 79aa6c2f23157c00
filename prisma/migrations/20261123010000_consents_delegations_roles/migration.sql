-- CreateTable
CREATE TABLE "ConsentEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    CONSTRAINT "ConsentEvent_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectId" TEXT NOT NULL,
    "delegateId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "canManage" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "acceptedAt" DATETIME,
    "endedAt" DATETIME,
    "endedById" TEXT,
    "selfCertification" TEXT,
    "courtDecree" TEXT,
    CONSTRAINT "Delegation_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Delegation_delegateId_fkey" FOREIGN KEY ("delegateId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "facilityId" TEXT,
    "deskPoint" TEXT,
    CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeskSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "operatorId" TEXT NOT NULL,
    "deskPoint" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "identityDocument" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "endedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ConsentEvent_subjectId_kind_at_idx" ON "ConsentEvent"("subjectId", "kind", "at");

-- CreateIndex
CREATE INDEX "Delegation_subjectId_status_idx" ON "Delegation"("subjectId", "status");

-- CreateIndex
CREATE INDEX "Delegation_delegateId_status_idx" ON "Delegation"("delegateId", "status");

-- CreateIndex
CREATE INDEX "PersonRole_personId_role_idx" ON "PersonRole"("personId", "role");

-- CreateIndex
CREATE INDEX "DeskSession_subjectId_operatorId_startedAt_idx" ON "DeskSession"("subjectId", "operatorId", "startedAt");

