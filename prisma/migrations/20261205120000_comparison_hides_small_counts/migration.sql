-- Hand-written: the académie comparison hides small counts itself, and returns
-- only what an inspector's page shows: each school's figure and last year's,
-- and whether the figure is hidden. Until now it returned every summary's
-- numerator and denominator (for the year and the year before) and the app
-- hid small counts: the counts of 1 to 4 pupils left the database for a page
-- that never shows them, and, at 1,000 schools, the page received 36,000
-- values to keep 12,000. The rule is the app's (src/features/indicators/privacy.ts,
-- isSuppressed, which hides the dashboard's figures from an inspector); the
-- integration test "small counts" checks that both give the same answer on every edge.
--
-- Measured on the bench's country (10,000 schools), the comparison page of an
-- académie of 1,000 schools over HTTP at 1 connection, the two builds taking
-- turns: see tests/benchmarks/HISTORY.md, session 15.

-- Whether a figure must be hidden from a reader who may not read pupils: a
-- figure that counts pupils, made of 1 to 4 of them or leaving 1 to 4 out (a
-- mean group size: its members alone). 0 stays 0. Inlined by the planner.
CREATE FUNCTION app_counts_suppressed(indicator_code text, counts_pupils boolean, numerator numeric, denominator numeric)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(counts_pupils, false) AND coalesce(
        (numerator > 0 AND numerator < 5)
        OR (indicator_code <> 'MEAN_GROUP_SIZE' AND (
            (denominator > 0 AND denominator < 5)
            OR (denominator - numerator > 0 AND denominator - numerator < 5))),
        false)
$$;

DROP FUNCTION app_indicator_comparison(uuid[], integer, text[], establishment_kind, diploma);

CREATE FUNCTION app_indicator_comparison(establishments uuid[], year integer, codes text[], school_kind establishment_kind, school_diploma diploma)
RETURNS TABLE (establishment_id uuid, indicator_code text, value double precision, previous double precision, suppressed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    allowed uuid[] := app_readable_among(establishments);
    saved_admin text := coalesce(current_setting('app.admin', true), '');
BEGIN
    IF cardinality(allowed) = 0 THEN RETURN; END IF;
    PERFORM set_config('app.admin', 'on', true);
    IF school_kind IS NOT NULL OR school_diploma IS NOT NULL THEN
        EXECUTE $q$
            SELECT coalesce(array_agg(e.id), '{}') FROM establishments e
            WHERE e.id = ANY ($1) AND ($2::establishment_kind IS NULL OR e.kind = $2)
              AND ($3::diploma IS NULL OR EXISTS (
                SELECT 1 FROM divisions d WHERE d.establishment_id = e.id AND d.school_year = $4 AND d.diploma = $3))
        $q$ INTO allowed USING allowed, school_kind, school_diploma, year;
    END IF;
    -- Each school's figures of the year read by the primary key, each paired with
    -- the year before's by the key too (OFFSET 0: one small read per school, see
    -- migration 20261205000000_comparison_reads_each_school); then each hidden
    -- figure returned as null (the year before's too: no change is shown).
    -- Until now both years were read together and grouped by school and
    -- indicator: a sort and seven aggregates over 8,000 rows for 1,000 schools.
    -- psql, 1,000 schools among 10,000, the statement alone: grouped 31.4 ms,
    -- paired 22.6 ms, the same 4,000 rows. The rule is applied to plain columns:
    -- given aggregates as arguments, the planner did not inline
    -- app_counts_suppressed (it reads its numerator twice) and called it on
    -- every row (the function 26 -> 44 ms).
    RETURN QUERY EXECUTE $q$
        SELECT a.id, f.indicator_code,
            CASE WHEN h.hidden THEN NULL ELSE f.value::float8 END,
            CASE WHEN app_counts_suppressed(f.indicator_code, f.counts_pupils, f.previous_numerator, f.previous_denominator)
                THEN NULL ELSE f.previous::float8 END,
            h.hidden
        FROM unnest($1) AS a(id)
        CROSS JOIN LATERAL (
            SELECT y.indicator_code::text AS indicator_code, y.value, y.numerator, y.denominator, y.counts_pupils,
                p.value AS previous, p.numerator AS previous_numerator, p.denominator AS previous_denominator
            FROM indicator_summaries y
            LEFT JOIN indicator_summaries p
                ON p.establishment_id = y.establishment_id AND p.school_year = $2 - 1 AND p.indicator_code = y.indicator_code
            WHERE y.establishment_id = a.id AND y.school_year = $2 AND y.indicator_code = ANY ($3)
            OFFSET 0
        ) AS f
        CROSS JOIN LATERAL (SELECT app_counts_suppressed(f.indicator_code, f.counts_pupils, f.numerator, f.denominator) AS hidden) AS h
    $q$ USING allowed, year, codes;
    PERFORM set_config('app.admin', saved_admin, true);
END $$;
REVOKE ALL ON FUNCTION app_indicator_comparison(uuid[], integer, text[], establishment_kind, diploma) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_indicator_comparison(uuid[], integer, text[], establishment_kind, diploma) TO boussole_app;
