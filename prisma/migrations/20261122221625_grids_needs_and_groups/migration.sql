-- CreateEnum
CREATE TYPE "pdca_phase" AS ENUM ('PLAN', 'DO', 'CHECK', 'ACT');

-- CreateEnum
CREATE TYPE "grid_item_kind" AS ENUM ('QUESTION', 'INDICATOR', 'GUIDANCE');

-- CreateEnum
CREATE TYPE "grid_status" AS ENUM ('DRAFT', 'SUBMITTED', 'VALIDATED', 'RETURNED');

-- CreateEnum
CREATE TYPE "answer_status" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'ANSWERED');

-- CreateEnum
CREATE TYPE "grid_event_kind" AS ENUM ('CREATION', 'SUBMISSION', 'VALIDATION', 'RETURN', 'REOPENING', 'COACHING');

-- CreateEnum
CREATE TYPE "action_status" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED');

-- CreateEnum
CREATE TYPE "competency_domain" AS ENUM ('FRENCH', 'MATHEMATICS', 'METHODS', 'PSYCHOSOCIAL', 'CAREER');

-- CreateEnum
CREATE TYPE "positioning_tool_kind" AS ENUM ('NATIONAL_TEST', 'DIAGNOSTIC_EVALUATION', 'INTERVIEW', 'LSU_RECORD', 'SCHOOL_OWN');

-- CreateEnum
CREATE TYPE "mastery_level" AS ENUM ('INSUFFICIENT', 'FRAGILE', 'SATISFACTORY', 'VERY_GOOD');

-- CreateEnum
CREATE TYPE "need_group_kind" AS ENUM ('REMEDIATION', 'DEEPENING', 'METHODOLOGY', 'PROJECT', 'GUIDANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "meeting_body" AS ENUM ('PEDAGOGICAL_COUNCIL', 'TEACHING_TEAM', 'SUBJECT_COUNCIL', 'OTHER');

-- CreateEnum
CREATE TYPE "attendance_status" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateTable
CREATE TABLE "stored_files" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "file_name" VARCHAR(200) NOT NULL,
    "media_type" VARCHAR(120) NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "grid_sheets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" VARCHAR(60) NOT NULL,
    "version" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "subtitle" VARCHAR(300) NOT NULL DEFAULT '',
    "source" VARCHAR(300) NOT NULL DEFAULT '',
    "framework_code" VARCHAR(40) NOT NULL,
    "strands" "strand_kind"[],
    "context" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_sheets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grid_sections" (
    "sheet_id" UUID NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "phase" "pdca_phase" NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "position" INTEGER NOT NULL,
    "borrowed_from" VARCHAR(120) NOT NULL DEFAULT '',

    CONSTRAINT "grid_sections_pkey" PRIMARY KEY ("sheet_id","key")
);

-- CreateTable
CREATE TABLE "grid_items" (
    "sheet_id" UUID NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "section_key" VARCHAR(80) NOT NULL,
    "kind" "grid_item_kind" NOT NULL,
    "text" TEXT NOT NULL,
    "sub_items" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "grid_items_pkey" PRIMARY KEY ("sheet_id","key")
);

-- CreateTable
CREATE TABLE "grids" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "scheme_id" UUID NOT NULL,
    "sheet_id" UUID NOT NULL,
    "status" "grid_status" NOT NULL DEFAULT 'DRAFT',
    "carried_from_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grids_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "grid_answers" (
    "establishment_id" UUID NOT NULL,
    "grid_id" UUID NOT NULL,
    "item_key" VARCHAR(80) NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "status" "answer_status" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_answers_pkey" PRIMARY KEY ("establishment_id","grid_id","item_key")
);

-- CreateTable
CREATE TABLE "grid_answer_revisions" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "grid_id" UUID NOT NULL,
    "item_key" VARCHAR(80) NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "status" "answer_status" NOT NULL,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_answer_revisions_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "grid_evidence" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "grid_id" UUID NOT NULL,
    "item_key" VARCHAR(80) NOT NULL,
    "file_id" UUID,
    "indicator_key" VARCHAR(80),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_evidence_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "grid_events" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "grid_id" UUID NOT NULL,
    "kind" "grid_event_kind" NOT NULL,
    "comment" VARCHAR(4000) NOT NULL DEFAULT '',
    "author_id" UUID,
    "author_name" VARCHAR(120) NOT NULL DEFAULT '',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_events_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "grid_actions" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "grid_id" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "process" VARCHAR(4000) NOT NULL DEFAULT '',
    "owner" VARCHAR(120) NOT NULL DEFAULT '',
    "indicator" VARCHAR(300) NOT NULL DEFAULT '',
    "starts_on" DATE,
    "due_on" DATE,
    "status" "action_status" NOT NULL DEFAULT 'PLANNED',
    "done_on" DATE,
    "carried_from_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_actions_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "grid_key_dates" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "grid_id" UUID NOT NULL,
    "occurs_on" DATE NOT NULL,
    "label" VARCHAR(200) NOT NULL,

    CONSTRAINT "grid_key_dates_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "pupils" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_year" INTEGER NOT NULL,
    "division_id" UUID NOT NULL,
    "first_name" VARCHAR(80) NOT NULL,
    "last_name" VARCHAR(80) NOT NULL,
    "local_id" VARCHAR(40),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pupils_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "competencies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "establishment_id" UUID,
    "domain" "competency_domain" NOT NULL,
    "label" VARCHAR(160) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "competencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "positioning_tools" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "establishment_id" UUID,
    "kind" "positioning_tool_kind" NOT NULL,
    "label" VARCHAR(160) NOT NULL,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "positioning_tools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diagnostic_results" (
    "establishment_id" UUID NOT NULL,
    "pupil_id" UUID NOT NULL,
    "competency_id" UUID NOT NULL,
    "period_id" UUID NOT NULL,
    "level" "mastery_level" NOT NULL,
    "tool_id" UUID,
    "recorded_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "diagnostic_results_pkey" PRIMARY KEY ("establishment_id","pupil_id","competency_id","period_id")
);

-- CreateTable
CREATE TABLE "need_groups" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "period_id" UUID NOT NULL,
    "scheme_id" UUID NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "need_group_kind" NOT NULL,
    "focus" VARCHAR(160) NOT NULL DEFAULT '',
    "weekday" INTEGER NOT NULL,
    "start_minute" INTEGER NOT NULL,
    "end_minute" INTEGER NOT NULL,
    "first_week" INTEGER,
    "last_week" INTEGER,
    "room" VARCHAR(60) NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "planned_hours" DECIMAL(6,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "need_groups_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "need_group_teachers" (
    "establishment_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "need_group_teachers_pkey" PRIMARY KEY ("establishment_id","group_id","user_id")
);

-- CreateTable
CREATE TABLE "need_group_members" (
    "establishment_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "pupil_id" UUID NOT NULL,
    "reason" VARCHAR(300) NOT NULL DEFAULT '',

    CONSTRAINT "need_group_members_pkey" PRIMARY KEY ("establishment_id","group_id","pupil_id")
);

-- CreateTable
CREATE TABLE "pupil_referents" (
    "establishment_id" UUID NOT NULL,
    "pupil_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pupil_referents_pkey" PRIMARY KEY ("establishment_id","pupil_id")
);

