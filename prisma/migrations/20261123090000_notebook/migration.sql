-- CreateTable
CREATE TABLE "NotebookEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "labels" TEXT NOT NULL,
    "fileHash" TEXT,
    "fileName" TEXT,
    "fileType" TEXT,
    "fileSize" INTEGER,
    "sharedWithProfessionals" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    CONSTRAINT "NotebookEntry_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NotebookEntry_patientId_createdAt_idx" ON "NotebookEntry"("patientId", "createdAt");

