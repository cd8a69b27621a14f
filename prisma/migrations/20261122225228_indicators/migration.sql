-- CreateEnum
CREATE TYPE "indicator_unit" AS ENUM ('PERCENT', 'COUNT', 'HOURS', 'SCORE');

-- CreateEnum
CREATE TYPE "indicator_direction" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "indicator_source" AS ENUM ('COMPUTED', 'ENTERED', 'SURVEY');

-- CreateEnum
CREATE TYPE "indicator_level" AS ENUM ('SCHOOL', 'SCHEME', 'CLASS');

-- CreateEnum
CREATE TYPE "indicator_family" AS ENUM ('ORGANISATION', 'ACTIVITY', 'OUTCOME');

-- CreateTable
CREATE TABLE "indicators" (
    "code" VARCHAR(60) NOT NULL,
    "family" "indicator_family" NOT NULL,
    "label" VARCHAR(200) NOT NULL,
    "description" VARCHAR(600) NOT NULL DEFAULT '',
    "unit" "indicator_unit" NOT NULL,
    "direction" "indicator_direction" NOT NULL,
    "source" "indicator_source" NOT NULL,
    "level" "indicator_level" NOT NULL,
    "min_value" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "max_value" DECIMAL(10,2) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "indicator_values" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicator_code" VARCHAR(60) NOT NULL,
    "school_year" INTEGER NOT NULL,
    "period_id" UUID,
    "value" DECIMAL(10,2) NOT NULL,
    "comment" VARCHAR(1000) NOT NULL DEFAULT '',
    "entered_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_values_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "indicator_targets" (
    "establishment_id" UUID NOT NULL,
    "indicator_code" VARCHAR(60) NOT NULL,
    "school_year" INTEGER NOT NULL,
    "baseline" DECIMAL(10,2),
    "target" DECIMAL(10,2),
    "comment" VARCHAR(1000) NOT NULL DEFAULT '',
    "entered_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_targets_pkey" PRIMARY KEY ("establishment_id","indicator_code","school_year")
);

-- CreateTable
CREATE TABLE "indicator_summaries" (
    "establishment_id" UUID NOT NULL,
    "school_year" INTEGER NOT NULL,
    "indicator_code" VARCHAR(60) NOT NULL,
    "value" DECIMAL(12,2),
    "numerator" DECIMAL(12,2),
    "denominator" DECIMAL(12,2),
    "counts_pupils" BOOLEAN NOT NULL DEFAULT false,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_summaries_pkey" PRIMARY KEY ("establishment_id","school_year","indicator_code")
);

-- CreateIndex
CREATE INDEX "indicator_values_establishment_id_school_year_idx" ON "indicator_values"("establishment_id", "school_year");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_values_establishment_id_indicator_code_period_id_key" ON "indicator_values"("establishment_id", "indicator_code", "period_id");

-- CreateIndex
CREATE INDEX "indicator_summaries_school_year_indicator_code_idx" ON "indicator_summaries"("school_year", "indicator_code");

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicators"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_establishment_id_period_id_fkey" FOREIGN KEY ("establishment_id", "period_id") REFERENCES "periods"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicators"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_summaries" ADD CONSTRAINT "indicator_summaries_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_summaries" ADD CONSTRAINT "indicator_summaries_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicators"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: checks, grants, row-level security, the summary's refresh
-- function, and the catalogue (generated from src/features/indicators/catalogue.ts,
-- whose test compares it with these rows).
-- ---------------------------------------------------------------------------

ALTER TABLE "indicators" ADD CONSTRAINT "indicators_range_check" CHECK (min_value < max_value AND (unit <> 'PERCENT' OR min_value >= 0));
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_year_check" CHECK (school_year BETWEEN 2000 AND 2100);
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_year_check" CHECK (school_year BETWEEN 2000 AND 2100);
-- One value for the whole year per indicator (period values are unique by their period).
CREATE UNIQUE INDEX "indicator_values_year_key" ON "indicator_values" ("establishment_id", "indicator_code", "school_year") WHERE period_id IS NULL;

-- A value must lie in its indicator's range (a rate is 0–100): checked by the app
-- with a French message, and here whatever writes it.
CREATE FUNCTION app_check_indicator_range() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lo numeric;
    hi numeric;
