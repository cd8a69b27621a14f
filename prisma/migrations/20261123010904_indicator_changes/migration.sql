-- CreateTable
CREATE TABLE "indicator_period_summaries" (
    "establishment_id" UUID NOT NULL,
    "period_id" UUID NOT NULL,
    "indicator_code" VARCHAR(60) NOT NULL,
    "value" DECIMAL(12,2),
    "numerator" DECIMAL(12,2),
    "denominator" DECIMAL(12,2),
    "counts_pupils" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "indicator_period_summaries_pkey" PRIMARY KEY ("establishment_id","period_id","indicator_code")
);

-- CreateTable
CREATE TABLE "indicator_summary_states" (
    "establishment_id" UUID NOT NULL,
    "school_year" INTEGER NOT NULL,
    "snapshot" TEXT,
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT '-infinity'::timestamptz,

    CONSTRAINT "indicator_summary_states_pkey" PRIMARY KEY ("establishment_id","school_year")
);

-- CreateTable
CREATE TABLE "indicator_changes" (
    "establishment_id" UUID NOT NULL,
    "school_year" INTEGER NOT NULL,
    "xact" BIGINT NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_changes_pkey" PRIMARY KEY ("establishment_id","school_year","xact")
);

-- AddForeignKey
ALTER TABLE "indicator_period_summaries" ADD CONSTRAINT "indicator_period_summaries_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_period_summaries" ADD CONSTRAINT "indicator_period_summaries_establishment_id_period_id_fkey" FOREIGN KEY ("establishment_id", "period_id") REFERENCES "periods"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_period_summaries" ADD CONSTRAINT "indicator_period_summaries_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicators"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_summary_states" ADD CONSTRAINT "indicator_summary_states_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_changes" ADD CONSTRAINT "indicator_changes_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: keeping the indicator summaries current on write.
--
-- Every write to the data a computed indicator is made of notes, by trigger
-- and in the writing transaction, (school, school year, transaction id) in
-- indicator_changes. A school's summary of a year records the snapshot it
-- was computed from. The summary is stale when a change exists that this
-- snapshot did not see (a transaction still running then, or committed since),
-- or when it was computed before today (late actions depend on the date). After a write, the app refreshes
-- the school's changed years (after the response); a view refreshes whatever
-- is still stale before reading. A fresh summary is never recomputed.

GRANT SELECT ON indicator_period_summaries, indicator_summary_states TO boussole_app;
-- indicator_changes: written by the triggers' function only; no right for the app.

ALTER TABLE indicator_period_summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_period_summaries FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_period_summaries_read ON indicator_period_summaries FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY indicator_period_summaries_write ON indicator_period_summaries FOR ALL USING (app_is_admin()) WITH CHECK (app_is_admin());
ALTER TABLE indicator_summary_states ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_summary_states FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_summary_states_read ON indicator_summary_states FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY indicator_summary_states_write ON indicator_summary_states FOR ALL USING (app_is_admin()) WITH CHECK (app_is_admin());
ALTER TABLE indicator_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_changes FORCE ROW LEVEL SECURITY;
-- Whoever writes a school's data may read it: the note is made in the writer's scope.
CREATE POLICY indicator_changes_note ON indicator_changes FOR ALL USING (app_can_read(establishment_id)) WITH CHECK (app_can_read(establishment_id));

