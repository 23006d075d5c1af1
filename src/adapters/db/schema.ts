// The tables as kysely sees them, after the dialect differences are smoothed out (see
// dialects.ts): instants and dates read back as ISO strings on both databases, JSON columns
// as JSON text, blobs as Buffers. Nullable columns are `| null`.
import type { Generated } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  role: 'athlete' | 'coach';
  created_at: string;
}

export interface LoginSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface RateLimitsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface ProfilesTable {
  athlete_id: string;
  sex: string;
  age_years: number;
  height_cm: number;
  weight_kg: number;
  body_fat_pct: number | null;
  focus: string;
  /** JSON array of weekdays. */
  days: string;
  long_run_day: string;
  weekly_km: number;
  experience: string;
  equipment: string;
  units: string;
  /** JSON RaceResult. */
  recent: string | null;
  updated_at: string;
}

export interface PlansTable {
  athlete_id: string;
  /** JSON PlanInput. */
  input: string;
  /** JSON Plan. */
  plan: string;
  /** JSON PlanChange[]: the moves and edits since the plan was generated. */
  changes: Generated<string>;
  updated_at: string;
}

/** One row per current plan: a random UUID, new on every putCurrent. */
export interface PlanVersionsTable {
  athlete_id: string;
  version: string;
}

/** The current plan's days, one row each, so a date range is an index scan. */
export interface PlanDaysTable {
  athlete_id: string;
  date: string;
  /** JSON PlanDay. */
  day: string;
}

export interface PrivacyZonesTable {
  id: string;
  athlete_id: string;
  lat: number;
  lon: number;
  radius_m: number;
}

export interface CalendarFeedsTable {
  athlete_id: string;
  secret: string;
  created_at: string;
}

export interface RunLogsTable {
  id: string;
  athlete_id: string;
  date: string;
  type: string;
  distance_km: number;
  duration_min: number;
  avg_hr: number | null;
  rpe: number | null;
}

export interface LiftLogsTable {
  id: string;
  athlete_id: string;
  date: string;
  duration_min: number;
  rpe: number | null;
  /** JSON LiftSet[]. */
  sets: string;
}

export interface CheckInsTable {
  athlete_id: string;
  date: string;
  sleep_hours: number;
  soreness: number;
  motivation: number;
  fatigue: number;
  resting_hr: number | null;
  pain: string | null;
}

export interface BodyEntriesTable {
  athlete_id: string;
  date: string;
  weight_kg: number;
  body_fat_pct: number | null;
}

export interface IntakeEntriesTable {
  athlete_id: string;
  date: string;
  kcal: number;
  protein_g: number | null;
}

export interface ActivitiesTable {
  id: string;
  athlete_id: string;
  content_hash: string;
  sport: string;
  sub_sport: string | null;
  title: string | null;
  start_time: string;
  date: string;
  distance_km: number;
  moving_time_sec: number;
  elapsed_time_sec: number;
  elevation_gain_m: number;
  avg_hr: number | null;
  max_hr: number | null;
  trimp: number | null;
  srpe_load: number | null;
  strength_volume_kg: number;
  partial_reason: string | null;
  planned_date: string | null;
  imported_at: string;
  /** Compressed columnar samples (samplesCodec.ts). */
  samples: Buffer;
  /** JSON ActivitySet[]. */
  sets: string;
}

export interface CoachInvitesTable {
  code: string;
  coach_id: string;
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
}

export interface CoachLinksTable {
  coach_id: string;
  athlete_id: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  login_sessions: LoginSessionsTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  profiles: ProfilesTable;
  plans: PlansTable;
  plan_days: PlanDaysTable;
  plan_versions: PlanVersionsTable;
  privacy_zones: PrivacyZonesTable;
  calendar_feeds: CalendarFeedsTable;
  run_logs: RunLogsTable;
  lift_logs: LiftLogsTable;
  check_ins: CheckInsTable;
  body_entries: BodyEntriesTable;
  intake_entries: IntakeEntriesTable;
  activities: ActivitiesTable;
  coach_invites: CoachInvitesTable;
  coach_links: CoachLinksTable;
}
