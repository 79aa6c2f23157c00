-- The checkpoint writer finds the chains that moved since the previous checkpoint.
CREATE INDEX "AccessLogEntry_sealedAt_idx" ON "AccessLogEntry"("sealedAt");