-- Notes a change of a school's year. The year comes from the row (path 'year')
-- or from its parent (a period, group, pupil, scheme, grid or class); when it
-- cannot be known (a membership, a parent deleted in the same statement), every
-- year the school has a summary of is marked.
CREATE FUNCTION app_note_indicator_change_of(path text, est uuid, key text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    y integer;
    xact bigint := pg_current_xact_id()::text::bigint;
BEGIN
    IF key IS NOT NULL THEN
        y := CASE path
            WHEN 'year' THEN key::integer
            WHEN 'period' THEN (SELECT p.school_year FROM periods p WHERE p.establishment_id = est AND p.id = key::uuid)
            WHEN 'group' THEN (SELECT p.school_year FROM need_groups g JOIN periods p ON p.establishment_id = g.establishment_id AND p.id = g.period_id
                               WHERE g.establishment_id = est AND g.id = key::uuid)
            WHEN 'pupil' THEN (SELECT p.school_year FROM pupils p WHERE p.establishment_id = est AND p.id = key::uuid)
            WHEN 'scheme' THEN (SELECT s.school_year FROM schemes s WHERE s.establishment_id = est AND s.id = key::uuid)
            WHEN 'grid' THEN (SELECT s.school_year FROM grids g JOIN schemes s ON s.establishment_id = g.establishment_id AND s.id = g.scheme_id
                              WHERE g.establishment_id = est AND g.id = key::uuid)
            WHEN 'division' THEN (SELECT d.school_year FROM divisions d WHERE d.establishment_id = est AND d.id = key::uuid)
        END;
    END IF;
    IF y IS NOT NULL THEN
        INSERT INTO indicator_changes (establishment_id, school_year, xact) VALUES (est, y, xact) ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO indicator_changes (establishment_id, school_year, xact)
        SELECT st.establishment_id, st.school_year, xact FROM indicator_summary_states st WHERE st.establishment_id = est
        ON CONFLICT DO NOTHING;
    END IF;
END $$;
REVOKE ALL ON FUNCTION app_note_indicator_change_of(text, uuid, text) FROM PUBLIC;

-- The row trigger: TG_ARGV[0] is the path to the year, TG_ARGV[1] the column that leads there.
CREATE FUNCTION app_note_indicator_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    path text := TG_ARGV[0];
    key_column text := TG_ARGV[1];
    new_row jsonb;
    old_row jsonb;
BEGIN
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
        PERFORM app_note_indicator_change_of(path, (new_row->>'establishment_id')::uuid, new_row->>key_column);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
        IF new_row IS NULL OR old_row->>'establishment_id' IS DISTINCT FROM new_row->>'establishment_id'
           OR old_row->>key_column IS DISTINCT FROM new_row->>key_column THEN
            PERFORM app_note_indicator_change_of(path, (old_row->>'establishment_id')::uuid, old_row->>key_column);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER schemes_indicator_change AFTER INSERT OR UPDATE OR DELETE ON schemes FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER divisions_indicator_change AFTER INSERT OR UPDATE OR DELETE ON divisions FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER pupils_indicator_change AFTER INSERT OR DELETE OR UPDATE OF establishment_id, school_year ON pupils FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER periods_indicator_change AFTER INSERT OR UPDATE OR DELETE ON periods FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER meetings_indicator_change AFTER INSERT OR UPDATE OR DELETE ON meetings FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER indicator_values_indicator_change AFTER INSERT OR UPDATE OR DELETE ON indicator_values FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER need_groups_indicator_change AFTER INSERT OR UPDATE OR DELETE ON need_groups FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('period', 'period_id');
CREATE TRIGGER diagnostic_results_indicator_change AFTER INSERT OR UPDATE OR DELETE ON diagnostic_results FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('period', 'period_id');
CREATE TRIGGER need_group_members_indicator_change AFTER INSERT OR UPDATE OR DELETE ON need_group_members FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('group', 'group_id');
CREATE TRIGGER need_group_teachers_indicator_change AFTER INSERT OR UPDATE OR DELETE ON need_group_teachers FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('group', 'group_id');
CREATE TRIGGER pupil_referents_indicator_change AFTER INSERT OR UPDATE OR DELETE ON pupil_referents FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('pupil', 'pupil_id');
CREATE TRIGGER grids_indicator_change AFTER INSERT OR DELETE OR UPDATE OF establishment_id, scheme_id, sheet_id ON grids FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('scheme', 'scheme_id');
-- An answer counts toward completion by its status only: the autosave of its text notes nothing.
CREATE TRIGGER grid_answers_indicator_change AFTER INSERT OR DELETE ON grid_answers FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('grid', 'grid_id');
CREATE TRIGGER grid_answers_status_indicator_change AFTER UPDATE ON grid_answers FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION app_note_indicator_change('grid', 'grid_id');
CREATE TRIGGER grid_actions_indicator_change AFTER INSERT OR UPDATE OR DELETE ON grid_actions FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('grid', 'grid_id');
CREATE TRIGGER hour_plan_entries_indicator_change AFTER INSERT OR UPDATE OR DELETE ON hour_plan_entries FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('division', 'division_id');
CREATE TRIGGER memberships_indicator_change AFTER INSERT OR DELETE OR UPDATE OF role ON memberships FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('school', 'establishment_id_unused');

-- The regulatory volumes of a framework (a platform edit): every summary is marked.
CREATE FUNCTION app_note_regulatory_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO indicator_changes (establishment_id, school_year, xact)
    SELECT st.establishment_id, st.school_year, pg_current_xact_id()::text::bigint FROM indicator_summary_states st
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER framework_volumes_indicator_change AFTER INSERT OR UPDATE OR DELETE ON framework_volumes
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_regulatory_change();

CREATE OR REPLACE FUNCTION app_refresh_indicator_summary(establishments uuid[], year integer, today date DEFAULT current_date)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed uuid[];
    saved_admin text := coalesce(current_setting('app.admin', true), '');
    written integer;
    seen pg_snapshot;
BEGIN
    SELECT coalesce(array_agg(e), '{}') INTO allowed FROM unnest(establishments) AS e WHERE app_can_read(e);
    IF cardinality(allowed) = 0 THEN RETURN 0; END IF;
    PERFORM set_config('app.admin', 'on', true);

    -- One refresh of a school's year at a time: the state rows are locked in
    -- the schools' order (no deadlock between two refreshes), then the snapshot
    -- is taken: what it sees is seen by the statements below too.
    INSERT INTO indicator_summary_states (establishment_id, school_year)
    SELECT a.id, year FROM unnest(allowed) AS a(id) ORDER BY a.id ON CONFLICT DO NOTHING;
    PERFORM 1 FROM indicator_summary_states st
    WHERE st.establishment_id = ANY (allowed) AND st.school_year = year ORDER BY st.establishment_id FOR UPDATE;
    seen := pg_current_snapshot();

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

    -- The trend within the year: the computed figures that belong to a
    -- teaching period (its groups, diagnostics, hours and meetings).
    DELETE FROM indicator_period_summaries s USING periods pe
    WHERE s.establishment_id = ANY (allowed) AND pe.establishment_id = s.establishment_id AND pe.id = s.period_id AND pe.school_year = year;
    WITH schools AS (
        SELECT a.id FROM unnest(allowed) AS a(id)
        WHERE EXISTS (SELECT 1 FROM schemes sc WHERE sc.establishment_id = a.id AND sc.school_year = year)
           OR EXISTS (SELECT 1 FROM divisions dv WHERE dv.establishment_id = a.id AND dv.school_year = year)
    ), year_periods AS (
        SELECT pe.establishment_id, pe.id, pe.starts_on, pe.ends_on FROM periods pe
        JOIN schools s ON s.id = pe.establishment_id
        WHERE pe.school_year = year AND pe.kind = 'TEACHING'
    ), pupil_counts AS (
        SELECT p.establishment_id, count(*)::numeric AS n FROM pupils p
        WHERE p.establishment_id = ANY (allowed) AND p.school_year = year GROUP BY p.establishment_id
    ), grouped AS (
        SELECT g.establishment_id, g.period_id, count(m.pupil_id)::numeric AS members, count(DISTINCT m.pupil_id)::numeric AS pupils,
            count(DISTINCT g.id)::numeric AS groups
        FROM need_groups g JOIN year_periods yp ON yp.establishment_id = g.establishment_id AND yp.id = g.period_id
        LEFT JOIN need_group_members m ON m.establishment_id = g.establishment_id AND m.group_id = g.id
        GROUP BY g.establishment_id, g.period_id
    ), diagnosed AS (
        SELECT r.establishment_id, r.period_id, count(DISTINCT r.pupil_id)::numeric AS n
        FROM diagnostic_results r JOIN year_periods yp ON yp.establishment_id = r.establishment_id AND yp.id = r.period_id
        GROUP BY r.establishment_id, r.period_id
    ), hours AS (
        SELECT e.establishment_id, e.period_id, sum(e.planned_hours) AS planned, sum(e.delivered_hours) AS delivered
        FROM hour_plan_entries e JOIN year_periods yp ON yp.establishment_id = e.establishment_id AND yp.id = e.period_id
        GROUP BY e.establishment_id, e.period_id
    ), met AS (
        SELECT yp.establishment_id, yp.id AS period_id, count(*)::numeric AS n
        FROM year_periods yp JOIN meetings mt ON mt.establishment_id = yp.establishment_id AND mt.school_year = year
            AND mt.held_on BETWEEN yp.starts_on AND yp.ends_on
        GROUP BY yp.establishment_id, yp.id
    ), computed (establishment_id, period_id, code, numerator, denominator, value, counts_pupils) AS (
        SELECT yp.establishment_id, yp.id, 'HOURS_PLANNED', NULL::numeric, NULL::numeric, coalesce(h.planned, 0), false
        FROM year_periods yp LEFT JOIN hours h ON h.establishment_id = yp.establishment_id AND h.period_id = yp.id
        UNION ALL SELECT yp.establishment_id, yp.id, 'HOURS_DELIVERED', NULL, NULL, coalesce(h.delivered, 0), false
        FROM year_periods yp LEFT JOIN hours h ON h.establishment_id = yp.establishment_id AND h.period_id = yp.id
        UNION ALL SELECT yp.establishment_id, yp.id, 'PUPILS_IN_GROUP_SHARE', coalesce(g.pupils, 0), pc.n, NULL, true
        FROM year_periods yp LEFT JOIN grouped g ON g.establishment_id = yp.establishment_id AND g.period_id = yp.id
        LEFT JOIN pupil_counts pc ON pc.establishment_id = yp.establishment_id
        UNION ALL SELECT yp.establishment_id, yp.id, 'MEAN_GROUP_SIZE', g.members, g.groups, CASE WHEN g.groups > 0 THEN round(g.members / g.groups, 1) END, true
        FROM year_periods yp LEFT JOIN grouped g ON g.establishment_id = yp.establishment_id AND g.period_id = yp.id
        UNION ALL SELECT yp.establishment_id, yp.id, 'DIAGNOSTIC_COVERAGE', coalesce(d.n, 0), pc.n, NULL, true
        FROM year_periods yp LEFT JOIN diagnosed d ON d.establishment_id = yp.establishment_id AND d.period_id = yp.id
        LEFT JOIN pupil_counts pc ON pc.establishment_id = yp.establishment_id
        UNION ALL SELECT yp.establishment_id, yp.id, 'CONCERTATION_MEETINGS', NULL, NULL, coalesce(m.n, 0), false
        FROM year_periods yp LEFT JOIN met m ON m.establishment_id = yp.establishment_id AND m.period_id = yp.id
    )
    INSERT INTO indicator_period_summaries (establishment_id, period_id, indicator_code, value, numerator, denominator, counts_pupils)
    SELECT c.establishment_id, c.period_id, c.code,
        coalesce(c.value, CASE WHEN c.denominator > 0 THEN round(100 * c.numerator / c.denominator, 1) END),
        c.numerator, c.denominator, c.counts_pupils
    FROM computed c;

    -- Seen: the changes the snapshot saw, and this transaction's own.
    UPDATE indicator_summary_states st SET snapshot = seen::text, refreshed_at = now()
    WHERE st.establishment_id = ANY (allowed) AND st.school_year = year;
    DELETE FROM indicator_changes c
    WHERE c.establishment_id = ANY (allowed) AND c.school_year = year
      AND (pg_visible_in_snapshot(c.xact::text::xid8, seen) OR c.xact = pg_current_xact_id_if_assigned()::text::bigint);

    PERFORM set_config('app.admin', saved_admin, true);
    RETURN written;
END $$;

-- The schools (of those given) whose summary of the year is stale.
CREATE FUNCTION app_stale_indicator_schools(establishments uuid[], year integer)
RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(a.id ORDER BY a.id), '{}')
    FROM unnest(establishments) AS a(id)
    LEFT JOIN indicator_summary_states st ON st.establishment_id = a.id AND st.school_year = year
    WHERE st.establishment_id IS NULL
       OR st.refreshed_at < date_trunc('day', now())
       OR st.snapshot IS NULL
       OR EXISTS (SELECT 1 FROM indicator_changes c WHERE c.establishment_id = a.id AND c.school_year = year
                  AND NOT pg_visible_in_snapshot(c.xact::text::xid8, st.snapshot::pg_snapshot))
