-- CreateIndex
CREATE INDEX "Session_endedAt_lastSeenAt_idx" ON "Session"("endedAt", "lastSeenAt");

