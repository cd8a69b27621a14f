-- Hand-written: a school page's freshness check (app_refresh_stale_indicator_summaries
-- for one school and three years, at every view) cost 1.5 ms when nothing was stale,
-- mostly planning: an SQL-language function is planned again at every call, and
-- app_readable_among planned its EXECUTE at every call. Both now keep their plans for
-- the session (plpgsql's static statements); a long list of schools (the académie
-- comparison) still gets a join planned for its actual size.

CREATE OR REPLACE FUNCTION app_stale_indicator_schools(establishments uuid[], year integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (
        SELECT coalesce(array_agg(a.id ORDER BY a.id), '{}')
        FROM unnest(establishments) AS a(id)
        LEFT JOIN indicator_summary_states st ON st.establishment_id = a.id AND st.school_year = year
        WHERE st.establishment_id IS NULL
           OR st.refreshed_at < date_trunc('day', now())
           OR st.snapshot IS NULL
           OR EXISTS (SELECT 1 FROM indicator_changes c WHERE c.establishment_id = a.id AND c.school_year = year
                      AND NOT pg_visible_in_snapshot(c.xact::text::xid8, st.snapshot::pg_snapshot))
    );
END $$;

CREATE OR REPLACE FUNCTION app_readable_among(establishments uuid[]) RETURNS uuid[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    readable uuid[] := string_to_array(nullif(current_setting('app.readable', true), ''), ',')::uuid[];
    allowed uuid[];
BEGIN
    IF app_is_admin() THEN RETURN establishments; END IF;
    IF cardinality(establishments) <= 8 THEN
        SELECT coalesce(array_agg(DISTINCT a.id), '{}') INTO allowed FROM unnest(establishments) AS a(id) WHERE a.id = ANY (readable);
        RETURN allowed;
    END IF;
    EXECUTE 'SELECT coalesce(array_agg(DISTINCT a.id), ''{}'') FROM unnest($1) AS a(id) JOIN unnest($2) AS r(id) ON r.id = a.id'
        INTO allowed USING establishments, readable;
    RETURN allowed;
END $$;