BEGIN
    SELECT min_value, max_value INTO lo, hi FROM indicators WHERE code = NEW.indicator_code;
    IF TG_TABLE_NAME = 'indicator_values' THEN
        IF NEW.value < lo OR NEW.value > hi THEN RAISE EXCEPTION 'indicator value out of range' USING ERRCODE = '23514'; END IF;
    ELSE
        IF NEW.baseline < lo OR NEW.baseline > hi OR NEW.target < lo OR NEW.target > hi THEN
            RAISE EXCEPTION 'indicator target out of range' USING ERRCODE = '23514';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER indicator_values_range BEFORE INSERT OR UPDATE ON indicator_values FOR EACH ROW EXECUTE FUNCTION app_check_indicator_range();
CREATE TRIGGER indicator_targets_range BEFORE INSERT OR UPDATE ON indicator_targets FOR EACH ROW EXECUTE FUNCTION app_check_indicator_range();

GRANT SELECT ON indicators TO boussole_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON indicator_values, indicator_targets TO boussole_app;
-- Written only by app_refresh_indicator_summary (below).
GRANT SELECT ON indicator_summaries TO boussole_app;

-- Values: read by every reader of the school (inspectors included: they are
-- school-level figures, never pupils), written by the steering team.
ALTER TABLE indicator_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_values FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_values_read ON indicator_values FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY indicator_values_write ON indicator_values FOR ALL USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id));
-- Baselines and targets: the steering team, and the principal who sets the school's targets.
ALTER TABLE indicator_targets ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_targets FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_targets_read ON indicator_targets FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY indicator_targets_write ON indicator_targets FOR ALL
    USING (app_can_write(establishment_id) OR app_has_role(establishment_id, 'PRINCIPAL'))
    WITH CHECK (app_can_write(establishment_id) OR app_has_role(establishment_id, 'PRINCIPAL'));
ALTER TABLE indicator_summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_summaries FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_summaries_read ON indicator_summaries FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY indicator_summaries_write ON indicator_summaries FOR ALL USING (app_is_admin()) WITH CHECK (app_is_admin());

-- The summary: every indicator of the catalogue for the schools asked and one
-- school year, recomputed from the raw rows and stored one row per school and
-- indicator. Dashboards and the académie comparison read these rows only.
--   * of the schools asked, only those the caller may read are refreshed;
--   * it runs with the owner's rights (SECURITY DEFINER) because the figures
--     count pupils' rows that an inspector may not read; it stores counts and
--     rates, never a pupil; the app hides counts from 1 to 4 from inspectors
--     (counts_pupils marks the rows it applies to);
--   * as the owner is itself under FORCE ROW LEVEL SECURITY, it widens its
--     scope to the platform (app.admin) for its own work and puts it back.
CREATE FUNCTION app_refresh_indicator_summary(establishments uuid[], year integer, today date DEFAULT current_date)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed uuid[];
    saved_admin text := coalesce(current_setting('app.admin', true), '');
    written integer;