$$;
REVOKE ALL ON FUNCTION app_stale_indicator_schools(uuid[], integer) FROM PUBLIC;

-- Of the schools given, those the request may read (app.readable), planned
-- for the actual lists (EXECUTE): a join planned for a generic array guesses 10
-- elements each and compares every pair (a million for an académie of 1,000).
CREATE FUNCTION app_readable_among(establishments uuid[]) RETURNS uuid[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    allowed uuid[];
BEGIN
    IF app_is_admin() THEN RETURN establishments; END IF;
    EXECUTE 'SELECT coalesce(array_agg(DISTINCT a.id), ''{}'') FROM unnest($1) AS a(id) JOIN unnest($2) AS r(id) ON r.id = a.id'
        INTO allowed USING establishments, string_to_array(nullif(current_setting('app.readable', true), ''), ',')::uuid[];
    RETURN allowed;
END $$;

-- Replaces the age-based refresh: of the schools given that the caller may
-- read, recomputes the stale summaries of the years given (NULL: the years
-- with a change waiting). A school refreshed meanwhile by another request (it
-- held the lock) is not recomputed twice. Returns the rows written.
DROP FUNCTION app_refresh_stale_indicator_summaries(uuid[], integer, interval);
CREATE FUNCTION app_refresh_stale_indicator_summaries(establishments uuid[], years integer[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed uuid[] := app_readable_among(establishments);
    stale uuid[];
    y integer;
    saved_admin text := coalesce(current_setting('app.admin', true), '');
    written integer := 0;
BEGIN
    IF cardinality(allowed) = 0 THEN RETURN 0; END IF;
    PERFORM set_config('app.admin', 'on', true);
    IF years IS NULL THEN
        SELECT coalesce(array_agg(DISTINCT c.school_year), '{}') INTO years FROM indicator_changes c WHERE c.establishment_id = ANY (allowed);
    END IF;
    FOREACH y IN ARRAY years LOOP
        stale := app_stale_indicator_schools(allowed, y);
        IF cardinality(stale) > 0 THEN
            INSERT INTO indicator_summary_states (establishment_id, school_year)
            SELECT s.id, y FROM unnest(stale) AS s(id) ORDER BY s.id ON CONFLICT DO NOTHING;
            PERFORM 1 FROM indicator_summary_states st
            WHERE st.establishment_id = ANY (stale) AND st.school_year = y ORDER BY st.establishment_id FOR UPDATE;
            stale := app_stale_indicator_schools(stale, y);
            IF cardinality(stale) > 0 THEN
                written := written + app_refresh_indicator_summary(stale, y);
            END IF;
        END IF;
    END LOOP;
    PERFORM set_config('app.admin', saved_admin, true);
    RETURN written;
END $$;
REVOKE ALL ON FUNCTION app_refresh_stale_indicator_summaries(uuid[], integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_refresh_stale_indicator_summaries(uuid[], integer[]) TO boussole_app;