-- CreateTable
CREATE TABLE "referent_interviews" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "pupil_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "referent_interviews_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "steering_settings" (
    "establishment_id" UUID NOT NULL,
    "referent_caseload_limit" INTEGER NOT NULL DEFAULT 12,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "steering_settings_pkey" PRIMARY KEY ("establishment_id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_year" INTEGER NOT NULL,
    "held_on" DATE NOT NULL,
    "body" "meeting_body" NOT NULL,
    "body_label" VARCHAR(120) NOT NULL DEFAULT '',
    "participants" VARCHAR(2000) NOT NULL DEFAULT '',
    "agenda" VARCHAR(4000) NOT NULL DEFAULT '',
    "decisions" VARCHAR(4000) NOT NULL DEFAULT '',
    "minutes_file_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "group_sessions" (
    "establishment_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "group_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "hours" DECIMAL(4,2) NOT NULL,
    "recorded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_sessions_pkey" PRIMARY KEY ("establishment_id","id")
);

-- CreateTable
CREATE TABLE "session_attendance" (
    "establishment_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "pupil_id" UUID NOT NULL,
    "status" "attendance_status" NOT NULL,

    CONSTRAINT "session_attendance_pkey" PRIMARY KEY ("establishment_id","session_id","pupil_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "grid_sheets_key_version_key" ON "grid_sheets"("key", "version");

-- CreateIndex
CREATE INDEX "grid_items_sheet_id_section_key_position_idx" ON "grid_items"("sheet_id", "section_key", "position");

-- CreateIndex
CREATE UNIQUE INDEX "grids_establishment_id_scheme_id_key" ON "grids"("establishment_id", "scheme_id");

-- CreateIndex
CREATE UNIQUE INDEX "grid_answer_revisions_establishment_id_grid_id_item_key_ver_key" ON "grid_answer_revisions"("establishment_id", "grid_id", "item_key", "version");

-- CreateIndex
CREATE INDEX "grid_evidence_establishment_id_grid_id_item_key_idx" ON "grid_evidence"("establishment_id", "grid_id", "item_key");

-- CreateIndex
CREATE INDEX "grid_events_establishment_id_grid_id_at_idx" ON "grid_events"("establishment_id", "grid_id", "at");

-- CreateIndex
CREATE INDEX "grid_actions_establishment_id_grid_id_idx" ON "grid_actions"("establishment_id", "grid_id");

-- CreateIndex
CREATE INDEX "grid_key_dates_establishment_id_grid_id_occurs_on_idx" ON "grid_key_dates"("establishment_id", "grid_id", "occurs_on");

-- CreateIndex
CREATE INDEX "pupils_establishment_id_school_year_division_id_idx" ON "pupils"("establishment_id", "school_year", "division_id");

-- CreateIndex
CREATE INDEX "competencies_establishment_id_idx" ON "competencies"("establishment_id");

-- CreateIndex
CREATE INDEX "positioning_tools_establishment_id_idx" ON "positioning_tools"("establishment_id");

-- CreateIndex
CREATE INDEX "diagnostic_results_establishment_id_period_id_idx" ON "diagnostic_results"("establishment_id", "period_id");

-- CreateIndex
CREATE INDEX "need_groups_establishment_id_period_id_idx" ON "need_groups"("establishment_id", "period_id");

-- CreateIndex
CREATE INDEX "need_group_teachers_establishment_id_user_id_idx" ON "need_group_teachers"("establishment_id", "user_id");

-- CreateIndex
CREATE INDEX "need_group_members_establishment_id_pupil_id_idx" ON "need_group_members"("establishment_id", "pupil_id");

-- CreateIndex
CREATE INDEX "pupil_referents_establishment_id_user_id_idx" ON "pupil_referents"("establishment_id", "user_id");

-- CreateIndex
CREATE INDEX "referent_interviews_establishment_id_pupil_id_held_on_idx" ON "referent_interviews"("establishment_id", "pupil_id", "held_on");

-- CreateIndex
CREATE INDEX "meetings_establishment_id_school_year_held_on_idx" ON "meetings"("establishment_id", "school_year", "held_on");

-- CreateIndex
CREATE UNIQUE INDEX "group_sessions_establishment_id_group_id_held_on_key" ON "group_sessions"("establishment_id", "group_id", "held_on");

-- AddForeignKey
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_sections" ADD CONSTRAINT "grid_sections_sheet_id_fkey" FOREIGN KEY ("sheet_id") REFERENCES "grid_sheets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_items" ADD CONSTRAINT "grid_items_sheet_id_fkey" FOREIGN KEY ("sheet_id") REFERENCES "grid_sheets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_items" ADD CONSTRAINT "grid_items_sheet_id_section_key_fkey" FOREIGN KEY ("sheet_id", "section_key") REFERENCES "grid_sections"("sheet_id", "key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grids" ADD CONSTRAINT "grids_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grids" ADD CONSTRAINT "grids_establishment_id_scheme_id_fkey" FOREIGN KEY ("establishment_id", "scheme_id") REFERENCES "schemes"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grids" ADD CONSTRAINT "grids_sheet_id_fkey" FOREIGN KEY ("sheet_id") REFERENCES "grid_sheets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_answers" ADD CONSTRAINT "grid_answers_establishment_id_grid_id_fkey" FOREIGN KEY ("establishment_id", "grid_id") REFERENCES "grids"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_answer_revisions" ADD CONSTRAINT "grid_answer_revisions_establishment_id_grid_id_fkey" FOREIGN KEY ("establishment_id", "grid_id") REFERENCES "grids"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_evidence" ADD CONSTRAINT "grid_evidence_establishment_id_grid_id_fkey" FOREIGN KEY ("establishment_id", "grid_id") REFERENCES "grids"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_evidence" ADD CONSTRAINT "grid_evidence_establishment_id_file_id_fkey" FOREIGN KEY ("establishment_id", "file_id") REFERENCES "stored_files"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_events" ADD CONSTRAINT "grid_events_establishment_id_grid_id_fkey" FOREIGN KEY ("establishment_id", "grid_id") REFERENCES "grids"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_actions" ADD CONSTRAINT "grid_actions_establishment_id_grid_id_fkey" FOREIGN KEY ("establishment_id", "grid_id") REFERENCES "grids"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid_key_dates" ADD CONSTRAINT "grid_key_dates_establishment_id_grid_id_fkey" FOREIGN KEY ("establishment_id", "grid_id") REFERENCES "grids"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pupils" ADD CONSTRAINT "pupils_establishment_id_division_id_fkey" FOREIGN KEY ("establishment_id", "division_id") REFERENCES "divisions"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "competencies" ADD CONSTRAINT "competencies_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "positioning_tools" ADD CONSTRAINT "positioning_tools_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_results" ADD CONSTRAINT "diagnostic_results_establishment_id_pupil_id_fkey" FOREIGN KEY ("establishment_id", "pupil_id") REFERENCES "pupils"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_results" ADD CONSTRAINT "diagnostic_results_establishment_id_period_id_fkey" FOREIGN KEY ("establishment_id", "period_id") REFERENCES "periods"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_results" ADD CONSTRAINT "diagnostic_results_competency_id_fkey" FOREIGN KEY ("competency_id") REFERENCES "competencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnostic_results" ADD CONSTRAINT "diagnostic_results_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "positioning_tools"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_groups" ADD CONSTRAINT "need_groups_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_groups" ADD CONSTRAINT "need_groups_establishment_id_period_id_fkey" FOREIGN KEY ("establishment_id", "period_id") REFERENCES "periods"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_groups" ADD CONSTRAINT "need_groups_establishment_id_scheme_id_fkey" FOREIGN KEY ("establishment_id", "scheme_id") REFERENCES "schemes"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_group_teachers" ADD CONSTRAINT "need_group_teachers_establishment_id_group_id_fkey" FOREIGN KEY ("establishment_id", "group_id") REFERENCES "need_groups"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_group_teachers" ADD CONSTRAINT "need_group_teachers_establishment_id_user_id_fkey" FOREIGN KEY ("establishment_id", "user_id") REFERENCES "memberships"("establishment_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_group_members" ADD CONSTRAINT "need_group_members_establishment_id_group_id_fkey" FOREIGN KEY ("establishment_id", "group_id") REFERENCES "need_groups"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_group_members" ADD CONSTRAINT "need_group_members_establishment_id_pupil_id_fkey" FOREIGN KEY ("establishment_id", "pupil_id") REFERENCES "pupils"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pupil_referents" ADD CONSTRAINT "pupil_referents_establishment_id_pupil_id_fkey" FOREIGN KEY ("establishment_id", "pupil_id") REFERENCES "pupils"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pupil_referents" ADD CONSTRAINT "pupil_referents_establishment_id_user_id_fkey" FOREIGN KEY ("establishment_id", "user_id") REFERENCES "memberships"("establishment_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referent_interviews" ADD CONSTRAINT "referent_interviews_establishment_id_pupil_id_fkey" FOREIGN KEY ("establishment_id", "pupil_id") REFERENCES "pupils"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referent_interviews" ADD CONSTRAINT "referent_interviews_establishment_id_user_id_fkey" FOREIGN KEY ("establishment_id", "user_id") REFERENCES "memberships"("establishment_id", "user_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "steering_settings" ADD CONSTRAINT "steering_settings_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_establishment_id_fkey" FOREIGN KEY ("establishment_id") REFERENCES "establishments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_establishment_id_minutes_file_id_fkey" FOREIGN KEY ("establishment_id", "minutes_file_id") REFERENCES "stored_files"("establishment_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_establishment_id_group_id_fkey" FOREIGN KEY ("establishment_id", "group_id") REFERENCES "need_groups"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_establishment_id_session_id_fkey" FOREIGN KEY ("establishment_id", "session_id") REFERENCES "group_sessions"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_establishment_id_pupil_id_fkey" FOREIGN KEY ("establishment_id", "pupil_id") REFERENCES "pupils"("establishment_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: checks, grants, row-level security, reference data.
-- ---------------------------------------------------------------------------

-- The request's roles on the school it works on, as "establishment=ROLE" pairs
-- (app.roles), so that policies can tell a principal, a teacher or an
-- inspector apart from the coordinators who write the steering work.
CREATE FUNCTION app_has_role(establishment uuid, role text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT (establishment::text || '=' || role) = ANY (string_to_array(nullif(current_setting('app.roles', true), ''), ',')) $$;
-- Pupils' rows are read by the school's staff only: never by an inspector.
CREATE FUNCTION app_is_staff(establishment uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT app_is_admin() OR app_can_write(establishment) OR app_has_role(establishment, 'COORDINATOR')
        OR app_has_role(establishment, 'TEACHER') OR app_has_role(establishment, 'PRINCIPAL')
        OR app_has_role(establishment, 'ADMIN') $$;

ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_size_check" CHECK (byte_size BETWEEN 1 AND 10485760 AND byte_size = octet_length(content));
ALTER TABLE "grid_answers" ADD CONSTRAINT "grid_answers_version_check" CHECK (version >= 1);
ALTER TABLE "grid_evidence" ADD CONSTRAINT "grid_evidence_target_check" CHECK ((file_id IS NULL) <> (indicator_key IS NULL));
ALTER TABLE "grid_actions" ADD CONSTRAINT "grid_actions_dates_check" CHECK (starts_on IS NULL OR due_on IS NULL OR due_on >= starts_on);
ALTER TABLE "need_groups" ADD CONSTRAINT "need_groups_slot_check" CHECK (
    weekday BETWEEN 1 AND 7 AND start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute
    AND capacity BETWEEN 1 AND 200 AND planned_hours BETWEEN 0 AND 1000
    AND (first_week IS NULL) = (last_week IS NULL) AND (first_week IS NULL OR (first_week >= 1 AND last_week >= first_week AND last_week <= 52))
);
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_hours_check" CHECK (hours > 0 AND hours <= 12);
ALTER TABLE "steering_settings" ADD CONSTRAINT "steering_settings_caseload_check" CHECK (referent_caseload_limit BETWEEN 1 AND 200);
CREATE UNIQUE INDEX "pupils_local_id_key" ON "pupils" ("establishment_id", "school_year", "local_id") WHERE local_id IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON grid_sheets, grid_sections, grid_items,
    stored_files, grids, grid_answers, grid_evidence, grid_actions, grid_key_dates,
    pupils, competencies, positioning_tools, diagnostic_results, need_groups, need_group_teachers,
    need_group_members, pupil_referents, referent_interviews, steering_settings, meetings,
    group_sessions, session_attendance TO boussole_app;
-- Append-only: an answer's history and the grid's workflow trail.
GRANT SELECT, INSERT ON grid_answer_revisions, grid_events TO boussole_app;

-- Audit events may now be written by whoever acts on the school (a principal
-- validating a grid, an inspector's coaching comment, a teacher's attendance).
DROP POLICY audit_events_insert ON audit_events;
CREATE POLICY audit_events_insert ON audit_events FOR INSERT
    WITH CHECK (app_user_id() IS NOT NULL AND (establishment_id IS NULL
        OR app_can_write(establishment_id) OR app_can_manage(establishment_id)
        OR app_has_role(establishment_id, 'PRINCIPAL') OR app_has_role(establishment_id, 'TEACHER')
        OR app_has_role(establishment_id, 'INSPECTOR')));

-- Tables read by every reader of the school and written by its steering team.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['stored_files', 'grids', 'grid_answers', 'grid_evidence', 'grid_actions',
        'grid_key_dates', 'need_groups', 'need_group_teachers', 'steering_settings', 'meetings']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (app_can_read(establishment_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id))', t || '_write', t);
    END LOOP;
END $$;

-- The principal validates or returns the grid (its status only, by the app).
CREATE POLICY grids_review ON grids FOR UPDATE
    USING (app_has_role(establishment_id, 'PRINCIPAL')) WITH CHECK (app_has_role(establishment_id, 'PRINCIPAL'));

ALTER TABLE grid_answer_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE grid_answer_revisions FORCE ROW LEVEL SECURITY;
CREATE POLICY grid_answer_revisions_read ON grid_answer_revisions FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY grid_answer_revisions_insert ON grid_answer_revisions FOR INSERT
    WITH CHECK (app_can_write(establishment_id) AND author_id = app_user_id());

ALTER TABLE grid_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE grid_events FORCE ROW LEVEL SECURITY;
CREATE POLICY grid_events_read ON grid_events FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY grid_events_insert ON grid_events FOR INSERT
    WITH CHECK (author_id = app_user_id() AND (app_can_write(establishment_id)
        OR app_has_role(establishment_id, 'PRINCIPAL')
        OR (kind = 'COACHING' AND app_has_role(establishment_id, 'INSPECTOR'))));

-- National catalogue rows (no establishment) are read by all and written by admins;
-- a school's own rows by its readers and steering team.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['competencies', 'positioning_tools']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (establishment_id IS NULL OR app_can_read(establishment_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (CASE WHEN establishment_id IS NULL THEN app_is_admin() ELSE app_can_write(establishment_id) END) WITH CHECK (CASE WHEN establishment_id IS NULL THEN app_is_admin() ELSE app_can_write(establishment_id) END)', t || '_write', t);
    END LOOP;
END $$;

-- Pupils' rows: the school's staff only, never an inspector (who sees aggregates).
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['pupils', 'need_group_members', 'pupil_referents']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (app_can_read(establishment_id) AND app_is_staff(establishment_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (app_can_write(establishment_id)) WITH CHECK (app_can_write(establishment_id))', t || '_write', t);
    END LOOP;
END $$;

-- Written by coordinators, and by teachers for their own groups and pupils
-- (the app checks which): diagnostics, sessions, attendance, referent interviews.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['diagnostic_results', 'session_attendance', 'referent_interviews']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (app_can_read(establishment_id) AND app_is_staff(establishment_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING (app_can_write(establishment_id) OR app_has_role(establishment_id, ''TEACHER'')) WITH CHECK (app_can_write(establishment_id) OR app_has_role(establishment_id, ''TEACHER''))', t || '_write', t);
    END LOOP;
END $$;
ALTER TABLE group_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE group_sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY group_sessions_read ON group_sessions FOR SELECT USING (app_can_read(establishment_id));
CREATE POLICY group_sessions_write ON group_sessions FOR ALL
    USING (app_can_write(establishment_id) OR app_has_role(establishment_id, 'TEACHER'))
    WITH CHECK (app_can_write(establishment_id) OR app_has_role(establishment_id, 'TEACHER'));

-- Reference data: positioning tools and competencies (schools add their own).
INSERT INTO positioning_tools (kind, label) VALUES
  ('NATIONAL_TEST', 'Tests de positionnement nationaux (seconde, CAP)'),
  ('DIAGNOSTIC_EVALUATION', 'Évaluation diagnostique'),
  ('INTERVIEW', 'Entretien individuel'),
  ('LSU_RECORD', 'Livret scolaire (LSU / LSL)');
INSERT INTO competencies (domain, label, position) VALUES
  ('FRENCH', 'Lire et comprendre un texte', 1),
  ('FRENCH', 'Écrire un texte', 2),
  ('FRENCH', 'S''exprimer à l''oral', 3),
  ('FRENCH', 'Étude de la langue (orthographe, grammaire)', 4),
  ('MATHEMATICS', 'Nombres et calcul', 1),
  ('MATHEMATICS', 'Résoudre un problème', 2),
  ('MATHEMATICS', 'Géométrie et mesures', 3),
  ('MATHEMATICS', 'Organisation et gestion de données', 4),
  ('METHODS', 'S''organiser dans son travail', 1),
  ('METHODS', 'Apprendre et mémoriser', 2),
  ('METHODS', 'Rechercher et traiter l''information', 3),
  ('METHODS', 'Utiliser les outils numériques', 4),
  ('PSYCHOSOCIAL', 'Confiance en soi', 1),
  ('PSYCHOSOCIAL', 'Travailler en équipe', 2),
  ('PSYCHOSOCIAL', 'Gérer ses émotions et son stress', 3),
  ('PSYCHOSOCIAL', 'Communiquer et respecter autrui', 4),
  ('CAREER', 'Connaître les métiers et les formations', 1),
  ('CAREER', 'Construire son projet d''orientation', 2),
  ('CAREER', 'Préparer les périodes en entreprise (PFMP)', 3),
  ('CAREER', 'Envisager la poursuite d''études ou l''insertion', 4);

-- Reference data: the question bank, version 1 of each sheet, word for word from the seeds
-- (generated from src/features/pdca/question-bank, whose test compares it with the seed files).
INSERT INTO grid_sheets (key, version, title, subtitle, source, framework_code, strands, context) VALUES ('tvp-general', 1, 'Dispositifs d’accompagnement de la TVP – grille générale', '', '000_4eb1c5e3645eb11f.txt', 'TVP-2019', ARRAY['CONSOLIDATION', 'PERSONALISED_SUPPORT', 'GUIDANCE']::strand_kind[], 'Les dispositifs d’accompagnement représentent un volume horaire important pour les élèves : 3h hebdomadaires en Bac Pro et 3,5h en CAP.
Objectifs : répondre aux besoins des élèves : consolider les compétences du socle commun, soutenir les apprentissages et accompagner le projet d’orientation de l’élève.');
INSERT INTO grid_sections (sheet_id, key, phase, title, position, borrowed_from) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'contexte', 'PLAN', 'Contexte, stratégie, sens, objectifs', 0, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'strategie', 'DO', 'Choix d’une stratégie d’accompagnement', 1, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'diagnostic', 'DO', 'Phase de diagnostic des besoins', 2, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'accompagnement', 'DO', 'Phase d’accompagnement', 3, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'bilan', 'DO', 'Phase de bilan', 4, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'indicateurs', 'CHECK', 'Exemples d’indicateurs de suivi', 5, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'diagnostic-partage', 'ACT', 'Diagnostic partagé', 6, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'agir', 'ACT', 'Agir', 7, '');
INSERT INTO grid_items (sheet_id, key, section_key, kind, text, sub_items, position) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quel-projet-accompagnement-au-regard', 'contexte', 'QUESTION', 'Quel projet d’accompagnement au regard des besoins identifiés ?', '{}'::text[], 0),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quelle-coherence-entre-les-dispositifs', 'contexte', 'QUESTION', 'Quelle cohérence entre les dispositifs d’accompagnement des élèves et les autres dispositifs de la TVP ?', '{}'::text[], 1),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quelles-plus-values-pour-les', 'contexte', 'QUESTION', 'Quelles plus values pour les élèves ?', '{}'::text[], 2),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quel-pilotage', 'strategie', 'QUESTION', 'Quel pilotage ?', '{}'::text[], 3),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quel-temps-de-concertation-pour', 'strategie', 'QUESTION', 'Quel temps de concertation pour construire, formaliser et assurer un suivi ?', '{}'::text[], 4),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quels-sont-les-objectifs-de', 'strategie', 'QUESTION', 'Quels sont les objectifs de formation privilégiés - au regard des attendus de ce dispositif ( et de ces 3 composantes) ?', '{}'::text[], 5),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'qui-intervient-et-sur-quels', 'strategie', 'QUESTION', 'Qui intervient et sur quels temps ? Lieu, Taille du groupe, fréquence, Plage horaire identifiée dans les EDT ou non ?', '{}'::text[], 6),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'comment-identifier-les-besoins-des', 'diagnostic', 'QUESTION', 'Comment identifier les besoins des élèves ?', '{}'::text[], 7),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quelles-competences-choisir-de-developper', 'diagnostic', 'QUESTION', 'Quelles compétences choisir de développer (disciplinaires et transversales) ? Au regard de quoi ?', '{}'::text[], 8),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'comment-partager-le-diagnostic-avec', 'diagnostic', 'QUESTION', 'Comment partager le diagnostic avec l’élève ?', '{}'::text[], 9),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'comment-les-objectifs-de-formation', 'accompagnement', 'QUESTION', 'Comment les objectifs de formation ou attendus sont fixés et communiqués aux élèves ?', '{}'::text[], 10),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quelles-sont-les-activites-confiees', 'accompagnement', 'QUESTION', 'Quelles sont les activités confiées aux élèves ?', '{}'::text[], 11),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'des-referents-de-accompagnement-de', 'accompagnement', 'QUESTION', 'Des référents de l’accompagnement de chaque jeune sont–ils identifiés ?', '{}'::text[], 12),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quelles-mesures-et-quel-suivi', 'bilan', 'QUESTION', 'Quelles mesures et quel suivi des acquis et des progrès réalisés au regard des attendus ? Quel est le suivi des compétences visées ?', '{}'::text[], 13),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'comment-le-jeune-prend-il', 'bilan', 'QUESTION', 'Comment le jeune prend il conscience des progrès réalisés ?', '{}'::text[], 14),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'comment-partager-et-ou-communiquer', 'bilan', 'QUESTION', 'Comment partager et/ou communiquer avec les différents acteurs au sein de l’équipe et plus globalement dans l’établissement (observables, bilan des actions, nouveaux objectifs) ?', '{}'::text[], 15),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'quels-impacts-pour-les-eleves', 'bilan', 'QUESTION', 'Quels impacts pour les élèves, pour les enseignants ?', '{}'::text[], 16),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'nombre-de-reunions-de-concertation', 'indicateurs', 'INDICATOR', 'Nombre de réunions de concertation', '{}'::text[], 17),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'formalisation-du-projet-accompagnement', 'indicateurs', 'INDICATOR', 'Formalisation du projet d’accompagnement :', ARRAY['des objectifs, des compétences;', 'du calendrier (planning),', 'Des acteurs (nombre d’enseignants impliqués...']::text[], 18),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'outils-identification-des-besoins', 'indicateurs', 'INDICATOR', 'Outils d’identification des besoins;', '{}'::text[], 19),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'outils-de-communication-avec-les', 'indicateurs', 'INDICATOR', 'Outils de communication avec les élèves', '{}'::text[], 20),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'nom-des-enseignants-referents-de', 'indicateurs', 'INDICATOR', 'Nom des enseignants référents de l’accompagnement', '{}'::text[], 21),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'outils-de-suivi-de-maitrise', 'indicateurs', 'INDICATOR', 'Outils de suivi de maîtrise des compétences', '{}'::text[], 22),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'taux-absenteisme-decrochage-nombre-eleves', 'indicateurs', 'INDICATOR', 'Taux d’absentéisme, décrochage, nombre d’élèves réorientés et/ou en poursuite d’études…', '{}'::text[], 23),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'impacts-sur-les-pratiques-professionnelles', 'indicateurs', 'INDICATOR', 'Impacts sur les pratiques professionnelles des enseignants et leur bien-être au travail', '{}'::text[], 24),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'impacts-sur-le-climat-scolaire', 'indicateurs', 'INDICATOR', 'Impacts sur le climat scolaire et le bien-être des élèves', '{}'::text[], 25),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'nombre-de-bilans-intermediaires-nature', 'indicateurs', 'QUESTION', 'Nombre de bilans intermédiaires ? Nature des outils mobilisés ?', '{}'::text[], 26),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'points-forts', 'diagnostic-partage', 'GUIDANCE', 'Points forts', '{}'::text[], 27),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'points-faibles', 'diagnostic-partage', 'GUIDANCE', 'Points faibles', '{}'::text[], 28),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'objectifs', 'agir', 'GUIDANCE', 'Objectifs', '{}'::text[], 29),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'actions', 'agir', 'GUIDANCE', 'Actions', '{}'::text[], 30),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'elements-action', 'agir', 'GUIDANCE', 'Éléments d’action', ARRAY['Pour chaque proposition, écrire le processus mis en œuvre avec un indicateur']::text[], 31),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-general' AND version = 1), 'dates-cle', 'agir', 'GUIDANCE', 'Dates clé', '{}'::text[], 32);
INSERT INTO grid_sheets (key, version, title, subtitle, source, framework_code, strands, context) VALUES ('cap-ap-1.6', 1, 'Accompagnement personnalisé en CAP (fiche 1.6)', '', '001_d037e65caeb2810d.txt', 'TVP-2019', ARRAY['PERSONALISED_SUPPORT']::strand_kind[], 'Chaque élève bénéficie d’un temps d’accompagnement qui répond à ses besoins, à ses aspirations et à ses projets.
L’accompagnement personnalisé est un volet du dispositif d’accompagnement en classe de CAP.');
INSERT INTO grid_sections (sheet_id, key, phase, title, position, borrowed_from) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'contexte', 'PLAN', 'Contexte, stratégie, sens, objectifs', 0, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'organisation-pedagogique', 'DO', 'Organisation pédagogique', 1, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'modalites-pedagogiques', 'DO', 'Modalités pédagogiques', 2, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'suivi-et-evaluation', 'DO', 'Suivi et évaluation', 3, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'indicateurs', 'CHECK', 'Exemples d’outils et d’indicateurs de suivi', 4, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'diagnostic-partage', 'ACT', 'Diagnostic partagé', 5, '000_4eb1c5e3645eb11f.txt'),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'agir', 'ACT', 'Agir', 6, '000_4eb1c5e3645eb11f.txt');
INSERT INTO grid_items (sheet_id, key, section_key, kind, text, sub_items, position) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-ce-volet-integre-il', 'contexte', 'QUESTION', 'Comment ce volet s’intègre-t-il dans la stratégie globale d’accompagnement du projet professionnel et de la réussite de l’élève ?', '{}'::text[], 0),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'quel-est-le-role-du', 'organisation-pedagogique', 'QUESTION', 'Quel est le rôle du conseil pédagogique dans la définition des objectifs et des axes de mise en œuvre de l’accompagnement personnalisé en CAP ? des comptes rendus du conseil pédagogique sont-ils rédigés ?', '{}'::text[], 1),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'quels-sont-les-objectifs-principaux', 'organisation-pedagogique', 'QUESTION', 'Quels sont les objectifs principaux visés dans le cadre de l’AP ?', '{}'::text[], 2),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'quel-travail-collectif-est-il', 'organisation-pedagogique', 'QUESTION', 'Quel travail collectif est-il prévu pour organiser et suivre l’AP à l’échelle d’une classe, d’une filière, de l’établissement ?', '{}'::text[], 3),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-les-besoins-des-eleves', 'organisation-pedagogique', 'QUESTION', 'Comment les besoins des élèves sont-ils évalués ?', '{}'::text[], 4),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-la-periode-accueil-et', 'organisation-pedagogique', 'QUESTION', 'Comment la période d’accueil et d’intégration en lycée professionnel permet-elle de diagnostiquer les besoins des élèves et d’adapter les modules d’accompagnement personnalisé à leurs projets ?', '{}'::text[], 5),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'en-quoi-les-entretiens-et', 'organisation-pedagogique', 'QUESTION', 'En quoi les entretiens et les diverses évaluations diagnostiques mises en place à la rentrée permettent-ils de les affiner ?', '{}'::text[], 6),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'quelle-strategie-equipe-est-elle', 'organisation-pedagogique', 'QUESTION', 'Quelle stratégie d’équipe est-elle choisie pour l’acquisition et l’évaluation des compétences transversales, psychosociales, socio-professionnelles pour les disciplines engagées dans l’AP ?', '{}'::text[], 7),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-est-etabli-le-lien', 'organisation-pedagogique', 'QUESTION', 'Comment est établi le lien avec le Livret Scolaire Unique (LSU) ?', '{}'::text[], 8),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-le-travail-avec-les', 'organisation-pedagogique', 'QUESTION', 'Comment le travail avec les partenaires extérieurs à l’établissement est-il anticipé et organisé ?', '{}'::text[], 9),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-est-organisee-la-semaine', 'modalites-pedagogiques', 'QUESTION', 'Comment est organisée la semaine de préparation à la première PFMP ?', '{}'::text[], 10),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'en-quoi-accompagnement-personnalise-favorise', 'modalites-pedagogiques', 'QUESTION', 'En quoi l’accompagnement personnalisé favorise-t-il :', ARRAY['l’acquisition des savoirs fondamentaux ;', 'le développement des compétences psychosociales ;', 'la préparation aux examens ;', 'la mise en œuvre de projets pluridisciplinaires et culturels ;', 'la construction d’un projet professionnel ?']::text[], 11),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'en-quoi-les-contenus-proposes', 'modalites-pedagogiques', 'QUESTION', 'En quoi les contenus proposés dans le cadre de l’AP se distinguent-ils de ceux des enseignements disciplinaires classiques ?', '{}'::text[], 12),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-les-equipes-mobilisent-elles', 'modalites-pedagogiques', 'QUESTION', 'Comment les équipes mobilisent-elles les ressources disponibles sur la plateforme Avenir pour accompagner les élèves ?', '{}'::text[], 13),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'en-quoi-les-actions-engagees', 'modalites-pedagogiques', 'QUESTION', 'En quoi les actions engagées permettent-elles à l’élève de gagner en autonomie dans son travail personnel ?', '{}'::text[], 14),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'en-cas-de-dispositifs-aide', 'modalites-pedagogiques', 'QUESTION', 'En cas de dispositifs d’aide au travail personnel mis en œuvre en dehors de la classe, quelle est la complémentarité ? Comment la cohérence pédagogique est-elle assurée ?', '{}'::text[], 15),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-les-progres-et-implication', 'modalites-pedagogiques', 'QUESTION', 'Comment les progrès et l’implication des élèves dans ces dispositifs sont-ils reconnus et valorisés ?', '{}'::text[], 16),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-est-organise-le-suivi', 'suivi-et-evaluation', 'QUESTION', 'Comment est organisé le suivi des élèves ? À l’aide de quels outils (portfolio de compétences…) ? Avec quelle(s) stratégie(s) ?', '{}'::text[], 17),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'quelle-regulation-intervient-en-cours', 'suivi-et-evaluation', 'QUESTION', 'Quelle régulation intervient en cours d’année ? À quelle échelle (classe, filière, établissement…) ? Quels sont les acteurs et instances impliqués ?', '{}'::text[], 18),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'des-positionnements-et-des-bilans', 'suivi-et-evaluation', 'QUESTION', 'Des positionnements et des bilans d’étape au cours de l’année sont-ils programmés / envisagés ? Les points forts de l’élève sont-ils pris en compte ? Comment ?', '{}'::text[], 19),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'un-echeancier-des-indicateurs-cibles', 'suivi-et-evaluation', 'QUESTION', 'Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?', '{}'::text[], 20),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'les-indicateurs-et-resultats-des', 'suivi-et-evaluation', 'QUESTION', 'Les indicateurs et résultats des actions sont-ils publiés et connus de tous ?', '{}'::text[], 21),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'le-volet-accompagnement-personnalise-fait', 'suivi-et-evaluation', 'QUESTION', 'Le volet « accompagnement personnalisé » fait-il l’objet d’une ou plusieurs enquêtes de satisfaction auprès des élèves, des parents, des équipes mobilisées ?', '{}'::text[], 22),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'comment-est-organisee-la-communication', 'suivi-et-evaluation', 'QUESTION', 'Comment est organisée la communication autour de la question de l’accompagnement ? A l’aide de quels outils ?', '{}'::text[], 23),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'des-actions-pedagogiques-remarquables-innovantes', 'suivi-et-evaluation', 'QUESTION', 'Des actions pédagogiques remarquables, innovantes, inspirantes font-elles l’objet d’une valorisation spécifique en établissement, sur son site web, sur un site académique ?', '{}'::text[], 24),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'plan-tableau-x-de-bord', 'indicateurs', 'INDICATOR', 'Plan(s), tableau(x) de bord (organisation AP)', '{}'::text[], 25),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'outils-de-positionnement-et-de', 'indicateurs', 'INDICATOR', 'Outils de positionnement et de suivi (relevé de compétences, portfolio, ‘webclasseur‘…)', '{}'::text[], 26),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'fiche-action-presentant-les-objectifs', 'indicateurs', 'INDICATOR', 'Fiche(s) action(s) présentant les objectifs visés et les besoins identifiés des élèves', '{}'::text[], 27),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'enquetes-eleves-entretiens', 'indicateurs', 'INDICATOR', 'Enquêtes élèves, entretiens', '{}'::text[], 28),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'formalisation-indicateurs-pedagogiques-permettant-evaluer', 'indicateurs', 'INDICATOR', 'Formalisation d’indicateurs pédagogiques permettant d’évaluer le réinvestissement des séances d’AP dans différents cours', '{}'::text[], 29),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'strategies-de-communication-et-de', 'indicateurs', 'INDICATOR', 'Stratégies de communication et de valorisation', '{}'::text[], 30),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'implication-de-eleve-dans-son', 'indicateurs', 'INDICATOR', 'Implication de l’élève dans son travail personnel', '{}'::text[], 31),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'indicateurs-assiduite', 'indicateurs', 'INDICATOR', 'Indicateurs d’assiduité', '{}'::text[], 32),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'indicateurs-de-reussite-scolaire', 'indicateurs', 'INDICATOR', 'Indicateurs de réussite scolaire', '{}'::text[], 33),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'nombre-et-nature-des-actions', 'indicateurs', 'INDICATOR', 'Nombre et nature des actions conduites au titre de l’AP (travail sur les savoirs fondamentaux, les CPS, l’autonomie, projets et d’actions à caractère pluridisciplinaire, culturel et ouvert à l’international…)', '{}'::text[], 34),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'proportion-des-enseignants-impliques-dans', 'indicateurs', 'INDICATOR', 'Proportion des enseignants impliqués dans l’AP.', '{}'::text[], 35),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'nombre-et-frequence-des-reunions', 'indicateurs', 'INDICATOR', 'Nombre et fréquence des réunions de concertation', '{}'::text[], 36),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'points-forts', 'diagnostic-partage', 'GUIDANCE', 'Points forts', '{}'::text[], 37),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'points-faibles', 'diagnostic-partage', 'GUIDANCE', 'Points faibles', '{}'::text[], 38),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'objectifs', 'agir', 'GUIDANCE', 'Objectifs', '{}'::text[], 39),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'actions', 'agir', 'GUIDANCE', 'Actions', '{}'::text[], 40),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'elements-action', 'agir', 'GUIDANCE', 'Éléments d’action', ARRAY['Pour chaque proposition, écrire le processus mis en œuvre avec un indicateur']::text[], 41),
  ((SELECT id FROM grid_sheets WHERE key = 'cap-ap-1.6' AND version = 1), 'dates-cle', 'agir', 'GUIDANCE', 'Dates clé', '{}'::text[], 42);
