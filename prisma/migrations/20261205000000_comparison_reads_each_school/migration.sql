-- Hand-written: the académie comparison reads each compared school's summaries by the
-- primary key, so that its time follows the number of schools compared, not the number
-- of schools in the database.
--
-- Measured on the bench's scale L (10,000 schools, 1.08 million summary rows), psql,
-- the function's query alone: past about 250 compared schools, the planner switched from
-- a read per school to one scan of the chosen indicators' rows of every school in the
-- database (80,000 rows at L, then a hash join to the compared list): 200 schools 4.5 ms,
-- 300 schools 43 ms, 1,000 schools 64 ms. Read per school (the subquery fenced with
-- OFFSET 0, so that it cannot be flattened into that scan): 4.4, 7 and 30 ms. Through the
-- app's path (scope, function, join to the schools, sort), p50 of 100 runs: 100 schools
-- 9.4 -> 9.1 ms, 300 schools 57.6 -> 15.0 ms, 1,000 schools 71.6 -> 39.0 ms.
-- The price: where the compared schools are the whole table (the bench's scaling step,
-- one académie per scratch database), the one scan was cheaper: 1,000 schools 20.7 ->
-- 31-33 ms, 100 schools 1.8 -> 3.4-5.1 ms. A database of one académie is not how the
-- service is deployed.
CREATE OR REPLACE FUNCTION app_indicator_comparison(establishments uuid[], year integer, codes text[], school_kind establishment_kind, school_diploma diploma)
RETURNS TABLE (
    establishment_id uuid, indicator_code text, value numeric, numerator numeric, denominator numeric, counts_pupils boolean,
    previous numeric, previous_numerator numeric, previous_denominator numeric
)
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
    RETURN QUERY EXECUTE $q$
        SELECT s.establishment_id, s.indicator_code::text,
            max(s.value) FILTER (WHERE s.school_year = $2), max(s.numerator) FILTER (WHERE s.school_year = $2),
            max(s.denominator) FILTER (WHERE s.school_year = $2), bool_or(s.counts_pupils) FILTER (WHERE s.school_year = $2),
            max(s.value) FILTER (WHERE s.school_year = $2 - 1), max(s.numerator) FILTER (WHERE s.school_year = $2 - 1),
            max(s.denominator) FILTER (WHERE s.school_year = $2 - 1)
        FROM unnest($1) AS a(id)
        CROSS JOIN LATERAL (
            SELECT * FROM indicator_summaries x
            WHERE x.establishment_id = a.id AND x.school_year IN ($2 - 1, $2) AND x.indicator_code = ANY ($3)
            OFFSET 0
        ) AS s
        GROUP BY s.establishment_id, s.indicator_code
        HAVING bool_or(s.school_year = $2)
    $q$ USING allowed, year, codes;
    PERFORM set_config('app.admin', saved_admin, true);
END $$;
