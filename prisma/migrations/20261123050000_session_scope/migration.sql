-- The signed-in user of a session and everything their scope is built from,
-- in one statement: every request makes this read, and it used to take five
-- round trips (the session, then a transaction around the memberships).
--
--   * the session must be open and unexpired, and its account enabled;
--     otherwise no row;
--   * one row per school membership (entry_kind 'membership', the school's
--     id, UAI, name, académie and the role held) and per académie inspected
--     (entry_kind 'academy', its id, code and name), ordered by name then id;
--     a user with neither gets one row whose entry_kind is NULL;
--   * memberships are read under the user's own row-level security: the
--     function runs with the caller's rights and sets app.user_id for its
--     query only, then puts the caller's value back.
CREATE FUNCTION app_session_scope(session uuid)
RETURNS TABLE (
    user_id uuid, user_email text, user_name text, user_is_admin boolean,
    entry_kind text, entry_id uuid, entry_code text, entry_name text, entry_role text, entry_academy_id uuid
)
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    signed_in record;
    saved_user text := coalesce(current_setting('app.user_id', true), '');
BEGIN
    SELECT u.id, u.email::text AS email, u.name::text AS name, u.is_admin INTO signed_in
    FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = session AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL;
    IF NOT FOUND THEN RETURN; END IF;

    PERFORM set_config('app.user_id', signed_in.id::text, true);
    RETURN QUERY
        SELECT signed_in.id, signed_in.email, signed_in.name, signed_in.is_admin,
               e.kind, e.id, e.code, e.name, e.role, e.academy_id
        FROM (SELECT 1) AS one
        LEFT JOIN (
            SELECT 'membership'::text AS kind, est.id, est.uai::text AS code, est.name::text AS name, m.role::text AS role, est.academy_id
            FROM memberships m JOIN establishments est ON est.id = m.establishment_id
            WHERE m.user_id = signed_in.id
            UNION ALL
            SELECT 'academy', a.id, a.code::text, a.name::text, NULL, NULL
            FROM inspector_assignments i JOIN academies a ON a.id = i.academy_id
            WHERE i.user_id = signed_in.id
        ) AS e ON true
        ORDER BY e.name, e.id;
    PERFORM set_config('app.user_id', saved_user, true);
END $$;
REVOKE ALL ON FUNCTION app_session_scope(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_session_scope(uuid) TO boussole_app;
