-- Hand-written: the hours of the sessions teachers record for their need
-- groups feed the delivered hours of the hour plan.
--
-- Teachers may not write hour_plan_entries (the coordinators' steering work),
-- and inspectors, who read the hour plan's totals, may not read pupils or
-- attendance. So the figure is kept in the hour plan itself, by triggers that
-- run with the owner's rights: one line per class, scheme and period, under the
-- discipline "Groupes de besoin (séances)", recomputed from the sessions
-- whenever a session or its register changes. Manual lines are never touched.
--
-- A class is offered a session when one of its pupils is on the session's
-- register (present, absent or excused alike); two groups of one barrette that
-- meet on the same day at the same time count once for the class.

CREATE FUNCTION app_sync_group_session_hours(establishment uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    saved_readable text := coalesce(current_setting('app.readable', true), '');
    saved_writable text := coalesce(current_setting('app.writable', true), '');
BEGIN
    -- The owner may itself be subject to row-level security (FORCE): scope this work to the one school.
    PERFORM set_config('app.readable', establishment::text, true);
    PERFORM set_config('app.writable', establishment::text, true);

    WITH offered AS (
        SELECT DISTINCT ON (p.division_id, g.scheme_id, g.period_id, s.held_on, g.start_minute)
            p.division_id, g.scheme_id, g.period_id, s.hours
        FROM group_sessions s
        JOIN need_groups g ON g.establishment_id = s.establishment_id AND g.id = s.group_id
        JOIN session_attendance a ON a.establishment_id = s.establishment_id AND a.session_id = s.id
        JOIN pupils p ON p.establishment_id = a.establishment_id AND p.id = a.pupil_id
        WHERE s.establishment_id = establishment
        ORDER BY p.division_id, g.scheme_id, g.period_id, s.held_on, g.start_minute, s.hours DESC
    ), sums AS (
        SELECT division_id, scheme_id, period_id, least(sum(hours), 9999.99) AS hours FROM offered
        GROUP BY division_id, scheme_id, period_id
    ), cleared AS (
        UPDATE hour_plan_entries e SET delivered_hours = 0, updated_at = now()
        WHERE e.establishment_id = establishment AND e.discipline = 'Groupes de besoin (séances)' AND e.delivered_hours <> 0
          AND NOT EXISTS (SELECT 1 FROM sums x WHERE x.division_id = e.division_id AND x.scheme_id = e.scheme_id AND x.period_id = e.period_id)
        RETURNING e.id
    )
    -- The two writes (cleared runs whether referenced or not) touch different rows:
    -- the lines with no session left, and the lines with sessions.
    INSERT INTO hour_plan_entries (establishment_id, division_id, scheme_id, period_id, discipline, delivered_hours, updated_at)
    SELECT establishment, division_id, scheme_id, period_id, 'Groupes de besoin (séances)', hours, now()
    FROM sums
    ON CONFLICT (establishment_id, division_id, scheme_id, period_id, discipline)
    DO UPDATE SET delivered_hours = EXCLUDED.delivered_hours, updated_at = now()
    WHERE hour_plan_entries.delivered_hours IS DISTINCT FROM EXCLUDED.delivered_hours;

    PERFORM set_config('app.readable', saved_readable, true);
    PERFORM set_config('app.writable', saved_writable, true);
END $$;
REVOKE ALL ON FUNCTION app_sync_group_session_hours(uuid) FROM PUBLIC;

CREATE FUNCTION app_group_sessions_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    school uuid;
BEGIN
    FOR school IN SELECT DISTINCT establishment_id FROM changed LOOP
        PERFORM app_sync_group_session_hours(school);
    END LOOP;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION app_group_sessions_changed() FROM PUBLIC;

CREATE TRIGGER group_sessions_hours_insert AFTER INSERT ON group_sessions
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_group_sessions_changed();
CREATE TRIGGER group_sessions_hours_update AFTER UPDATE ON group_sessions
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_group_sessions_changed();
CREATE TRIGGER group_sessions_hours_delete AFTER DELETE ON group_sessions
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_group_sessions_changed();
CREATE TRIGGER session_attendance_hours_insert AFTER INSERT ON session_attendance
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_group_sessions_changed();
CREATE TRIGGER session_attendance_hours_update AFTER UPDATE ON session_attendance
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_group_sessions_changed();
CREATE TRIGGER session_attendance_hours_delete AFTER DELETE ON session_attendance
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_group_sessions_changed();