INSERT INTO grid_sheets (key, version, title, subtitle, source, framework_code, strands, context) VALUES ('tvp-three-strands', 1, 'Mettre en œuvre l’accompagnement renforcé', 'Accompagnement personnalisé (fiche 1.6) – Consolidation des acquis (fiche 1.7) – Aide à l’orientation (fiche 1.8)', '002_cbd8c57b389f7e56.txt', 'TVP-2019', ARRAY['CONSOLIDATION', 'PERSONALISED_SUPPORT', 'GUIDANCE']::strand_kind[], 'Dans le cadre de la transformation de la voie professionnelle, chaque élève bénéficie d’un temps d’accompagnement renforcé qui répond à ses besoins, à ses aspirations et à ses projets. La consolidation des acquis et l’accompagnement personnalisé sont deux volets du dispositif d’accompagnement.1

1 Les trois volets du dispositif d’accompagnement
Volumes horaires pour un cycle et par année comprenant trois volets :
1. Consolidation des acquis
2. Accompagnement personnalisé
3. Aide à l’orientation (module d’insertion professionnelle et de poursuite d’études)
CAP : 192,5 h pour le cycle
Année 1 : 101,5 h / Année 2 : 91 h
Bac Pro : 265 h pour le cycle
Seconde : 90 heures
Première : 84 heures
Terminale : 91 heures');
INSERT INTO grid_sections (sheet_id, key, phase, title, position, borrowed_from) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'contexte', 'PLAN', 'Contexte, stratégie, sens, objectifs', 0, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'textes-de-reference', 'PLAN', 'Textes de référence', 1, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'acteurs-actions-moyens-temps', 'DO', 'Acteurs – Actions – Moyens – Temps', 2, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'indicateurs', 'CHECK', 'Exemples d’indicateurs de suivi', 3, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'diagnostic-partage', 'ACT', 'Diagnostic partagé', 4, '000_4eb1c5e3645eb11f.txt'),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'agir', 'ACT', 'Agir', 5, '000_4eb1c5e3645eb11f.txt');
INSERT INTO grid_items (sheet_id, key, section_key, kind, text, sub_items, position) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'ces-modules-inscrivent-ils-dans', 'contexte', 'QUESTION', 'Ces modules s’inscrivent-ils dans un axe / des axes du projet d’établissement ?', '{}'::text[], 0),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'le-pilotage-des-actions-est', 'contexte', 'QUESTION', 'Le pilotage des actions est-il mis en place ?', '{}'::text[], 1),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'des-instances-comme-par-exemple', 'contexte', 'QUESTION', 'Des instances comme par exemple le Conseil pédagogique définissent-elles des objectifs et des propositions de mise en œuvre ?', '{}'::text[], 2),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-est-organisee-la-communication', 'contexte', 'QUESTION', 'Comment est organisée la communication autour de la question de l’accompagnement ?', '{}'::text[], 3),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'un-echeancier-des-indicateurs-cibles', 'contexte', 'QUESTION', 'Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?', '{}'::text[], 4),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'decret-2009-148-du-10', 'textes-de-reference', 'GUIDANCE', 'Décret n°2009-148 du 10 février 2009 relatif à l’organisation de la voie professionnelle. BO n°1 du 3 janvier 2019 (CAP et Baccalauréat professionnel). BO n°12 du 21 mars 2019 (Note de service du 13 mars 2019 Horaires CAP et Baccalauréat professionnel. Vade-mecum Consolidation des acquis et Accompagnement Personnalisé sur Eduscol.', '{}'::text[], 5),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-est-organise-e-le', 'acteurs-actions-moyens-temps', 'QUESTION', 'Comment est organisé(e) le pilotage et/ou la coordination du dispositif ?', '{}'::text[], 6),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'y-a-il-un-pilote', 'acteurs-actions-moyens-temps', 'QUESTION', 'Y-a-t-il un pilote ou un référent désigné pour la coordination des dispositifs ? Quel est son rôle ? D’autres personnes ressources sont-elles identifiées par l’établissement ?', '{}'::text[], 7),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'quel-role-le-conseil-pedagogique', 'acteurs-actions-moyens-temps', 'QUESTION', 'Quel rôle le conseil pédagogique joue-t-il dans l’organisation du dispositif ?', '{}'::text[], 8),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'dans-quelle-mesure-organisation-mise', 'acteurs-actions-moyens-temps', 'QUESTION', 'Dans quelle mesure l’organisation mise en place favorise-t-elle la réussite des actions menées ainsi que l’adhésion des élèves ?', '{}'::text[], 9),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-articulent-la-mise-en', 'acteurs-actions-moyens-temps', 'QUESTION', 'Comment s’articulent la mise en œuvre et les contenus des trois volets de l’accompagnement ?', '{}'::text[], 10),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-le-volume-horaire-des', 'acteurs-actions-moyens-temps', 'QUESTION', 'Comment le volume horaire des trois volets est-il réparti ; selon quelles stratégies, quelles disciplines ?', '{}'::text[], 11),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'dans-quelle-mesure-les-modes', 'acteurs-actions-moyens-temps', 'QUESTION', 'Dans quelle mesure les modes d’organisations retenus (temps intensifs, alignements en barrettes, créneaux de concertation, etc.) apportent-ils une plus-value au travail d’équipe ?', '{}'::text[], 12),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'le-choix-des-creneaux-horaires', 'acteurs-actions-moyens-temps', 'QUESTION', 'Le choix des créneaux horaires dans l’emploi du temps favorise-t-il l’assiduité des élèves ?', '{}'::text[], 13),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-la-periode-accueil-et', 'acteurs-actions-moyens-temps', 'QUESTION', 'Comment la période d’accueil et d’intégration des élèves entrant en lycée professionnel a-t- elle contribué à la mise en place de groupes répondant à cet accompagnement renforcé ?', '{}'::text[], 14),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-le-numerique-contribue-il', 'acteurs-actions-moyens-temps', 'QUESTION', 'Comment le numérique contribue-t-il à la gestion de l’organisation (planning, réunions de concertation, échéancier, bilans d’étape, partage d’outils et contenus pédagogiques …) ?', '{}'::text[], 15),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'un-plan-de-formation-des', 'acteurs-actions-moyens-temps', 'QUESTION', 'Un plan de formation des enseignants en établissement et/ou au Plan Unique de Formation est-il établi ?', '{}'::text[], 16),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'comment-le-dispositif-est-il', 'acteurs-actions-moyens-temps', 'QUESTION', 'Comment le dispositif est-il nommé dans l’emploi du temps ?', '{}'::text[], 17),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'organigramme-de-pilotage', 'indicateurs', 'INDICATOR', 'Organigramme de pilotage', '{}'::text[], 18),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'instances-impliquees-ca-conseil-pedagogique', 'indicateurs', 'INDICATOR', 'Instances impliquées (CA, Conseil pédagogique, conseil d’enseignement)', '{}'::text[], 19),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'tableaux-de-bord-organisation-volumes', 'indicateurs', 'INDICATOR', 'Tableaux de bord d’organisation (volumes horaires, groupes, acteurs, disciplines / spécialités, phasages, actions, type de groupe, etc...)', '{}'::text[], 20),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'plan-fiche-action-de-la', 'indicateurs', 'INDICATOR', 'Plan, fiche action de la période dite d’intégration des entrants', '{}'::text[], 21),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'outils-numeriques-facilitateurs', 'indicateurs', 'INDICATOR', 'Outils numériques facilitateurs', '{}'::text[], 22),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'actions-de-formation-prevues-realisees', 'indicateurs', 'INDICATOR', 'Actions de formation prévues/réalisées', '{}'::text[], 23),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'nombre-et-nature-des-outils', 'indicateurs', 'INDICATOR', 'Nombre et nature des outils de positionnement retenus (tests nationaux, LSU, entretiens, évaluations…)', '{}'::text[], 24),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'points-forts', 'diagnostic-partage', 'GUIDANCE', 'Points forts', '{}'::text[], 25),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'points-faibles', 'diagnostic-partage', 'GUIDANCE', 'Points faibles', '{}'::text[], 26),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'objectifs', 'agir', 'GUIDANCE', 'Objectifs', '{}'::text[], 27),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'actions', 'agir', 'GUIDANCE', 'Actions', '{}'::text[], 28),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'elements-action', 'agir', 'GUIDANCE', 'Éléments d’action', ARRAY['Pour chaque proposition, écrire le processus mis en œuvre avec un indicateur']::text[], 29),
  ((SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' AND version = 1), 'dates-cle', 'agir', 'GUIDANCE', 'Dates clé', '{}'::text[], 30);
INSERT INTO grid_sheets (key, version, title, subtitle, source, framework_code, strands, context) VALUES ('college-ap', 1, 'CONSTRUIRE L’ACCOMPAGNEMENT PERSONNALISÉ', '', '003_8271d80b6fbb0b6a.txt', 'COLLEGE-AP-2016', ARRAY['PERSONALISED_SUPPORT']::strand_kind[], 'L’accompagnement personnalisé se construit dans une logique d’établissement à partir d’un diagnostic partagé pour faire réussir tous les élèves cf « le projet d’établissement » et les indicateurs.');
INSERT INTO grid_sections (sheet_id, key, phase, title, position, borrowed_from) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'propositions-conseil-pedagogique', 'PLAN', 'Les propositions du conseil pédagogique', 0, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'sens-objectifs', 'PLAN', 'Contexte, stratégie, sens, objectifs', 1, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'coordination-organisation', 'DO', 'La coordination et l’organisation par niveau', 2, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'coordination-vigilance', 'DO', 'Points de vigilance', 3, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'mise-en-oeuvre', 'DO', 'La mise en oeuvre', 4, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'mise-en-oeuvre-vigilance', 'DO', 'Points de vigilance', 5, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'strategie-gestes-professionnels', 'DO', 'La stratégie et les gestes professionnels à développer', 6, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'mise-en-oeuvre-evaluation', 'CHECK', 'La mise en oeuvre', 7, '');
INSERT INTO grid_items (sheet_id, key, section_key, kind, text, sub_items, position) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'approprier-les-axes-du-projet', 'propositions-conseil-pedagogique', 'GUIDANCE', 's’approprier les axes du projet d’établissement ;', '{}'::text[], 0),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'prendre-en-compte-le-contexte', 'propositions-conseil-pedagogique', 'GUIDANCE', 'prendre en compte le contexte de l’établissement les points forts, les fragilités, les éléments de diagnostic actualisés (besoins des élèves…) pour :', ARRAY['déterminer et prioriser des objectifs de formation par cycle, par niveau en cohérence avec les axes du projet d’établissement et du contexte de l’établissement,', 'proposer la répartition horaire entre AP et EPI au cycle 4,', 'proposer les compétences à privilégier au niveau de l’AP sur chaque niveau conformément aux objectifs spécifiques de chaque cycle,', 'définir le thème des EPI par niveau.']::text[], 1),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'accompagnement-personnalise-consiste-en-des', 'sens-objectifs', 'GUIDANCE', 'L’accompagnement personnalisé consiste en des temps d’enseignement dont l’objectif est de soutenir la capacité d’apprendre et de progresser de tous les élèves dans leur maîtrise du socle commun ;', '{}'::text[], 2),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'en-classe-de-sixieme-ap', 'sens-objectifs', 'GUIDANCE', 'en classe de sixième l’AP est notamment consacré à l’adaptation des élèves aux spécificités des enseignements dans le second degré ;', '{}'::text[], 3),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'au-cycle-4-ap-favorise', 'sens-objectifs', 'GUIDANCE', 'au cycle 4, l’AP favorise l’entraînement et la construction de l’autonomie, notamment, pour les classes de troisième, dans la perspective de la poursuite d’études, que ce soit au lycée ou en apprentissage ;', '{}'::text[], 4),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'toutes-les-disciplines-peuvent-proposer', 'sens-objectifs', 'GUIDANCE', 'toutes les disciplines peuvent proposer un accompagnement. Les heures ne sont pas nécessairement fixées à l’année.', '{}'::text[], 5),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'mobiliser-equipe-educative-pour', 'coordination-organisation', 'GUIDANCE', 'mobiliser l’équipe éducative pour :', ARRAY['définir la stratégie et prévoir l’organisation : groupe classe ou constitution de barrettes pour un travail par groupes de besoin, variation des groupes durant l’année, le découpage annuel (l’identification des besoins, la durée d’un module ou d’un atelier, les temps de concertation, …)', 'expliciter les objectifs de l’AP dédiés au niveau concerné (compétences socle…)', 'penser le suivi (outil de suivi, communication au sein de l’équipe, coordonateur, communication avec les familles…)']::text[], 6),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'preparer-la-mise-en-oeuvre', 'coordination-organisation', 'GUIDANCE', 'préparer la mise en œuvre :', ARRAY['identifier et déterminer au sein des disciplines les temps d’AP et sur quelles parties de programme l’accompagnement repose', 'préciser la mise en œuvre : intervenants (enseignants, autres…), co-animation, espaces de travail et outils (numériques…)']::text[], 7),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'tous-les-enseignants-peuvent-assurer', 'coordination-vigilance', 'GUIDANCE', 'tous les enseignants peuvent assurer l’accompagnement personnalisé. Il sera alors inscrit dans leur service hebdomadaire. La répartition des heures d’accompagnement personnalisé entre enseignants relève de la responsabilité des équipes pédagogiques ;', '{}'::text[], 8),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'tous-les-eleves-un-meme', 'coordination-vigilance', 'GUIDANCE', 'tous les élèves d’un même niveau de classe bénéficient du même nombre d’heures d’accompagnement personnalisé. Il s’adresse à tous les élèves qui sont en capacité de progresser ;', '{}'::text[], 9),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'accompagnement-personnalise-sera-autant-plus', 'coordination-vigilance', 'GUIDANCE', 'l’accompagnement personnalisé sera d’autant plus efficace qu’il reposera sur une démarche collective ;', '{}'::text[], 10),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'la-demarche-collective-sera-facilitee', 'coordination-vigilance', 'GUIDANCE', 'la démarche collective sera facilitée par l‘existence d’un coordonateur par niveau ;', '{}'::text[], 11),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'des-heures-professeurs-peuvent-etre', 'coordination-vigilance', 'GUIDANCE', 'des heures professeurs peuvent être mobilisées pour mettre en œuvre des groupes à effectif réduit, de la co-animation.', '{}'::text[], 12),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'identifier-les-besoins-des-eleves', 'mise-en-oeuvre', 'GUIDANCE', 'identifier les besoins des élèves (bilan de compétences, situation d’évaluation, tests…) ;', '{}'::text[], 13),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'analyser-les-besoins', 'mise-en-oeuvre', 'GUIDANCE', 'analyser les besoins :', ARRAY['concertation des enseignants diagnostic partagé (cibler les besoins des élèves)', 'constitution de groupes']::text[], 14),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'mettre-en-place-les-ateliers', 'mise-en-oeuvre', 'GUIDANCE', 'mettre en place les ateliers ou modules pour une période déterminée sur des objectifs de progrès ciblés et en lien avec les enseignements', '{}'::text[], 15),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'la-phase-de-diagnostic-doit', 'mise-en-oeuvre-vigilance', 'GUIDANCE', 'la phase de diagnostic doit être reconduite à la suite de chaque période et la composition des groupes n’est pas figée sur la l’année ;', '{}'::text[], 16),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'favoriser-les-entretiens-explicitation-entre', 'mise-en-oeuvre-vigilance', 'GUIDANCE', 'Favoriser les entretiens d’explicitation entre professeur et élèves au sein de l’AP : « culture du diagnostic »', '{}'::text[], 17),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'accompagnement-personnalise-repond-a-des', 'mise-en-oeuvre-vigilance', 'GUIDANCE', 'l’accompagnement personnalisé répond à des objectifs variés : approfondissement ou renforcement, développement des méthodes et outils pour apprendre, soutien, entrainement ;', '{}'::text[], 18),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'accompagnement-personnalise-est-travailler-autrement', 'mise-en-oeuvre-vigilance', 'GUIDANCE', 'l’accompagnement personnalisé c’est travailler autrement en s’appuyant sur une pédagogie active, l’AP ne peut être la « suite » du cours (exercices complémentaires…), il permet de :', ARRAY['s’exercer pour progresser avec différentes méthodes : apprendre une leçon, faire des révisions, comprendre et rédiger un texte écrit, lire et interpréter des consignes, décoder l’information, préparer et réaliser un exposé oral, conduire un projet individuel ou collectif, travailler en groupe. « Apprendre à apprendre » et favoriser une attitude réflexive sur ses méthodes de travail, sa façon d’apprendre…de procéder par essais et erreurs et d’effectuer des choix,', 'renforcer ou approfondir les connaissances de l’élève dans les différentes disciplines en fonction de son niveau de progression et de ses besoins,', 's’entrainer aux contrôles et aux devoirs en explicitant avec les élèves leur démarche personnelle', 'de faciliter les apprentissages dans les disciplines en développant les compétences transversales']::text[], 19),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'construire-des-sequences-courtes-3', 'strategie-gestes-professionnels', 'GUIDANCE', 'construire des séquences courtes (3 à 5 séances) avec des objectifs simples, précis (ex : mémoriser une leçon) dont les attendus, les indicateurs de réussite sont explicités', '{}'::text[], 20),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'presenter-a-chaque-seance-le', 'strategie-gestes-professionnels', 'GUIDANCE', 'présenter à chaque séance le plan de travail, la situation d’apprentissage et les attendus relatifs à l’évaluation ;', '{}'::text[], 21),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'organiser-enseignement-autour-de-situations', 'strategie-gestes-professionnels', 'GUIDANCE', 'organiser l’enseignement autour de situations d’apprentissage, de situations-problèmes (tâches complexes), de situations de recherche ;', '{}'::text[], 22),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'conduire-des-apprentissages-explicites', 'strategie-gestes-professionnels', 'GUIDANCE', 'conduire des apprentissages explicites ;', '{}'::text[], 23),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'aider-a-differencier-et-a', 'strategie-gestes-professionnels', 'GUIDANCE', 'aider à différencier et à mémoriser les savoir-être, les savoir-faire et les connaissances ;', '{}'::text[], 24),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'mettre-en-lien-les-apprentissages', 'strategie-gestes-professionnels', 'GUIDANCE', 'mettre en lien les apprentissages effectués en accompagnement personnalisé et l’enseignement ordinaire (s’appuyer sur des contenus disciplinaires, effectuer des transferts d’une discipline à l’autre, montrer la transversalité de certaines compétences, appliquer les apprentissages effectués dans les disciplines, communiquer…) ;', '{}'::text[], 25),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'appuyer-sur-les-reussites-des', 'strategie-gestes-professionnels', 'GUIDANCE', 's’appuyer sur les réussites des élèves afin de restaurer l’estime de soi et la confiance (évaluer pour valoriser et développer la co-évaluation ;', '{}'::text[], 26),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'prendre-un-temps-en-fin', 'strategie-gestes-professionnels', 'GUIDANCE', 'prendre un temps en fin de séance pour revenir sur les apprentissages effectués :', ARRAY['faire verbaliser l’élève,', 'renforcer les feedback, les mises en lien, les mises en perspective,', 'anticiper pour mettre en confiance l’élève (faire une lecture d’énoncé en AP avant la séance) ;']::text[], 27),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'veiller-a-la-posture-professionnelle', 'strategie-gestes-professionnels', 'GUIDANCE', 'veiller à la posture professionnelle :', ARRAY['rassurer les élèves sur leurs capacités à comprendre, à réussir les évaluations, à améliorer leur compréhension et leurs résultats,', 'renvoyer aux élèves des feedbacks positifs sur leur investissement, leur comportement au travail, leurs progrès,', 'ne pas renier le fait que sa posture et sa pratique d’enseignement ont un impact sur l’engagement et les apprentissages des élèves']::text[], 28),
  ((SELECT id FROM grid_sheets WHERE key = 'college-ap' AND version = 1), 'evaluer-les-progres-realises-maitrise', 'mise-en-oeuvre-evaluation', 'GUIDANCE', 'évaluer les progrès réalisés (maîtrise de compétences en s’appuyant notamment sur le réinvestissement dans les disciplines)', '{}'::text[], 29);
