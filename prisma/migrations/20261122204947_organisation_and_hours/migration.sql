-- CreateEnum
CREATE TYPE "diploma" AS ENUM ('CAP', 'BAC_PRO', 'COLLEGE');

-- CreateEnum
CREATE TYPE "strand_kind" AS ENUM ('CONSOLIDATION', 'PERSONALISED_SUPPORT', 'GUIDANCE');

-- CreateEnum
CREATE TYPE "period_kind" AS ENUM ('TEACHING', 'HOLIDAY');

-- CreateTable
CREATE TABLE "frameworks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(40) NOT NULL,
    "version" INTEGER NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "first_school_year" INTEGER NOT NULL,
    "last_school_year" INTEGER,
    "source" VARCHAR(1000) NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "frameworks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "framework_strands" (
    "framework_id" UUID NOT NULL,
    "kind" "strand_kind" NOT NULL,
    "label" VARCHAR(120) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "framework_strands_pkey" PRIMARY KEY ("framework_id","kind")
);

-- CreateTable
CREATE TABLE "framework_volumes" (
    "framework_id" UUID NOT NULL,
    "diploma" "diploma" NOT NULL,
    "year_of_study" INTEGER NOT NULL,
    "hours" DECIMAL(6,2),
    "weekly_hours" DECIMAL(4,2),
    "note" VARCHAR(300) NOT NULL DEFAULT '',

    CONSTRAINT "framework_volumes_pkey" PRIMARY KEY ("framework_id","diploma","year_of_study")
);

-- CreateTable
CREATE TABLE "periods" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_year" INTEGER NOT NULL,
    "kind" "period_kind" NOT NULL DEFAULT 'TEACHING',
    "name" VARCHAR(80) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,

    CONSTRAINT "periods_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "divisions" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_year" INTEGER NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "diploma" "diploma" NOT NULL,
    "year_of_study" INTEGER NOT NULL,
    "trade" VARCHAR(120) NOT NULL DEFAULT '',
    "headcount" INTEGER NOT NULL DEFAULT 0,
    "previous_division_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "divisions_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "schemes" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_year" INTEGER NOT NULL,
    "framework_id" UUID NOT NULL,
    "strand" "strand_kind" NOT NULL,
    "pilot" VARCHAR(120) NOT NULL DEFAULT '',
    "description" VARCHAR(4000) NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "schemes_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "hour_plan_entries" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "division_id" UUID NOT NULL,
    "scheme_id" UUID NOT NULL,
    "period_id" UUID NOT NULL,
    "discipline" VARCHAR(80) NOT NULL DEFAULT '',
    "planned_hours" DECIMAL(6,2) NOT NULL DEFAULT 0,
    "delivered_hours" DECIMAL(6,2) NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hour_plan_entries_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "frameworks_code_version_key" ON "frameworks"("code", "version");

-- CreateIndex
CREATE INDEX "periods_establishment_id_school_year_starts_on_idx" ON "periods"("establishment_id", "school_year", "starts_on");

-- CreateIndex
CREATE UNIQUE INDEX "divisions_establishment_id_school_year_name_key" ON "divisions"("establishment_id", "school_year", "name");

-- CreateIndex
CREATE INDEX "schemes_framework_id_idx" ON "schemes"("framework_id");

-- CreateIndex
CREATE UNIQUE INDEX "schemes_establishment_id_school_year_strand_key" ON "schemes"("establishment_id", "school_year", "strand");

-- CreateIndex
CREATE UNIQUE INDEX "hour_plan_entries_establishment_id_division_id_scheme_id_pe_key" ON "hour_plan_entries"("establishment_id", "division_id", "scheme_id", "period_id", "discipline");

