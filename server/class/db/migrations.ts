/**
 * The class database schema as versioned migrations. Each migration is a list of plain
 * PostgreSQL statements run by Kysely's migrator in name order, the same text on PGlite and on
 * PostgreSQL. Never edit a shipped migration: add the next one.
 *
 * Ids are text (UUIDs made by the server or, for attempts, by the client); times are timestamptz.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

const M001_CORE = [
  `create table educator (
     id text primary key, username text not null unique, password_hash text not null,
     lti_issuer text, lti_sub text, created_at timestamptz not null default now(),
     unique (lti_issuer, lti_sub))`,
  `create table session (
     token_hash text primary key, kind text not null check (kind in ('educator','student')),
     subject_id text not null, csrf text not null, expires_at timestamptz not null)`,
  `create table cohort (
     id text primary key, educator_id text not null references educator(id) on delete cascade,
     title text not null, join_code text not null unique, lti_context text,
     created_at timestamptz not null default now())`,
  `create table assignment (
     id text primary key, cohort_id text not null references cohort(id) on delete cascade,
     target_kind text not null check (target_kind in ('lesson','quiz-set','item')),
     target_id text not null, opens_at timestamptz, due_at timestamptz,
     lti_lineitem text)`,
  `create table student (
     id text primary key, cohort_id text not null references cohort(id) on delete cascade,
     handle text not null, lti_issuer text, lti_sub text,
     created_at timestamptz not null default now(), unique (cohort_id, handle))`,
  `create table attempt (
     id text primary key, student_id text not null references student(id) on delete cascade,
     cohort_id text not null references cohort(id) on delete cascade,
     item_id text not null, item_type text not null, correct boolean not null,
     score double precision not null, answer jsonb not null, duration_ms integer,
     answered_at timestamptz not null, received_at timestamptz not null default now(),
     from_device boolean not null default false)`,
  `create index attempt_cohort_item on attempt (cohort_id, item_id)`,
  `create table xapi_queue (
     statement_id text primary key, attempt_id text not null unique,
     statement jsonb not null, created_at timestamptz not null default now(),
     sent_at timestamptz, tries integer not null default 0, last_error text,
     next_try_at timestamptz not null default now())`,
];

const M002_LTI = [
  `create table lti_nonce (nonce text primary key, used_at timestamptz not null default now())`,
  `create table lti_state (
     state text primary key, nonce text not null, issuer text not null,
     created_at timestamptz not null default now())`,
  `create table lti_link (
     student_id text primary key references student(id) on delete cascade,
     issuer text not null, user_sub text not null, lineitem text,
     score_maximum double precision not null default 1)`,
  `create table grade_outbox (
     id text primary key, lineitem text not null, user_sub text not null, issuer text not null,
     score_given double precision not null, score_maximum double precision not null,
     created_at timestamptz not null default now(), sent_at timestamptz, last_error text)`,
];

/** Migration name → statements, applied in name order. */
export const MIGRATIONS: Readonly<Record<string, readonly string[]>> = {
  "001_core": M001_CORE,
  "002_lti": M002_LTI,
};

function toMigration(statements: readonly string[]): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const text of statements) await sql.raw(text).execute(db);
    },
  };
}

/** Kysely provider over {@link MIGRATIONS}. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return Object.fromEntries(Object.entries(MIGRATIONS).map(([k, v]) => [k, toMigration(v)]));
  },
};