INSERT INTO grid_sheets (key, version, title, subtitle, source, framework_code, strands, context) VALUES ('bac-pro-ap-2009', 1, 'ACCOMPAGNEMENT PERSONNALISÉ', 'Lycée professionnel', '004_d18d10577e0403f1.txt', 'AP-2009', ARRAY['PERSONALISED_SUPPORT']::strand_kind[], 'Les horaires :
2 h 30 : l''accompagnement personnalisé figure dans les grilles horaires des élèves en formation de baccalauréat professionnel,
210 heures attribuées par division pour les trois années (70 heures par année – 2,5 h attribuées en HSA) à utiliser en fonction des besoins.');
INSERT INTO grid_sections (sheet_id, key, phase, title, position, borrowed_from) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'le-public', 'PLAN', 'Le public', 0, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'les-objectifs', 'PLAN', 'Les objectifs', 1, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'textes-de-reference', 'PLAN', 'Textes de références – ressources', 2, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'l-organisation', 'DO', 'L’organisation', 3, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'la-demarche', 'DO', 'La démarche', 4, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'le-contenu', 'DO', 'Le contenu', 5, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'la-demarche-bilans', 'CHECK', 'La démarche', 6, ''),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'preconisations', 'ACT', 'Préconisations', 7, '');
INSERT INTO grid_items (sheet_id, key, section_key, kind, text, sub_items, position) VALUES
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'a-tout-eleve-et-apprenti', 'le-public', 'GUIDANCE', 'Á tout élève (et apprenti) selon son besoin et son projet professionnel : démarche de diagnostic', '{}'::text[], 0),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'prioritairement-au-profit-des-eleves', 'le-public', 'GUIDANCE', 'Prioritairement au profit des élèves :', ARRAY['qui rencontrent des difficultés', 'qui souhaitent profiter des passerelles existant entre les spécialités au sein de la voie professionnelle ou entre cette dernière et les voies générale et technologique', 'qui ont un projet de poursuite d''études supérieures']::text[], 1),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'conduire-eleve-a-prendre-conscience', 'les-objectifs', 'GUIDANCE', 'conduire l’élève à prendre conscience de son potentiel actuel et lui donner de l’ambition', '{}'::text[], 2),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'retrouver-une-image-positive-de', 'les-objectifs', 'GUIDANCE', 'retrouver une image positive de lui-même et le sens d’un projet scolaire et professionnel, le goût et la volonté de progresser, aider à retrouver le sens d’un projet scolaire', '{}'::text[], 3),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'approprier-des-outils-et-des', 'les-objectifs', 'GUIDANCE', 's’approprier des outils et des méthodes,', '{}'::text[], 4),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'b-o-special-2-du', 'textes-de-reference', 'GUIDANCE', 'B.O. spécial n° 2 du 19 février 2009', '{}'::text[], 5),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'circulaire-2009-068-du-20', 'textes-de-reference', 'GUIDANCE', 'circulaire n° 2009-068 du 20-5-2009 : préparation de rentrée 2009', '{}'::text[], 6),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'site-eduscol-http-eduscol-education', 'textes-de-reference', 'GUIDANCE', 'site Eduscol : http://eduscol.education.fr/pid23188-cid50318/accompagnement-personnalise-en-baccalaureat-professionnel.html', '{}'::text[], 7),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'site-academique-http-www-ac', 'textes-de-reference', 'GUIDANCE', 'Site académique : http://www.ac-dijon.fr/Ressources-pedagogiques/Reforme-des-lycees/Dispositifs-d-Accompagnement-personnalise-en-lycee-general-et-technologique2', '{}'::text[], 8),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'livret-de-formation-des-formateurs', 'textes-de-reference', 'GUIDANCE', 'Livret de formation des formateurs 2009- 2010 site CREE : http://cree.ac-dijon.fr/formation-comptes-rendus.php?menu=5', '{}'::text[], 9),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'amenager-des-plages-horaires-dans', 'l-organisation', 'GUIDANCE', 'aménager des plages horaires dans les emplois du temps (barettes)', '{}'::text[], 10),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'constituer-des-groupes-de-besoins', 'l-organisation', 'GUIDANCE', 'constituer des groupes de besoins évolutifs dans le temps', '{}'::text[], 11),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'cumuler-les-horaires-pour-repondre', 'l-organisation', 'GUIDANCE', 'cumuler les horaires pour répondre aux besoins', '{}'::text[], 12),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'organiser-une-coordination-entre-tous', 'l-organisation', 'GUIDANCE', 'organiser une coordination entre tous les acteurs', '{}'::text[], 13),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'partir-de-identification-des-besoins', 'la-demarche', 'GUIDANCE', 'partir de l’identification des besoins élèves', '{}'::text[], 14),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'construire-des-modules-differencies-en', 'la-demarche', 'GUIDANCE', 'construire des modules différenciés en fonction des besoins diagnostiqués', '{}'::text[], 15),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'definir-des-periodicites-pour-la', 'la-demarche', 'GUIDANCE', 'définir des périodicités pour la mise en œuvre des actions', '{}'::text[], 16),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'aide-methodologique', 'le-contenu', 'GUIDANCE', 'aide méthodologique', '{}'::text[], 17),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'aide-individualisee-soutien-disciplinaire-travaille', 'le-contenu', 'GUIDANCE', 'aide individualisée - soutien disciplinaire (travaillé autrement)', '{}'::text[], 18),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'approfondissement-poursuite-etudes', 'le-contenu', 'GUIDANCE', 'approfondissement (poursuite d’études)', '{}'::text[], 19),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'developpement-personnel-estime-de-soi', 'le-contenu', 'GUIDANCE', 'développement personnel (estime de soi, motivation…)', '{}'::text[], 20),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'aide-a-la-construction-du', 'le-contenu', 'GUIDANCE', 'aide à la construction du projet professionnel', '{}'::text[], 21),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'aide-specifique-dans-le-cadre', 'le-contenu', 'GUIDANCE', 'aide spécifique dans le cadre d’une passerelle', '{}'::text[], 22),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'conduire-des-bilans-entre-chaque', 'la-demarche-bilans', 'GUIDANCE', 'conduire des bilans entre chaque période', '{}'::text[], 23),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'assurer-un-suivi-et-une', 'la-demarche-bilans', 'GUIDANCE', 'assurer un suivi et une coordination', '{}'::text[], 24),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'des-points-de-vigilance', 'preconisations', 'GUIDANCE', 'des points de vigilance :', ARRAY['proposer un accueil personnalisé', 'afin de confirmer ou d’infirmer le choix initial de l’élève (seconde professionnelle),', 'afin d’insérer un élève en deuxième voire en troisième année (après un positionnement éventuel).', 'lutter contre « le décrochage » pendant le parcours', 'préparer la poursuite d’études (sections de technicien supérieur, préparation à un concours, …).']::text[], 25),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'des-periodes-de-duree-relativement', 'preconisations', 'GUIDANCE', 'des périodes de durée relativement courte de 4 à 7 semaines', '{}'::text[], 26),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'un-assouplissement-dans-les-emplois', 'preconisations', 'GUIDANCE', 'un assouplissement dans les emplois du temps', '{}'::text[], 27),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'appropriation-outils-diagnostic-suivi-evaluation', 'preconisations', 'GUIDANCE', 'l’appropriation d’outils (diagnostic, suivi, évaluation…)', '{}'::text[], 28),
  ((SELECT id FROM grid_sheets WHERE key = 'bac-pro-ap-2009' AND version = 1), 'un-encouragement-a-des-pratiques', 'preconisations', 'GUIDANCE', 'un encouragement à des pratiques plus innovantes', ARRAY['entretien personnalisé', 'co-animation', 'tutorat – coaching', 'la mise en commun d’outils', 'une démarche collective', '…']::text[], 29);
