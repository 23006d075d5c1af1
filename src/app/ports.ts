// What the use cases need from the outside world. Adapters implement these; the app layer
// never sees SQL. Records are plain data: calendar dates are ISO dates (YYYY-MM-DD),
// instants are ISO 8601 UTC timestamps, quantities carry their unit in the name.
import type { PlanChange } from '../core/plan/changes.js';
import type {
  Equipment,
  Experience,
  Focus,
  Plan,
  PlanDay,
  PlanDaySummary,
  PlanInput,
  RaceResult,
  RunType,
  Sex,
  Units,
  Weekday,
} from '../core/plan/types.js';

/** The current instant as an ISO 8601 UTC timestamp. */
export interface Clock {
  now(): string;
}

/** A fresh, unguessable identifier for a new record. */
export interface IdGenerator {
  newId(): string;
}

/** A unique value is already taken (an email, an API token hash, a calendar secret…). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    message: string,
    /** The record field that collided, e.g. 'email'. */
    readonly field: string,
  ) {
    super(message);
  }
}

/** Both ends included, ISO dates. */
export interface DateRange {
  from: string;
  to: string;
}

// ---- accounts -------------------------------------------------------------------------------

export type Role = 'athlete' | 'coach';

export interface User {
  id: string;
  /** Compared exactly: trim and lowercase it before storing and before looking it up. */
  email: string;
  /** An argon2id hash string; storage never sees the password. */
  passwordHash: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface UserStore {
  /** Throws ConflictError (field 'email') when the email is taken. */
  create(user: User): Promise<void>;
  get(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  /** Throws ConflictError (field 'email') when the new email is taken. False when no such user. */
  update(
    id: string,
    changes: Partial<Pick<User, 'email' | 'passwordHash' | 'name'>>,
  ): Promise<boolean>;
  /** Deletes the account and everything that belongs to it. */
  remove(id: string): Promise<boolean>;
  count(): Promise<number>;
}

/** A signed-in browser: the cookie carries the token, the database only its hash. */
export interface LoginSession {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** Who holds a session or token: the one row every signed-in request needs. */
export interface SecretOwner {
  userId: string;
  role: Role;
}

export interface LoginSessionStore {
  create(session: LoginSession): Promise<void>;
  /** Returned even when expired: the caller compares expiresAt with its clock. */
  get(tokenHash: string): Promise<LoginSession | undefined>;
  /** The session's user and when it ends, in one read; undefined when either is gone. */
  findOwner(tokenHash: string): Promise<(SecretOwner & { expiresAt: string }) | undefined>;
  remove(tokenHash: string): Promise<boolean>;
  removeForUser(userId: string): Promise<number>;
  /** Deletes sessions whose expiresAt is at or before the given instant; returns how many. */
  removeExpired(now: string): Promise<number>;
}

export interface ApiToken {
  id: string;
  userId: string;
  /** A label the user chose ("laptop script"). */
  name: string;
  tokenHash: string;
  createdAt: string;
  revokedAt?: string;
}

export interface ApiTokenStore {
  /** Throws ConflictError (field 'tokenHash') on a repeated hash. */
  create(token: ApiToken): Promise<void>;
  /** Returned even when revoked: the caller checks revokedAt. */
  findByHash(tokenHash: string): Promise<ApiToken | undefined>;
  /** The user of a token that is not revoked, in one read; undefined otherwise. */
  findOwner(tokenHash: string): Promise<SecretOwner | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  /** False when the user has no such token or it was already revoked. */
  revoke(userId: string, id: string, revokedAt: string): Promise<boolean>;
}

/** Fixed-window counters shared by every app process (login attempts per email or address). */
export interface RateLimitStore {
  /**
   * Counts one attempt for key in the window that starts at windowStart and returns the
   * attempts counted in that window so far, this one included. A new windowStart restarts at 1.
   */
  hit(key: string, windowStart: string): Promise<number>;
  reset(key: string): Promise<void>;
}

// ---- the athlete ----------------------------------------------------------------------------

export interface AthleteProfile {
  athleteId: string;
  sex: Sex;
  ageYears: number;
  heightCm: number;
  weightKg: number;
  bodyFatPct?: number;
  focus: Focus;
  days: Weekday[];
  longRunDay: Weekday;
  weeklyKm: number;
  experience: Experience;
  equipment: Equipment;
  units: Units;
  recent?: RaceResult;
  updatedAt: string;
}

export interface ProfileStore {
  get(athleteId: string): Promise<AthleteProfile | undefined>;
  /** Creates or replaces the athlete's profile. */
  put(profile: AthleteProfile): Promise<void>;
}

/** The plan the athlete follows now, with the input it was generated from. */
export interface CurrentPlan {
  athleteId: string;
  input: PlanInput;
  /** As generated from input, adapted to the athlete's data, with the changes made on top. */
  plan: Plan;
  /** The moves and edits made since the plan was generated, in order; none when absent. */
  changes?: PlanChange[];
  updatedAt: string;
}

export interface PlanStore {
  getCurrent(athleteId: string): Promise<CurrentPlan | undefined>;
  /** Replaces the athlete's plan; its days become queryable by date (see Store.calendar). */
  putCurrent(current: CurrentPlan): Promise<void>;
  removeCurrent(athleteId: string): Promise<boolean>;
}

/** A place whose points are cut from shared tracks (home, work). */
export interface PrivacyZone {
  id: string;
  athleteId: string;
  lat: number;
  lon: number;
  radiusM: number;
}

export interface PrivacyZoneStore {
  add(zone: PrivacyZone): Promise<void>;
  list(athleteId: string): Promise<PrivacyZone[]>;
  remove(athleteId: string, id: string): Promise<boolean>;
}

/** The athlete's subscribable calendar URL. */
export interface CalendarFeed {
  athleteId: string;
  /** The SecretTokens hash of the secret in the URL; the secret itself is never stored. */
  secret: string;
  createdAt: string;
}

export interface CalendarFeedStore {
  /** Creates or replaces (rotates) the athlete's secret. ConflictError (field 'secret') on reuse. */
  put(feed: CalendarFeed): Promise<void>;
  get(athleteId: string): Promise<CalendarFeed | undefined>;
  /** Looks up by the stored (hashed) secret. */
  findBySecret(secret: string): Promise<CalendarFeed | undefined>;
  remove(athleteId: string): Promise<boolean>;
}

// ---- the training journal -------------------------------------------------------------------

export interface RunLog {
  id: string;
  athleteId: string;
  date: string;
  type: RunType;
  distanceKm: number;
  durationMin: number;
  avgHr?: number;
  rpe?: number;
}

export interface LiftSet {
  exercise: string;
  reps: number;
  loadKg: number;
  rir?: number;
}

export interface LiftLog {
  id: string;
  athleteId: string;
  date: string;
  durationMin: number;
  rpe?: number;
  sets: LiftSet[];
}

/** One per athlete and day. Scales run 1 (low) to 5 (high). */
export interface CheckIn {
  athleteId: string;
  date: string;
  sleepHours: number;
  soreness: number;
  motivation: number;
  fatigue: number;
  restingHr?: number;
  /** Where and how it hurts, in the athlete's words; absent when nothing hurts. */
  pain?: string;
}

/** One per athlete and day. */
export interface BodyEntry {
  athleteId: string;
  date: string;
  weightKg: number;
  bodyFatPct?: number;
}

/** One per athlete and day: the day's total. */
export interface IntakeEntry {
  athleteId: string;
  date: string;
  kcal: number;
  proteinG?: number;
}

/** Records that may occur several times a day, addressed by id within one athlete. */
export interface LogStore<T extends { id: string; athleteId: string; date: string }> {
  add(record: T): Promise<void>;
  /** Replaces the record with the same id and athlete; false when there is none. */
  update(record: T): Promise<boolean>;
  get(athleteId: string, id: string): Promise<T | undefined>;
  remove(athleteId: string, id: string): Promise<boolean>;
  /** Ordered by date. */
  range(athleteId: string, range: DateRange): Promise<T[]>;
}

/** Records that occur at most once per athlete and day. */
export interface DailyStore<T extends { athleteId: string; date: string }> {
  /** Creates or replaces the athlete's record for that date. */
  put(record: T): Promise<void>;
  get(athleteId: string, date: string): Promise<T | undefined>;
  remove(athleteId: string, date: string): Promise<boolean>;
  /** Ordered by date. */
  range(athleteId: string, range: DateRange): Promise<T[]>;
}

// ---- imported activities --------------------------------------------------------------------

/** One recorded point; same shape as the core activity sample. */
export interface ActivitySample {
  timeSec: number;
  lat?: number;
  lon?: number;
  altitudeM?: number;
  distanceM?: number;
  heartRateBpm?: number;
  cadenceSpm?: number;
  powerW?: number;
  speedMps?: number;
}

export interface ActivitySet {
  exercise?: string;
  reps?: number;
  weightKg?: number;
  durationSec?: number;
  startOffsetSec: number;
}

export interface ActivitySummary {
  distanceKm: number;
  movingTimeSec: number;
  elapsedTimeSec: number;
  elevationGainM: number;
  avgHr?: number;
  maxHr?: number;
  trimp?: number;
  srpeLoad?: number;
  strengthVolumeKg: number;
}

/** An imported activity without its samples: what lists and calendars need. */
export interface ActivityHeader {
  id: string;
  athleteId: string;
  /** Hash of the file's bytes: the same file imported twice is one activity. */
  contentHash: string;
  sport: string;
  subSport?: string;
  /** The name it was given: the file's own, or its export index's ("Morning Run"). */
  title?: string;
  /** ISO 8601 UTC. */
  startTime: string;
  /** The calendar date the athlete did it on (their local date). */
  date: string;
  summary: ActivitySummary;
  /** Set when only part of the file could be read. */
  partialReason?: string;
  /** The planned day this activity was matched to. */
  plannedDate?: string;
  importedAt: string;
}

export interface Activity extends ActivityHeader {
  samples: ActivitySample[];
  sets: ActivitySet[];
}

export interface ActivityStore {
  /**
   * Stores the activity unless this athlete already has one with the same contentHash; then
   * nothing changes and the existing id comes back with created false.
   */
  add(activity: Activity): Promise<{ id: string; created: boolean }>;
  get(athleteId: string, id: string): Promise<Activity | undefined>;
  findByHash(athleteId: string, contentHash: string): Promise<ActivityHeader | undefined>;
  /** Ordered by start time. */
  range(athleteId: string, range: DateRange): Promise<ActivityHeader[]>;
  /** Links the activity to a planned day, or unlinks it with undefined. */
  setPlannedDate(athleteId: string, id: string, plannedDate: string | undefined): Promise<boolean>;
  remove(athleteId: string, id: string): Promise<boolean>;
}

// ---- coaching -------------------------------------------------------------------------------

export interface CoachInvite {
  code: string;
  coachId: string;
  createdAt: string;
  expiresAt: string;
  acceptedBy?: string;
  acceptedAt?: string;
}

export interface InviteStore {
  create(invite: CoachInvite): Promise<void>;
  get(code: string): Promise<CoachInvite | undefined>;
  listForCoach(coachId: string): Promise<CoachInvite[]>;
  /**
   * Marks the invite accepted unless someone accepted it first (true only for the winner when
   * two requests race). Does not look at expiresAt: the caller checks expiry before.
   */
  accept(code: string, athleteId: string, acceptedAt: string): Promise<boolean>;
}

export interface CoachLink {
  coachId: string;
  athleteId: string;
  createdAt: string;
}

export interface CoachLinkStore {
  /** Adding an existing link keeps the original. */
  add(link: CoachLink): Promise<void>;
  remove(coachId: string, athleteId: string): Promise<boolean>;
  exists(coachId: string, athleteId: string): Promise<boolean>;
  athletesOf(coachId: string): Promise<CoachLink[]>;
  coachesOf(athleteId: string): Promise<CoachLink[]>;
}

// ---- the whole store ------------------------------------------------------------------------

/** What was planned and what was done over a date range. */
export interface CalendarRange {
  planned: PlanDay[];
  runs: RunLog[];
  lifts: LiftLog[];
  activities: ActivityHeader[];
}

declare const jsonOf: unique symbol;
/**
 * A value already written as JSON (UTF-8 bytes), for answers that only pass it on: parsing a
 * month of plan days just to write them out again cost more than the rest of the calendar
 * request. Shared and possibly cached: read it, never change it.
 */
export type JsonBytes<T> = Uint8Array<ArrayBuffer> & { readonly [jsonOf]?: T };

/** The same, as JSON text. */
export type JsonText<T> = string & { readonly [jsonOf]?: T };

/** How much of each planned day a calendar gives: its brief form, or all of it. */
export type CalendarDetail = 'summary' | 'full';

/** CalendarRange with each part already one JSON array, ready to send. */
export interface CalendarForJson {
  planned: JsonBytes<PlanDay[] | PlanDaySummary[]>;
  runs: JsonText<RunLog[]>;
  lifts: JsonText<LiftLog[]>;
  activities: JsonText<ActivityHeader[]>;
}

export interface Store {
  users: UserStore;
  loginSessions: LoginSessionStore;
  apiTokens: ApiTokenStore;
  rateLimits: RateLimitStore;
  profiles: ProfileStore;
  plans: PlanStore;
  privacyZones: PrivacyZoneStore;
  calendarFeeds: CalendarFeedStore;
  runLogs: LogStore<RunLog>;
  liftLogs: LogStore<LiftLog>;
  checkIns: DailyStore<CheckIn>;
  bodyEntries: DailyStore<BodyEntry>;
  intakeEntries: DailyStore<IntakeEntry>;
  activities: ActivityStore;
  invites: InviteStore;
  coachLinks: CoachLinkStore;
  /** Planned days (of the current plan) and done sessions of one athlete, by date. */
  calendar(athleteId: string, range: DateRange): Promise<CalendarRange>;
  /** The same as calendar() as JSON, with the planned days in brief or in full. */
  calendarForJson(
    athleteId: string,
    range: DateRange,
    detail: CalendarDetail,
  ): Promise<CalendarForJson>;
  /**
   * Runs fn with a store whose every call belongs to one transaction: all of it commits when
   * fn resolves, none of it when fn throws (the error is rethrown). Calling transaction on
   * that inner store joins the same transaction.
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

// ---- secrets --------------------------------------------------------------------------------

/** Slow, salted password hashing (argon2id in production). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash this hasher cannot read. */
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/** Random bearer secrets (session cookies, API tokens, invite codes) and their stored form. */
export interface SecretTokens {
  /** A new unguessable, URL-safe secret. */
  newToken(): string;
  /**
   * The one-way form kept in the database. The secrets are long and random, so a fast hash is
   * enough: there is nothing to guess, unlike a password.
   */
  hash(token: string): string;
}
