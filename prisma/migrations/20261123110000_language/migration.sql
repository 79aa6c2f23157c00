-- AlterTable
ALTER TABLE "Person" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'it';
