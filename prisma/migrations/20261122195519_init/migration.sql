-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "establishment_kind" AS ENUM ('LP', 'LPO', 'SEP', 'COLLEGE');

-- CreateTable
CREATE TABLE "academies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(3) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "academies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "establishments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "uai" CHAR(8) NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "city" VARCHAR(80) NOT NULL,
    "kind" "establishment_kind" NOT NULL,
    "academy_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "establishments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "academies_code_key" ON "academies"("code");

-- CreateIndex
CREATE UNIQUE INDEX "academies_name_key" ON "academies"("name");

-- CreateIndex
CREATE UNIQUE INDEX "establishments_uai_key" ON "establishments"("uai");

-- CreateIndex
CREATE INDEX "establishments_academy_id_idx" ON "establishments"("academy_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- AddForeignKey
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_academy_id_fkey" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: Prisma cannot express CHECK constraints.
-- A UAI is 7 digits and the check letter of those digits modulo 23.
ALTER TABLE "establishments" ADD CONSTRAINT "establishments_uai_check" CHECK (
    "uai" ~ '^[0-9]{7}[A-Z]$'
    AND substr('ABCDEFGHJKLMNPRSTUVWXYZ', (substr("uai", 1, 7)::integer % 23) + 1, 1) = substr("uai", 8, 1)
);