BEGIN
    SELECT coalesce(array_agg(e), '{}') INTO allowed FROM unnest(establishments) AS e WHERE app_can_read(e);
    IF cardinality(allowed) = 0 THEN RETURN 0; END IF;
    PERFORM set_config('app.admin', 'on', true);

    DELETE FROM indicator_summaries s WHERE s.establishment_id = ANY (allowed) AND s.school_year = year;

    WITH schools AS (
        -- Computed figures only for a school that has an organisation that year (a scheme or a
        -- class): a year without any is "no figure", not a row of zeros.
        SELECT a.id FROM unnest(allowed) AS a(id)
        WHERE EXISTS (SELECT 1 FROM schemes sc WHERE sc.establishment_id = a.id AND sc.school_year = year)
           OR EXISTS (SELECT 1 FROM divisions dv WHERE dv.establishment_id = a.id AND dv.school_year = year)
    ), year_pupils AS (
        SELECT p.establishment_id, p.id FROM pupils p WHERE p.establishment_id = ANY (allowed) AND p.school_year = year
    ), pupil_counts AS (
        SELECT establishment_id, count(*)::numeric AS n FROM year_pupils GROUP BY establishment_id
    ), year_groups AS (
        SELECT g.establishment_id, g.id FROM need_groups g
        JOIN periods pe ON pe.establishment_id = g.establishment_id AND pe.id = g.period_id
        WHERE g.establishment_id = ANY (allowed) AND pe.school_year = year
    ), grouped AS (
        SELECT yg.establishment_id, count(m.pupil_id)::numeric AS members, count(DISTINCT m.pupil_id)::numeric AS pupils,
            count(DISTINCT yg.id)::numeric AS groups
        FROM year_groups yg
        LEFT JOIN need_group_members m ON m.establishment_id = yg.establishment_id AND m.group_id = yg.id
        GROUP BY yg.establishment_id
    ), staff AS (
        SELECT ms.establishment_id, count(*)::numeric AS n FROM memberships ms
        WHERE ms.establishment_id = ANY (allowed) AND ms.role IN ('TEACHER', 'COORDINATOR')
        GROUP BY ms.establishment_id
    ), involved AS (
        SELECT x.establishment_id, count(DISTINCT x.user_id)::numeric AS n
        FROM (
            SELECT t.establishment_id, t.user_id FROM need_group_teachers t
            JOIN year_groups yg ON yg.establishment_id = t.establishment_id AND yg.id = t.group_id
            UNION
            SELECT r.establishment_id, r.user_id FROM pupil_referents r
            JOIN year_pupils yp ON yp.establishment_id = r.establishment_id AND yp.id = r.pupil_id
        ) x
        JOIN memberships ms ON ms.establishment_id = x.establishment_id AND ms.user_id = x.user_id AND ms.role IN ('TEACHER', 'COORDINATOR')
        GROUP BY x.establishment_id
    ), meeting_counts AS (
        SELECT mt.establishment_id, count(*)::numeric AS n FROM meetings mt
        WHERE mt.establishment_id = ANY (allowed) AND mt.school_year = year GROUP BY mt.establishment_id
    ), referred AS (
        SELECT yp.establishment_id, count(*)::numeric AS n FROM year_pupils yp
        JOIN pupil_referents r ON r.establishment_id = yp.establishment_id AND r.pupil_id = yp.id
        GROUP BY yp.establishment_id
    ), year_results AS (
        SELECT r.establishment_id, r.pupil_id, r.competency_id, r.tool_id, pe.starts_on,
            array_position(enum_range(NULL::mastery_level), r.level) AS rank
        FROM diagnostic_results r
        JOIN periods pe ON pe.establishment_id = r.establishment_id AND pe.id = r.period_id
        JOIN year_pupils yp ON yp.establishment_id = r.establishment_id AND yp.id = r.pupil_id
        WHERE pe.school_year = year
    ), diagnosed AS (
        SELECT establishment_id, count(DISTINCT pupil_id)::numeric AS n, count(DISTINCT tool_id)::numeric AS tools
        FROM year_results GROUP BY establishment_id
    ), bounds AS (
        SELECT establishment_id, pupil_id, min(starts_on) AS first_on, max(starts_on) AS last_on
        FROM year_results GROUP BY establishment_id, pupil_id HAVING min(starts_on) < max(starts_on)
    ), compared AS (
        -- Per pupil: mean level at the first and at the last diagnostic, on the competencies assessed at both.
        SELECT b.establishment_id, b.pupil_id, avg(f.rank) AS first_level, avg(l.rank) AS last_level
        FROM bounds b
        JOIN year_results f ON f.establishment_id = b.establishment_id AND f.pupil_id = b.pupil_id AND f.starts_on = b.first_on
        JOIN year_results l ON l.establishment_id = b.establishment_id AND l.pupil_id = b.pupil_id AND l.starts_on = b.last_on
            AND l.competency_id = f.competency_id
        GROUP BY b.establishment_id, b.pupil_id
    ), rises AS (
        SELECT establishment_id, count(*)::numeric AS assessed, count(*) FILTER (WHERE last_level > first_level)::numeric AS rose
        FROM compared GROUP BY establishment_id
    ), year_grids AS (
        SELECT gr.establishment_id, gr.id, gr.sheet_id FROM grids gr
        JOIN schemes sc ON sc.establishment_id = gr.establishment_id AND sc.id = gr.scheme_id
        WHERE gr.establishment_id = ANY (allowed) AND sc.school_year = year
    ), completion AS (
        SELECT yg.establishment_id,
            sum((SELECT count(*) FROM grid_items i WHERE i.sheet_id = yg.sheet_id))::numeric AS items,
            sum((SELECT count(*) FROM grid_answers a JOIN grid_items i ON i.sheet_id = yg.sheet_id AND i.key = a.item_key
                 WHERE a.establishment_id = yg.establishment_id AND a.grid_id = yg.id AND a.status = 'ANSWERED'))::numeric AS answered
        FROM year_grids yg GROUP BY yg.establishment_id
    ), actions AS (
        SELECT yg.establishment_id,
            count(*) FILTER (WHERE ga.due_on IS NOT NULL AND ga.status <> 'ABANDONED' AND (ga.status = 'DONE' OR ga.due_on < today))::numeric AS due,
            count(*) FILTER (WHERE ga.due_on IS NOT NULL AND ga.status = 'DONE' AND ga.done_on IS NOT NULL AND ga.done_on <= ga.due_on)::numeric AS on_time,
            count(*) FILTER (WHERE ga.due_on IS NOT NULL AND ga.due_on < today AND ga.status IN ('PLANNED', 'IN_PROGRESS'))::numeric AS late
        FROM year_grids yg JOIN grid_actions ga ON ga.establishment_id = yg.establishment_id AND ga.grid_id = yg.id
        GROUP BY yg.establishment_id
    ), class_hours AS (
        SELECT d.establishment_id, d.id,
            (SELECT v.hours FROM framework_volumes v
             WHERE v.diploma = d.diploma AND v.year_of_study = d.year_of_study
               AND v.framework_id = (SELECT sc.framework_id FROM schemes sc WHERE sc.establishment_id = d.establishment_id AND sc.school_year = d.school_year ORDER BY sc.strand LIMIT 1)) AS regulatory,
            coalesce((SELECT sum(e.planned_hours) FROM hour_plan_entries e WHERE e.establishment_id = d.establishment_id AND e.division_id = d.id), 0) AS planned,
            coalesce((SELECT sum(e.delivered_hours) FROM hour_plan_entries e WHERE e.establishment_id = d.establishment_id AND e.division_id = d.id), 0) AS delivered
        FROM divisions d WHERE d.establishment_id = ANY (allowed) AND d.school_year = year
    ), hours AS (
        SELECT establishment_id, sum(regulatory) AS regulatory, sum(planned) AS planned, sum(delivered) AS delivered,
            sum(delivered) FILTER (WHERE regulatory IS NOT NULL) AS delivered_with_reference
        FROM class_hours GROUP BY establishment_id
    ), entered AS (
        -- The year's value when one was entered, otherwise the latest period's.
        SELECT DISTINCT ON (v.establishment_id, v.indicator_code) v.establishment_id, v.indicator_code, v.value
        FROM indicator_values v
        LEFT JOIN periods pe ON pe.establishment_id = v.establishment_id AND pe.id = v.period_id
        WHERE v.establishment_id = ANY (allowed) AND v.school_year = year
        ORDER BY v.establishment_id, v.indicator_code, (v.period_id IS NULL) DESC, pe.starts_on DESC
    ), computed (establishment_id, code, numerator, denominator, value, counts_pupils) AS (
        SELECT s.id, 'HOURS_REGULATORY', NULL::numeric, NULL::numeric, h.regulatory, false FROM schools s LEFT JOIN hours h ON h.establishment_id = s.id
        UNION ALL SELECT s.id, 'HOURS_PLANNED', NULL, NULL, coalesce(h.planned, 0), false FROM schools s LEFT JOIN hours h ON h.establishment_id = s.id
        UNION ALL SELECT s.id, 'HOURS_DELIVERED', NULL, NULL, coalesce(h.delivered, 0), false FROM schools s LEFT JOIN hours h ON h.establishment_id = s.id
        UNION ALL SELECT s.id, 'HOURS_DELIVERED_RATE', h.delivered_with_reference, h.regulatory, NULL, false FROM schools s LEFT JOIN hours h ON h.establishment_id = s.id
        UNION ALL SELECT s.id, 'PUPILS_IN_GROUP_SHARE', coalesce(g.pupils, 0), pc.n, NULL, true FROM schools s LEFT JOIN grouped g ON g.establishment_id = s.id LEFT JOIN pupil_counts pc ON pc.establishment_id = s.id
        UNION ALL SELECT s.id, 'MEAN_GROUP_SIZE', g.members, g.groups, CASE WHEN g.groups > 0 THEN round(g.members / g.groups, 1) END, true FROM schools s LEFT JOIN grouped g ON g.establishment_id = s.id
        UNION ALL SELECT s.id, 'TEACHERS_INVOLVED_SHARE', coalesce(i.n, 0), st.n, NULL, false FROM schools s LEFT JOIN involved i ON i.establishment_id = s.id LEFT JOIN staff st ON st.establishment_id = s.id
        UNION ALL SELECT s.id, 'CONCERTATION_MEETINGS', NULL, NULL, coalesce(m.n, 0), false FROM schools s LEFT JOIN meeting_counts m ON m.establishment_id = s.id
        UNION ALL SELECT s.id, 'REFERENT_COVERAGE', coalesce(r.n, 0), pc.n, NULL, true FROM schools s LEFT JOIN referred r ON r.establishment_id = s.id LEFT JOIN pupil_counts pc ON pc.establishment_id = s.id
        UNION ALL SELECT s.id, 'DIAGNOSTIC_COVERAGE', coalesce(d.n, 0), pc.n, NULL, true FROM schools s LEFT JOIN diagnosed d ON d.establishment_id = s.id LEFT JOIN pupil_counts pc ON pc.establishment_id = s.id
        UNION ALL SELECT s.id, 'POSITIONING_TOOLS_USED', NULL, NULL, coalesce(d.tools, 0), false FROM schools s LEFT JOIN diagnosed d ON d.establishment_id = s.id
        UNION ALL SELECT s.id, 'LEVEL_RISE_SHARE', coalesce(r.rose, 0), r.assessed, NULL, true FROM schools s LEFT JOIN rises r ON r.establishment_id = s.id
        UNION ALL SELECT s.id, 'GRID_COMPLETION', c.answered, c.items, NULL, false FROM schools s LEFT JOIN completion c ON c.establishment_id = s.id
        UNION ALL SELECT s.id, 'ACTIONS_ON_TIME', a.on_time, a.due, NULL, false FROM schools s LEFT JOIN actions a ON a.establishment_id = s.id
        UNION ALL SELECT s.id, 'LATE_ACTIONS', NULL, NULL, coalesce(a.late, 0), false FROM schools s LEFT JOIN actions a ON a.establishment_id = s.id
    )
    INSERT INTO indicator_summaries (establishment_id, school_year, indicator_code, value, numerator, denominator, counts_pupils, refreshed_at)
    SELECT c.establishment_id, year, c.code,
        -- A share is a percentage of its denominator (none when the denominator is 0 or unknown).
        coalesce(c.value, CASE WHEN c.denominator > 0 THEN round(100 * c.numerator / c.denominator, 1) END),
        c.numerator, c.denominator, c.counts_pupils, now()
    FROM computed c
    UNION ALL
    SELECT e.establishment_id, year, e.indicator_code, e.value, NULL, NULL, false, now() FROM entered e;

    GET DIAGNOSTICS written = ROW_COUNT;
    PERFORM set_config('app.admin', saved_admin, true);
    RETURN written;
