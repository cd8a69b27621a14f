-- CreateEnum
CREATE TYPE "membership_role" AS ENUM ('COORDINATOR', 'TEACHER', 'PRINCIPAL');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "disabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "is_admin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "password_hash" VARCHAR(255),
ADD COLUMN     "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "memberships" (
    "establishment_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "membership_role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("establishment_id","user_id")
);

-- CreateTable
CREATE TABLE "inspector_assignments" (
    "user_id" UUID NOT NULL,
    "academy_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspector_assignments_pkey" PRIMARY KEY ("user_id","academy_id")
);

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "method" VARCHAR(32) NOT NULL,

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_throttles" (
    "key" CHAR(64) NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),

    CONSTRAINT "auth_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "establishment_id" UUID,
    "actor_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(128) NOT NULL,
    "summary" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE INDEX "inspector_assignments_academy_id_idx" ON "inspector_assignments"("academy_id");

-- CreateIndex
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- CreateIndex
CREATE INDEX "audit_events_establishment_id_at_idx" ON "audit_events"("establishment_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspector_assignments" ADD CONSTRAINT "inspector_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspector_assignments" ADD CONSTRAINT "inspector_assignments_academy_id_fkey" FOREIGN KEY ("academy_id") REFERENCES "academies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand: the tenancy rules, which Prisma cannot express.
-- ---------------------------------------------------------------------------

-- The role the application connects as: it owns nothing, is not superuser and
-- cannot bypass row-level security. Roles belong to the whole server, so it is
-- created only once.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'boussole_app') THEN
        CREATE ROLE boussole_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO boussole_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON academies, establishments, users, memberships,
    inspector_assignments, user_sessions, auth_throttles TO boussole_app;
-- The audit trail is append-only for the application.
GRANT SELECT, INSERT ON audit_events TO boussole_app;

-- The request's scope, set by the app with set_config(..., true) at the start
-- of each transaction (never per session: pooled connections are shared).
--   app.user_id   the signed-in user
--   app.readable  comma-separated ids of the establishments it may read
--   app.writable  the id of the establishment it may write, or empty
--   app.admin     'on' for a platform administrator
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.admin', true), '') = 'on' $$;
CREATE FUNCTION app_can_read(establishment uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_is_admin() OR establishment = ANY (string_to_array(nullif(current_setting('app.readable', true), ''), ',')::uuid[]) $$;
CREATE FUNCTION app_can_write(establishment uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT app_is_admin() OR establishment = nullif(current_setting('app.writable', true), '')::uuid $$;

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
-- A user always sees their own memberships: that is how their scope is built.
CREATE POLICY memberships_read ON memberships FOR SELECT
    USING (app_can_read(establishment_id) OR user_id = app_user_id());
CREATE POLICY memberships_write ON memberships FOR ALL
    USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_read ON audit_events FOR SELECT
    USING (app_is_admin() OR (establishment_id IS NOT NULL AND app_can_read(establishment_id)));
CREATE POLICY audit_events_insert ON audit_events FOR INSERT
    WITH CHECK (app_user_id() IS NOT NULL AND (establishment_id IS NULL OR app_can_write(establishment_id)));
