-- Written by hand (no change to schema.prisma): a school's team is managed
-- under its own scope setting, so that the database itself keeps principals
-- (who manage the team) out of the steering work, and coordinators (who do the
-- steering work) out of the team.
--   app.manageable  the id of the establishment whose memberships may be written, or empty
CREATE FUNCTION app_can_manage(establishment uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_is_admin() OR establishment = nullif(current_setting('app.manageable', true), '')::uuid $$;

DROP POLICY memberships_write ON memberships;
CREATE POLICY memberships_write ON memberships FOR ALL
    USING (app_can_manage(establishment_id)) WITH CHECK (app_can_manage(establishment_id));

DROP POLICY audit_events_insert ON audit_events;
CREATE POLICY audit_events_insert ON audit_events FOR INSERT
    WITH CHECK (app_user_id() IS NOT NULL AND (establishment_id IS NULL
        OR app_can_write(establishment_id) OR app_can_manage(establishment_id)));