END $$;
REVOKE ALL ON FUNCTION app_refresh_indicator_summary(uuid[], integer, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_refresh_indicator_summary(uuid[], integer, date) TO boussole_app;

-- Reference data: the catalogue.
INSERT INTO indicators (code, family, label, description, unit, direction, source, level, min_value, max_value, position) VALUES
  ('CONCERTATION_MEETINGS', 'ORGANISATION', 'Nombre de réunions de concertation', 'Réunions de concertation de l''année (conseil pédagogique, équipes, conseils d''enseignement).', 'COUNT', 'HIGHER_IS_BETTER', 'COMPUTED', 'SCHOOL', 0, 100000, 0),
  ('TEACHERS_INVOLVED_SHARE', 'ORGANISATION', 'Proportion des enseignants impliqués', 'Professeurs et coordonnateurs qui animent un groupe de besoin ou sont référents, sur l''ensemble des professeurs et coordonnateurs de l''établissement.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'SCHOOL', 0, 100, 1),
  ('PROJECT_FORMALISED', 'ORGANISATION', 'Formalisation du projet d''accompagnement', 'Éléments formalisés parmi : objectifs et compétences, calendrier, acteurs (0 à 3).', 'SCORE', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHEME', 0, 3, 2),
  ('STEERING_CHART', 'ORGANISATION', 'Organigramme de pilotage', '1 si un organigramme de pilotage est établi et diffusé, 0 sinon.', 'SCORE', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 1, 3),
  ('BODIES_INVOLVED', 'ORGANISATION', 'Instances impliquées (CA, conseil pédagogique, conseil d''enseignement)', 'Nombre d''instances qui ont traité du dispositif dans l''année (0 à 3).', 'COUNT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 3, 4),
  ('TRAINING_ACTIONS_DONE', 'ORGANISATION', 'Actions de formation réalisées', 'Actions de formation des enseignants réalisées (en établissement ou au plan de formation).', 'COUNT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 500, 5),
  ('POSITIONING_TOOLS_USED', 'ORGANISATION', 'Nombre d''outils de positionnement utilisés', 'Outils de positionnement distincts (tests nationaux, LSU, entretiens, évaluations…) utilisés dans les diagnostics de l''année.', 'COUNT', 'HIGHER_IS_BETTER', 'COMPUTED', 'SCHOOL', 0, 100000, 6),
  ('REFERENT_COVERAGE', 'ORGANISATION', 'Élèves ayant un professeur référent', 'Élèves de l''année qui ont un référent nommé, sur l''ensemble des élèves.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 100, 7),
  ('INTERMEDIATE_REVIEWS', 'ORGANISATION', 'Bilans d''étape tenus', 'Bilans intermédiaires tenus dans l''année.', 'COUNT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHEME', 0, 100, 8),
  ('DIGITAL_TOOLS', 'ORGANISATION', 'Outils numériques utilisés', 'Outils numériques facilitateurs utilisés (planning, partage, suivi des compétences…).', 'COUNT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 100, 9),
  ('GRID_COMPLETION', 'ORGANISATION', 'Avancement des grilles PDCA', 'Éléments répondus sur l''ensemble des éléments des grilles de l''année.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'SCHEME', 0, 100, 10),
  ('ACTIONS_ON_TIME', 'ORGANISATION', 'Actions réalisées à temps', 'Actions du bloc « Agir » faites au plus tard à leur échéance, sur les actions échues ou faites.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'SCHEME', 0, 100, 11),
  ('LATE_ACTIONS', 'ORGANISATION', 'Actions en retard', 'Actions dont l''échéance est passée et qui ne sont ni faites ni abandonnées.', 'COUNT', 'LOWER_IS_BETTER', 'COMPUTED', 'SCHEME', 0, 100000, 12),
  ('ACTIONS_CONDUCTED', 'ACTIVITY', 'Nombre d''actions conduites', 'Actions conduites au titre de l''accompagnement (savoirs fondamentaux, CPS, autonomie, projets, culturel, international).', 'COUNT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHEME', 0, 1000, 13),
  ('HOURS_REGULATORY', 'ACTIVITY', 'Heures réglementaires', 'Volume réglementaire de l''année, toutes classes.', 'HOURS', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 100000, 14),
  ('HOURS_PLANNED', 'ACTIVITY', 'Heures prévues', 'Heures prévues au plan d''heures de l''année, toutes classes.', 'HOURS', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 100000, 15),
  ('HOURS_DELIVERED', 'ACTIVITY', 'Heures faites', 'Heures faites de l''année, toutes classes.', 'HOURS', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 100000, 16),
  ('HOURS_DELIVERED_RATE', 'ACTIVITY', 'Heures faites sur heures réglementaires', 'Heures faites sur le volume réglementaire des classes qui en ont un.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 1000, 17),
  ('PUPILS_IN_GROUP_SHARE', 'ACTIVITY', 'Élèves en groupe de besoin', 'Élèves de l''année inscrits dans au moins un groupe de besoin, sur l''ensemble des élèves.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'SCHEME', 0, 100, 18),
  ('MEAN_GROUP_SIZE', 'ACTIVITY', 'Taille moyenne des groupes', 'Élèves par groupe de besoin de l''année, en moyenne.', 'COUNT', 'LOWER_IS_BETTER', 'COMPUTED', 'SCHEME', 0, 100000, 19),
  ('DIAGNOSTIC_COVERAGE', 'ACTIVITY', 'Élèves diagnostiqués', 'Élèves de l''année qui ont au moins un résultat de diagnostic, sur l''ensemble des élèves.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 100, 20),
  ('LEVEL_RISE_SHARE', 'OUTCOME', 'Élèves dont le niveau progresse entre deux diagnostics', 'Élèves dont le niveau moyen, sur les compétences évaluées à leur premier et à leur dernier diagnostic de l''année, a monté ; sur les élèves évalués deux fois.', 'PERCENT', 'HIGHER_IS_BETTER', 'COMPUTED', 'CLASS', 0, 100, 21),
  ('ATTENDANCE_RATE', 'OUTCOME', 'Taux d''assiduité', 'Part des heures de cours suivies par les élèves.', 'PERCENT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 100, 22),
  ('ABSENTEEISM_RATE', 'OUTCOME', 'Taux d''absentéisme', 'Part des élèves absents plus de quatre demi-journées par mois (non justifiées).', 'PERCENT', 'LOWER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 100, 23),
  ('DROPOUT_RATE', 'OUTCOME', 'Taux de décrochage', 'Part des élèves qui ont quitté la formation sans diplôme en cours d''année.', 'PERCENT', 'LOWER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 100, 24),
  ('REORIENTED_PUPILS', 'OUTCOME', 'Élèves réorientés', 'Élèves réorientés en cours ou en fin d''année (passerelles, changement de spécialité ou de voie).', 'COUNT', 'LOWER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 5000, 25),
  ('FURTHER_STUDIES_RATE', 'OUTCOME', 'Poursuite d''études', 'Part des élèves de terminale ou de deuxième année de CAP qui poursuivent leurs études.', 'PERCENT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 100, 26),
  ('EXAM_SUCCESS_RATE', 'OUTCOME', 'Taux de réussite aux examens', 'Admis sur présentés (CAP, baccalauréat professionnel, DNB).', 'PERCENT', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHOOL', 0, 100, 27),
  ('AP_REINVESTMENT', 'OUTCOME', 'Réinvestissement de l''accompagnement dans les autres cours', 'Appréciation de l''équipe, de 0 (aucun) à 10 (systématique), à partir des indicateurs pédagogiques formalisés.', 'SCORE', 'HIGHER_IS_BETTER', 'ENTERED', 'SCHEME', 0, 10, 28),
  ('PUPIL_INVOLVEMENT', 'OUTCOME', 'Implication des élèves dans leur travail personnel', 'Appréciation de l''équipe, de 0 à 10.', 'SCORE', 'HIGHER_IS_BETTER', 'ENTERED', 'CLASS', 0, 10, 29),
  ('PUPIL_SATISFACTION', 'OUTCOME', 'Satisfaction des élèves', 'Part des élèves satisfaits ou très satisfaits (enquête).', 'PERCENT', 'HIGHER_IS_BETTER', 'SURVEY', 'SCHEME', 0, 100, 30),
  ('PARENT_SATISFACTION', 'OUTCOME', 'Satisfaction des parents', 'Part des parents satisfaits ou très satisfaits (enquête).', 'PERCENT', 'HIGHER_IS_BETTER', 'SURVEY', 'SCHEME', 0, 100, 31),
  ('STAFF_SATISFACTION', 'OUTCOME', 'Satisfaction des équipes', 'Part des personnels mobilisés satisfaits ou très satisfaits (enquête).', 'PERCENT', 'HIGHER_IS_BETTER', 'SURVEY', 'SCHEME', 0, 100, 32),
  ('SCHOOL_CLIMATE', 'OUTCOME', 'Climat scolaire et bien-être des élèves', 'Part des élèves qui déclarent se sentir bien dans l''établissement (enquête climat scolaire).', 'PERCENT', 'HIGHER_IS_BETTER', 'SURVEY', 'SCHOOL', 0, 100, 33),
  ('TEACHER_PRACTICE_IMPACT', 'OUTCOME', 'Impact sur les pratiques des enseignants', 'Part des enseignants qui déclarent avoir fait évoluer leurs pratiques (enquête).', 'PERCENT', 'HIGHER_IS_BETTER', 'SURVEY', 'SCHOOL', 0, 100, 34),
  ('TEACHER_WELLBEING', 'OUTCOME', 'Bien-être au travail des enseignants', 'Part des enseignants qui déclarent un bien-être au travail satisfaisant (enquête).', 'PERCENT', 'HIGHER_IS_BETTER', 'SURVEY', 'SCHOOL', 0, 100, 35);
