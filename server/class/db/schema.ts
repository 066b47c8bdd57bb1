/**
 * Row types of the class database for Kysely (see migrations.ts for the DDL). Columns with a
 * database default are `Generated`.
 */
import type { ColumnType, Generated } from "kysely";

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface EducatorTable {
  id: string;
  username: string;
  password_hash: string;
  lti_issuer: string | null;
  lti_sub: string | null;
  created_at: Generated<Date>;
}
export interface SessionTable {
  token_hash: string;
  kind: "educator" | "student";
  subject_id: string;
  csrf: string;
  expires_at: Stamp;
}
export interface CohortTable {
  id: string;
  educator_id: string;
  title: string;
  join_code: string;
  lti_context: string | null;
  created_at: Generated<Date>;
}
export interface AssignmentTable {
  id: string;
  cohort_id: string;
  target_kind: "lesson" | "quiz-set" | "item";
  target_id: string;
  opens_at: Stamp | null;
  due_at: Stamp | null;
  lti_lineitem: string | null;
}
export interface StudentTable {
  id: string;
  cohort_id: string;
  handle: string;
  lti_issuer: string | null;
  lti_sub: string | null;
  created_at: Generated<Date>;
}
export interface AttemptTable {
  id: string;
  student_id: string;
  cohort_id: string;
  item_id: string;
  item_type: string;
  correct: boolean;
  score: number;
  answer: Json;
  duration_ms: number | null;
  answered_at: Stamp;
  received_at: Generated<Date>;
  from_device: Generated<boolean>;
}
export interface XapiQueueTable {
  statement_id: string;
  attempt_id: string;
  statement: Json;
  created_at: Generated<Date>;
  sent_at: Stamp | null;
  tries: Generated<number>;
  last_error: string | null;
  next_try_at: Generated<Date>;
}
export interface LtiNonceTable {
  nonce: string;
  used_at: Generated<Date>;
}
export interface LtiStateTable {
  state: string;
  nonce: string;
  issuer: string;
  created_at: Generated<Date>;
}
export interface LtiLinkTable {
  student_id: string;
  issuer: string;
  user_sub: string;
  lineitem: string | null;
  score_maximum: Generated<number>;
}
export interface GradeOutboxTable {
  id: string;
  lineitem: string;
  user_sub: string;
  issuer: string;
  score_given: number;
  score_maximum: number;
  created_at: Generated<Date>;
  sent_at: Stamp | null;
  last_error: string | null;
}

export interface ClassDb {
  educator: EducatorTable;
  session: SessionTable;
  cohort: CohortTable;
  assignment: AssignmentTable;
  student: StudentTable;
  attempt: AttemptTable;
  xapi_queue: XapiQueueTable;
  lti_nonce: LtiNonceTable;
  lti_state: LtiStateTable;
  lti_link: LtiLinkTable;
  grade_outbox: GradeOutboxTable;
}
