-- Hand-written: the académie comparison of indicators in one function.
--
-- Row-level security checks app_can_read(establishment_id) on every row, and
-- app_can_read parses the request's list of readable schools (app.readable)
-- each time: for an inspector of 1,000 schools, reading 8,000 summary rows
-- parsed 8 million identifiers (16 s measured). This function checks the
-- caller's schools once, then reads the summary rows of those schools only,
-- with the owner's rights and the platform's scope (app.admin) for its own
-- query, put back before returning. It returns what the summary holds:
-- figures and their counts, never a pupil; the app hides small counts.
CREATE FUNCTION app_indicator_comparison(establishments uuid[], year integer, codes text[], school_kind establishment_kind, school_diploma diploma)
RETURNS TABLE (
    establishment_id uuid, indicator_code text, value numeric, numerator numeric, denominator numeric, counts_pupils boolean,
    previous numeric, previous_numerator numeric, previous_denominator numeric
)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    readable uuid[] := string_to_array(nullif(current_setting('app.readable', true), ''), ',')::uuid[];
    allowed uuid[];
    saved_admin text := coalesce(current_setting('app.admin', true), '');
BEGIN
    IF app_is_admin() THEN
        allowed := establishments;
    ELSE
        SELECT coalesce(array_agg(DISTINCT a.id), '{}') INTO allowed
        FROM unnest(establishments) AS a(id) JOIN unnest(readable) AS r(id) ON r.id = a.id;
    END IF;
    IF cardinality(allowed) = 0 THEN RETURN; END IF;
    PERFORM set_config('app.admin', 'on', true);
    RETURN QUERY
        SELECT c.establishment_id, c.indicator_code::text, c.value, c.numerator, c.denominator, c.counts_pupils,
            p.value, p.numerator, p.denominator
        FROM unnest(allowed) AS a(id)
        JOIN establishments e ON e.id = a.id
        JOIN indicator_summaries c ON c.establishment_id = a.id AND c.school_year = year AND c.indicator_code = ANY (codes)
        LEFT JOIN indicator_summaries p ON p.establishment_id = a.id AND p.school_year = year - 1 AND p.indicator_code = c.indicator_code
        WHERE (school_kind IS NULL OR e.kind = school_kind)
          AND (school_diploma IS NULL OR EXISTS (
            SELECT 1 FROM divisions d WHERE d.establishment_id = a.id AND d.school_year = year AND d.diploma = school_diploma));
    PERFORM set_config('app.admin', saved_admin, true);
END $$;
REVOKE ALL ON FUNCTION app_indicator_comparison(uuid[], integer, text[], establishment_kind, diploma) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_indicator_comparison(uuid[], integer, text[], establishment_kind, diploma) TO boussole_app;

-- The schools whose summary of the year is missing or older than max_age,
-- recomputed; fresh ones untouched. Like the comparison, it checks the
-- caller's schools once (not on every row) and returns how many rows it wrote.
CREATE FUNCTION app_refresh_stale_indicator_summaries(establishments uuid[], year integer, max_age interval)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    readable uuid[] := string_to_array(nullif(current_setting('app.readable', true), ''), ',')::uuid[];
    allowed uuid[];
    stale uuid[];
    saved_admin text := coalesce(current_setting('app.admin', true), '');
    written integer := 0;
BEGIN
    IF app_is_admin() THEN
        allowed := establishments;
    ELSE
        SELECT coalesce(array_agg(DISTINCT a.id), '{}') INTO allowed
        FROM unnest(establishments) AS a(id) JOIN unnest(readable) AS r(id) ON r.id = a.id;
    END IF;
    IF cardinality(allowed) = 0 THEN RETURN 0; END IF;
    PERFORM set_config('app.admin', 'on', true);
    SELECT coalesce(array_agg(a.id), '{}') INTO stale FROM unnest(allowed) AS a(id)
    WHERE NOT EXISTS (
        SELECT 1 FROM indicator_summaries s
        WHERE s.establishment_id = a.id AND s.school_year = year AND s.refreshed_at > now() - max_age);
    IF cardinality(stale) > 0 THEN
        written := app_refresh_indicator_summary(stale, year);
    END IF;
    PERFORM set_config('app.admin', saved_admin, true);
    RETURN written;
END $$;
REVOKE ALL ON FUNCTION app_refresh_stale_indicator_summaries(uuid[], integer, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_refresh_stale_indicator_summaries(uuid[], integer, interval) TO boussole_app;
