-- Hand-written: the freshness check reads each school's summary state by the primary key,
-- as the comparison reads its summaries since 20261205000000, so that its time follows
-- the number of schools checked, not the number of schools in the database.
--
-- Found in session 14 with the comparison page of an académie of 1,000 schools among a
-- country of 10,000 (the bench's scaling step). plpgsql plans this statement for the
-- actual list in a connection's first five calls (and whenever it judges that better):
-- for a long list, that plan hashed the states of the year of every school in the
-- database (a sequential scan of 10,000 rows) and joined the list to them. Later calls
-- use a generic plan, which already read per school. PREPAREd in psql, the two queries
-- taking turns, EXPLAIN ANALYZE: in the first calls, 1,000 schools 11.6 / 3.2 / 2.8 ms
-- against 4.0 / 2.3 / 2.4 ms read per school (the lookup fenced with OFFSET 0, so that
-- it cannot be flattened back into that join); 100 schools 1.8 / 1.7 ms against 0.28 /
-- 0.27 ms; from the sixth call, 2.1-2.2 ms and 0.25 ms either way. New connections
-- are the rule where traffic is low (the pool closes idle ones after 30 s), so an
-- inspector's comparison often meets the first calls. A school's own pages (one
-- school, three years) read the same single row either way.
CREATE OR REPLACE FUNCTION app_stale_indicator_schools(establishments uuid[], year integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (
        SELECT coalesce(array_agg(a.id ORDER BY a.id), '{}')
        FROM unnest(establishments) AS a(id)
        LEFT JOIN LATERAL (
            SELECT s.establishment_id, s.snapshot, s.refreshed_at FROM indicator_summary_states s
            WHERE s.establishment_id = a.id AND s.school_year = year
            OFFSET 0
        ) AS st ON true
        WHERE st.establishment_id IS NULL
           OR st.refreshed_at < date_trunc('day', now())
           OR st.snapshot IS NULL
           OR EXISTS (SELECT 1 FROM indicator_changes c WHERE c.establishment_id = a.id AND c.school_year = year
                      AND NOT pg_visible_in_snapshot(c.xact::text::xid8, st.snapshot::pg_snapshot))
    );
END $$;
