-- Hand-written: diagnostic aggregates for readers who may not read pupils.
--
-- Inspectors read a school (app_can_read) but never its pupils' rows
-- (app_is_staff is false for them, so row-level security hides pupils and
-- diagnostic_results). These two functions give them counts only:
--   * they keep, of the schools asked, those the caller may read
--     (app_can_read, with the caller's own scope), and answer nothing else;
--   * they run with the owner's rights (SECURITY DEFINER); as the owner may
--     itself be under FORCE ROW LEVEL SECURITY, they widen the scope to the
--     platform for their own query (app.admin) and put it back before
--     returning; the query names the allowed schools explicitly;
--   * they return counts, never an id, a name or a row of a pupil, and every
--     count from 1 to 4 comes back as NULL ("< 5"), so that a small group of
--     pupils cannot be singled out. 0 stays 0.

CREATE FUNCTION app_diagnostic_overview(establishments uuid[], year integer)
RETURNS TABLE (establishment_id uuid, pupils_enrolled bigint, pupils_diagnosed bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed uuid[];
    saved_admin text := coalesce(current_setting('app.admin', true), '');
BEGIN
    SELECT coalesce(array_agg(e), '{}') INTO allowed FROM unnest(establishments) AS e WHERE app_can_read(e);
    IF cardinality(allowed) = 0 THEN RETURN; END IF;
    PERFORM set_config('app.admin', 'on', true);
    RETURN QUERY
        WITH enrolled AS (
            SELECT p.establishment_id, count(*) AS n
            FROM pupils p WHERE p.establishment_id = ANY (allowed) AND p.school_year = year
            GROUP BY p.establishment_id
        ), diagnosed AS (
            SELECT p.establishment_id, count(DISTINCT p.id) AS n
            FROM pupils p
            JOIN diagnostic_results r ON r.establishment_id = p.establishment_id AND r.pupil_id = p.id
            WHERE p.establishment_id = ANY (allowed) AND p.school_year = year
            GROUP BY p.establishment_id
        )
        SELECT a.id,
            CASE WHEN coalesce(e.n, 0) BETWEEN 1 AND 4 THEN NULL ELSE coalesce(e.n, 0) END,
            CASE WHEN coalesce(d.n, 0) BETWEEN 1 AND 4 THEN NULL ELSE coalesce(d.n, 0) END
        FROM unnest(allowed) AS a(id)
        LEFT JOIN enrolled e ON e.establishment_id = a.id
        LEFT JOIN diagnosed d ON d.establishment_id = a.id;
    PERFORM set_config('app.admin', saved_admin, true);
END $$;

-- The levels of the schools' pupils, per domain, all schools asked together:
-- for each pupil and competency, the level of the latest period of the year
-- that has one. Counts of results (a pupil counts once per competency) and of
-- distinct pupils, each hidden from 1 to 4.
CREATE FUNCTION app_diagnostic_levels(establishments uuid[], year integer)
RETURNS TABLE (domain competency_domain, level mastery_level, results bigint, pupils bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed uuid[];
    saved_admin text := coalesce(current_setting('app.admin', true), '');
BEGIN
    SELECT coalesce(array_agg(e), '{}') INTO allowed FROM unnest(establishments) AS e WHERE app_can_read(e);
    IF cardinality(allowed) = 0 THEN RETURN; END IF;
    PERFORM set_config('app.admin', 'on', true);
    RETURN QUERY
        WITH latest AS (
            SELECT DISTINCT ON (r.establishment_id, r.pupil_id, r.competency_id)
                r.establishment_id, r.pupil_id, r.competency_id, r.level
            FROM diagnostic_results r
            JOIN periods pe ON pe.establishment_id = r.establishment_id AND pe.id = r.period_id
            WHERE r.establishment_id = ANY (allowed) AND pe.school_year = year
            ORDER BY r.establishment_id, r.pupil_id, r.competency_id, pe.starts_on DESC
        ), counted AS (
            SELECT c.domain, l.level, count(*) AS results, count(DISTINCT (l.establishment_id, l.pupil_id)) AS pupils
            FROM latest l JOIN competencies c ON c.id = l.competency_id
            GROUP BY c.domain, l.level
        )
        SELECT counted.domain, counted.level,
            CASE WHEN counted.results BETWEEN 1 AND 4 THEN NULL ELSE counted.results END,
            CASE WHEN counted.pupils BETWEEN 1 AND 4 THEN NULL ELSE counted.pupils END
        FROM counted;
    PERFORM set_config('app.admin', saved_admin, true);
END $$;

REVOKE ALL ON FUNCTION app_diagnostic_overview(uuid[], integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_diagnostic_levels(uuid[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_diagnostic_overview(uuid[], integer) TO boussole_app;
GRANT EXECUTE ON FUNCTION app_diagnostic_levels(uuid[], integer) TO boussole_app;