-- AddForeignKey
ALTER TABLE "framework_strands" ADD CONSTRAINT "framework_strands_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "framework_volumes" ADD CONSTRAINT "framework_volumes_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "periods" ADD CONSTRAINT "periods_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_establishment_id_previous_division_id_fkey" FOREIGN KEY ("establishment_id", "previous_division_id") REFERENCES "divisions"("establishment_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "schemes" ADD CONSTRAINT "schemes_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "schemes" ADD CONSTRAINT "schemes_framework_id_fkey" FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hour_plan_entries" ADD CONSTRAINT "hour_plan_entries_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hour_plan_entries" ADD CONSTRAINT "hour_plan_entries_establishment_id_division_id_fkey" FOREIGN KEY ("establishment_id", "division_id") REFERENCES "divisions"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hour_plan_entries" ADD CONSTRAINT "hour_plan_entries_establishment_id_scheme_id_fkey" FOREIGN KEY ("establishment_id", "scheme_id") REFERENCES "schemes"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hour_plan_entries" ADD CONSTRAINT "hour_plan_entries_establishment_id_period_id_fkey" FOREIGN KEY ("establishment_id", "period_id") REFERENCES "periods"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand: rules and tenancy Prisma cannot express.
-- ---------------------------------------------------------------------------

ALTER TABLE "framework_volumes" ADD CONSTRAINT "framework_volumes_year_check" CHECK (
    (diploma = 'CAP' AND year_of_study BETWEEN 1 AND 2)
    OR (diploma = 'BAC_PRO' AND year_of_study BETWEEN 1 AND 3)
    OR (diploma = 'COLLEGE' AND year_of_study BETWEEN 3 AND 6)
);
ALTER TABLE "framework_volumes" ADD CONSTRAINT "framework_volumes_hours_check" CHECK (hours IS NULL OR hours BETWEEN 0 AND 1000);
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_years_check" CHECK (
    version >= 1 AND first_school_year BETWEEN 2000 AND 2100
    AND (last_school_year IS NULL OR last_school_year >= first_school_year)
);
ALTER TABLE "periods" ADD CONSTRAINT "periods_dates_check" CHECK (
    ends_on >= starts_on
    AND starts_on >= make_date(school_year, 9, 1)
    AND ends_on <= make_date(school_year + 1, 8, 31)
);
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_year_check" CHECK (
    ((diploma = 'CAP' AND year_of_study BETWEEN 1 AND 2)
    OR (diploma = 'BAC_PRO' AND year_of_study BETWEEN 1 AND 3)
    OR (diploma = 'COLLEGE' AND year_of_study BETWEEN 3 AND 6))
    AND headcount BETWEEN 0 AND 999
);
ALTER TABLE "hour_plan_entries" ADD CONSTRAINT "hour_plan_entries_hours_check" CHECK (
    planned_hours BETWEEN 0 AND 1000 AND delivered_hours BETWEEN 0 AND 1000
);

GRANT SELECT, INSERT, UPDATE, DELETE ON frameworks, framework_strands, framework_volumes,
    periods, divisions, schemes, hour_plan_entries TO boussole_app;

ALTER TABLE periods ENABLE ROW LEVEL SECURITY;
ALTER TABLE periods FORCE ROW LEVEL SECURITY;
CREATE POLICY periods_read ON periods FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY periods_write ON periods FOR ALL
    USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id));

ALTER TABLE divisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE divisions FORCE ROW LEVEL SECURITY;
CREATE POLICY divisions_read ON divisions FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY divisions_write ON divisions FOR ALL
    USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id));

ALTER TABLE schemes ENABLE ROW LEVEL SECURITY;
ALTER TABLE schemes FORCE ROW LEVEL SECURITY;
CREATE POLICY schemes_read ON schemes FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY schemes_write ON schemes FOR ALL
    USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id));

ALTER TABLE hour_plan_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE hour_plan_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY hour_plan_entries_read ON hour_plan_entries FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY hour_plan_entries_write ON hour_plan_entries FOR ALL
    USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id));

