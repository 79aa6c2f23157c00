-- The OP access token, encrypted, kept only to revoke it at logout.
ALTER TABLE "Session" ADD COLUMN "revocationToken" TEXT;
