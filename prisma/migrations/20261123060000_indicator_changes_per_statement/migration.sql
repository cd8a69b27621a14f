-- Changes noted per statement, not per row, when rows are inserted or deleted.
--
-- The row triggers of 20261123010904_indicator_changes called
-- app_note_indicator_change_of once per row: about 30 µs a row, so importing
-- 5,000 pupils spent 150–280 ms noting the same (school, year) 5,000 times
-- (67–73 ms without the triggers). Inserts and deletes, the bulk paths
-- (imports, a group's composition, a purge), now note each distinct
-- (school, key) of the statement once, from its transition table.
-- Updates keep their row triggers: PostgreSQL refuses transition tables on a
-- trigger limited to some columns (pupils, grids, memberships) or with a WHEN
-- clause (an answer's status), and an update is usually one row.
-- grid_answers keeps its row triggers: one answer per statement (the autosave).

CREATE FUNCTION app_note_indicator_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    path text := TG_ARGV[0];
    -- Memberships lead to the school itself: no key column.
    key_expression text := CASE WHEN TG_ARGV[0] = 'school' THEN 'NULL::text' ELSE format('%I::text', TG_ARGV[1]) END;
    changed record;
BEGIN
    FOR changed IN EXECUTE format('SELECT DISTINCT establishment_id AS est, %s AS key FROM changed_rows', key_expression) LOOP
        PERFORM app_note_indicator_change_of(path, changed.est, changed.key);
    END LOOP;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION app_note_indicator_changes() FROM PUBLIC;

DROP TRIGGER schemes_indicator_change ON schemes;
CREATE TRIGGER schemes_indicator_change AFTER UPDATE ON schemes FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER schemes_indicator_change_insert AFTER INSERT ON schemes REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');
CREATE TRIGGER schemes_indicator_change_delete AFTER DELETE ON schemes REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');

DROP TRIGGER divisions_indicator_change ON divisions;
CREATE TRIGGER divisions_indicator_change AFTER UPDATE ON divisions FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER divisions_indicator_change_insert AFTER INSERT ON divisions REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');
CREATE TRIGGER divisions_indicator_change_delete AFTER DELETE ON divisions REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');

DROP TRIGGER pupils_indicator_change ON pupils;
CREATE TRIGGER pupils_indicator_change AFTER UPDATE OF establishment_id, school_year ON pupils FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER pupils_indicator_change_insert AFTER INSERT ON pupils REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');
CREATE TRIGGER pupils_indicator_change_delete AFTER DELETE ON pupils REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');

DROP TRIGGER periods_indicator_change ON periods;
CREATE TRIGGER periods_indicator_change AFTER UPDATE ON periods FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER periods_indicator_change_insert AFTER INSERT ON periods REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');
CREATE TRIGGER periods_indicator_change_delete AFTER DELETE ON periods REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');

DROP TRIGGER meetings_indicator_change ON meetings;
CREATE TRIGGER meetings_indicator_change AFTER UPDATE ON meetings FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER meetings_indicator_change_insert AFTER INSERT ON meetings REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');
CREATE TRIGGER meetings_indicator_change_delete AFTER DELETE ON meetings REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');

DROP TRIGGER indicator_values_indicator_change ON indicator_values;
CREATE TRIGGER indicator_values_indicator_change AFTER UPDATE ON indicator_values FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('year', 'school_year');
CREATE TRIGGER indicator_values_indicator_change_insert AFTER INSERT ON indicator_values REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');
CREATE TRIGGER indicator_values_indicator_change_delete AFTER DELETE ON indicator_values REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('year', 'school_year');

DROP TRIGGER need_groups_indicator_change ON need_groups;
CREATE TRIGGER need_groups_indicator_change AFTER UPDATE ON need_groups FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('period', 'period_id');
CREATE TRIGGER need_groups_indicator_change_insert AFTER INSERT ON need_groups REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('period', 'period_id');
CREATE TRIGGER need_groups_indicator_change_delete AFTER DELETE ON need_groups REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('period', 'period_id');

DROP TRIGGER diagnostic_results_indicator_change ON diagnostic_results;
CREATE TRIGGER diagnostic_results_indicator_change AFTER UPDATE ON diagnostic_results FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('period', 'period_id');
CREATE TRIGGER diagnostic_results_indicator_change_insert AFTER INSERT ON diagnostic_results REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('period', 'period_id');
CREATE TRIGGER diagnostic_results_indicator_change_delete AFTER DELETE ON diagnostic_results REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('period', 'period_id');

DROP TRIGGER need_group_members_indicator_change ON need_group_members;
CREATE TRIGGER need_group_members_indicator_change AFTER UPDATE ON need_group_members FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('group', 'group_id');
CREATE TRIGGER need_group_members_indicator_change_insert AFTER INSERT ON need_group_members REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('group', 'group_id');
CREATE TRIGGER need_group_members_indicator_change_delete AFTER DELETE ON need_group_members REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('group', 'group_id');

DROP TRIGGER need_group_teachers_indicator_change ON need_group_teachers;
CREATE TRIGGER need_group_teachers_indicator_change AFTER UPDATE ON need_group_teachers FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('group', 'group_id');
CREATE TRIGGER need_group_teachers_indicator_change_insert AFTER INSERT ON need_group_teachers REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('group', 'group_id');
CREATE TRIGGER need_group_teachers_indicator_change_delete AFTER DELETE ON need_group_teachers REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('group', 'group_id');

DROP TRIGGER pupil_referents_indicator_change ON pupil_referents;
CREATE TRIGGER pupil_referents_indicator_change AFTER UPDATE ON pupil_referents FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('pupil', 'pupil_id');
CREATE TRIGGER pupil_referents_indicator_change_insert AFTER INSERT ON pupil_referents REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('pupil', 'pupil_id');
CREATE TRIGGER pupil_referents_indicator_change_delete AFTER DELETE ON pupil_referents REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('pupil', 'pupil_id');

DROP TRIGGER grids_indicator_change ON grids;
CREATE TRIGGER grids_indicator_change AFTER UPDATE OF establishment_id, scheme_id, sheet_id ON grids FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('scheme', 'scheme_id');
CREATE TRIGGER grids_indicator_change_insert AFTER INSERT ON grids REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('scheme', 'scheme_id');
CREATE TRIGGER grids_indicator_change_delete AFTER DELETE ON grids REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('scheme', 'scheme_id');

DROP TRIGGER grid_actions_indicator_change ON grid_actions;
CREATE TRIGGER grid_actions_indicator_change AFTER UPDATE ON grid_actions FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('grid', 'grid_id');
CREATE TRIGGER grid_actions_indicator_change_insert AFTER INSERT ON grid_actions REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('grid', 'grid_id');
CREATE TRIGGER grid_actions_indicator_change_delete AFTER DELETE ON grid_actions REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('grid', 'grid_id');

DROP TRIGGER hour_plan_entries_indicator_change ON hour_plan_entries;
CREATE TRIGGER hour_plan_entries_indicator_change AFTER UPDATE ON hour_plan_entries FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('division', 'division_id');
CREATE TRIGGER hour_plan_entries_indicator_change_insert AFTER INSERT ON hour_plan_entries REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('division', 'division_id');
CREATE TRIGGER hour_plan_entries_indicator_change_delete AFTER DELETE ON hour_plan_entries REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('division', 'division_id');

DROP TRIGGER memberships_indicator_change ON memberships;
CREATE TRIGGER memberships_indicator_change AFTER UPDATE OF role ON memberships FOR EACH ROW EXECUTE FUNCTION app_note_indicator_change('school', 'establishment_id_unused');
CREATE TRIGGER memberships_indicator_change_insert AFTER INSERT ON memberships REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('school', 'establishment_id_unused');
CREATE TRIGGER memberships_indicator_change_delete AFTER DELETE ON memberships REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION app_note_indicator_changes('school', 'establishment_id_unused');