-- Reference data: the regulatory frameworks in force or still in use (DOMAIN.md,
-- seeds 002 and 004). Later reforms are added by an administrator, as data.
INSERT INTO frameworks (code, version, name, first_school_year, last_school_year, source) VALUES
  ('TVP-2019', 1, 'Transformation de la voie professionnelle : consolidation des acquis, accompagnement personnalisé, aide à l''orientation', 2019, NULL,
   'Décret n° 2009-148 du 10 février 2009 ; BO n° 1 du 3 janvier 2019 ; note de service du 13 mars 2019 (BO n° 12 du 21 mars 2019) ; fiches 1.6, 1.7 et 1.8.'),
  ('AP-2009', 1, 'Accompagnement personnalisé en baccalauréat professionnel (2009)', 2009, 2018,
   'BO spécial n° 2 du 19 février 2009 ; circulaire n° 2009-068 du 20 mai 2009.'),
  ('COLLEGE-AP-2016', 1, 'Accompagnement personnalisé au collège (cycles 3 et 4)', 2016, NULL,
   'Arrêté du 19 mai 2015 modifié relatif à l''organisation des enseignements dans les classes de collège.');

INSERT INTO framework_strands (framework_id, kind, label, position)
SELECT f.id, s.kind::strand_kind, s.label, s.position FROM frameworks f
JOIN (VALUES
  ('TVP-2019', 'CONSOLIDATION', 'Consolidation des acquis', 1),
  ('TVP-2019', 'PERSONALISED_SUPPORT', 'Accompagnement personnalisé', 2),
  ('TVP-2019', 'GUIDANCE', 'Aide à l''orientation', 3),
  ('AP-2009', 'PERSONALISED_SUPPORT', 'Accompagnement personnalisé', 1),
  ('COLLEGE-AP-2016', 'PERSONALISED_SUPPORT', 'Accompagnement personnalisé', 1)
) AS s(code, kind, label, position) ON s.code = f.code AND f.version = 1;

INSERT INTO framework_volumes (framework_id, diploma, year_of_study, hours, weekly_hours, note)
SELECT f.id, v.diploma::diploma, v.year_of_study, v.hours, v.weekly_hours, v.note FROM frameworks f
JOIN (VALUES
  ('TVP-2019', 'CAP', 1, 101.5, 3.5, 'CAP 1re année'),
  ('TVP-2019', 'CAP', 2, 91, 3.5, 'CAP 2e année ; 192,5 h sur le cycle'),
  ('TVP-2019', 'BAC_PRO', 1, 90, 3, 'Seconde'),
  ('TVP-2019', 'BAC_PRO', 2, 84, 3, 'Première'),
  ('TVP-2019', 'BAC_PRO', 3, 91, 3.5, 'Terminale ; 265 h sur le cycle'),
  ('AP-2009', 'BAC_PRO', 1, 70, 2.5, '210 h par division sur les trois années'),
  ('AP-2009', 'BAC_PRO', 2, 70, 2.5, '210 h par division sur les trois années'),
  ('AP-2009', 'BAC_PRO', 3, 70, 2.5, '210 h par division sur les trois années'),
  ('COLLEGE-AP-2016', 'COLLEGE', 6, 108, 3, 'Sixième : 3 h hebdomadaires'),
  ('COLLEGE-AP-2016', 'COLLEGE', 5, NULL, NULL, 'Volume fixé par l''établissement dans les enseignements complémentaires (AP et EPI)'),
  ('COLLEGE-AP-2016', 'COLLEGE', 4, NULL, NULL, 'Volume fixé par l''établissement dans les enseignements complémentaires (AP et EPI)'),
  ('COLLEGE-AP-2016', 'COLLEGE', 3, NULL, NULL, 'Volume fixé par l''établissement dans les enseignements complémentaires (AP et EPI)')
) AS v(code, diploma, year_of_study, hours, weekly_hours, note) ON v.code = f.code AND f.version = 1;
