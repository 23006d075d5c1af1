// The typed client of the runstrong HTTP API (docs/api.md). The browser sends the session
// cookie with every call; a failed call throws ApiError carrying the server's code, message
// and the request field at fault, so a form can show the message next to that field.

import type {
  LiftLog,
  Role,
  RunLog,
  BodyEntry as StoredBodyEntry,
  CheckIn as StoredCheckIn,
  IntakeEntry as StoredIntakeEntry,
  PrivacyZone as StoredPrivacyZone,
} from '../../src/app/ports.js';
import type { SessionEdit } from '../../src/core/plan/edit.js';
import type {
  DayFuel,
  Equipment,
  Experience,
  Focus,
  GoalDistance,
  Plan,
  PlanDay,
  PlanDaySummary,
  RaceResult,
  Sex,
  Units,
  Weekday,
} from '../../src/core/plan/types.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Plan and move refusals: the rule that cannot be met and what would fix it. */
    readonly rule?: string,
    readonly fix?: string,
  ) {
    super(message);
  }
}

// ---- records --------------------------------------------------------------------------------
// The journal records travel as stored (src/app/ports.ts); where the athlete is already in the
// URL, the wire leaves athleteId out.

export type { LiftLog, LiftSet, Role, RunLog } from '../../src/app/ports.js';
export type { SessionEdit } from '../../src/core/plan/edit.js';
export type CheckIn = Omit<StoredCheckIn, 'athleteId'>;
export type BodyEntry = Omit<StoredBodyEntry, 'athleteId'>;
export type IntakeEntry = Omit<StoredIntakeEntry, 'athleteId'>;
export type PrivacyZone = Omit<StoredPrivacyZone, 'athleteId'>;

export interface Account {
  userId: string;
  email: string;
  name: string;
  role: Role;
  athleteId?: string;
}

export interface ProfileInput {
  sex: Sex;
  age: number;
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
  /** "5k=24:30" going in; the parsed form comes back. */
  recent?: string | RaceResult;
}

export interface Profile extends ProfileInput {
  athleteId: string;
  recent?: RaceResult;
  updatedAt: string;
}

export interface PlanRequest {
  distance: GoalDistance;
  weeks?: number;
  raceDate?: string;
  start: string;
}

export type LogEntry = (RunLog & { kind: 'run' }) | (LiftLog & { kind: 'strength' });
export type NewRunLog = Omit<RunLog, 'id' | 'athleteId'> & { kind: 'run' };
export type NewLiftLog = Omit<LiftLog, 'id' | 'athleteId'> & { kind: 'strength' };

export interface ActivityHeader {
  id: string;
  sport: string;
  date: string;
  startTime: string;
  summary: { distanceKm: number; movingTimeSec: number; avgHr?: number };
  partialReason?: string;
}

/** Planned and done over a range; the planned days in brief unless asked for in full. */
export interface CalendarRange<Day extends PlanDay | PlanDaySummary = PlanDaySummary> {
  planned: Day[];
  runs: RunLog[];
  lifts: LiftLog[];
  activities: ActivityHeader[];
}

export interface FuelDay {
  date: string;
  planned: boolean;
  weightKg: number;
  bmrKcal: number;
  maintenanceKcal: number;
  targetKcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  meals: number;
  dayType: DayFuel['dayType'];
  timing: string[];
  waterL: number;
  electrolytes: boolean;
  mealIdeas: string[];
  intake?: { kcal: number; proteinG?: number };
}

/** Volume of one ISO week (Monday start), counted the same way for planned and done. */
export interface WeekVolume {
  weekStart: string;
  isoWeek: string;
  runKm: number;
  runMin: number;
  strengthSets: number;
  strengthTonnageKg?: number;
  sessions: Record<'run' | 'strength' | 'cross' | 'mobility', number>;
}

export interface Compliance {
  planned: number;
  done: number;
  /** done / planned; absent when nothing was planned. */
  ratio?: number;
}

export interface E1rmPoint {
  date: string;
  e1rmKg: number;
  reps: number;
  loadKg: number;
  rir?: number;
}

export interface BodyTrend {
  trendKg?: number;
  ratePctPerWeek?: number;
  /** Expected weekly change for the focus, % of body weight. */
  expectedBand: [number, number];
  status: 'below' | 'within' | 'above' | 'not-enough-data';
  nudgeKcal: number;
  message: string;
}

export interface FitnessDay {
  date: string;
  load: number;
  ctl: number;
  atl: number;
  tsb: number;
}

export interface Progress {
  date: string;
  weeks: { weekStart: string; isoWeek: string; planned: WeekVolume; done: WeekVolume }[];
  lifts: { exercise: string; points: E1rmPoint[] }[];
  compliance: { days7: Compliance; days28: Compliance };
  body?: BodyTrend;
}

export interface Invite {
  code: string;
  createdAt: string;
  expiresAt: string;
}

export interface CoachLink {
  coachId: string;
  coachName: string;
  athleteId: string;
  athleteName: string;
  createdAt: string;
}

/** One row of the coach's list. */
export interface RosterEntry {
  athleteId: string;
  name: string;
  email: string;
  linkedAt: string;
  readiness: {
    date?: string;
    score?: number;
    band?: 'good' | 'ok' | 'low';
    lagging: boolean;
    laggingReason?: string;
  };
  compliance: { days7: Compliance; days28: Compliance };
  loadRatio?: { ratio: number; zone: 'below' | 'target' | 'raised' | 'spike' };
  flags: ('recovery-lagging' | 'pain' | 'persistent-pain' | 'load-spike')[];
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  revokedAt?: string;
}

export interface NewApiToken extends ApiToken {
  token: string;
}

export interface CalendarFeedLink {
  url: string;
}

/** One uploaded file's outcome. */
export interface ImportResult {
  file: string;
  status: 'imported' | 'duplicate' | 'failed' | 'partial';
  error?: string;
}

/** An imported activity, as the import answers it. */
export interface ActivityView {
  id: string;
  sport: string;
  title?: string;
  date: string;
  distanceKm: number;
  movingTimeSec: number;
  partial: boolean;
  partialReason?: string;
}

export interface ImportAnswer {
  imported: number;
  duplicates: number;
  files: ImportResult[];
  activities: ActivityView[];
}

export interface LoadReport {
  from: string;
  to: string;
  days: FitnessDay[];
  acwr?: { acuteMean: number; chronicMean: number; ratio: number; zone: string };
}

// ---- transport ------------------------------------------------------------------------------

/** The error a failed answer carries, as an ApiError. */
export async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; field?: string; rule?: string; fix?: string };
    };
    const e = body.error;
    if (e?.message) {
      return new ApiError(response.status, e.code ?? 'error', e.message, e.field, e.rule, e.fix);
    }
  } catch {
    // Not our JSON (a proxy's page, say): fall through to a plain message.
  }
  return new ApiError(response.status, 'http', `the server answered ${response.status}`);
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'cannot reach the server: check the connection and retry');
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  if (!response.headers.get('Content-Type')?.includes('json')) {
    throw new ApiError(response.status, 'http', `unexpected answer from the server to ${path}`);
  }
  return (await response.json()) as T;
}

const get = <T>(path: string) => request<T>('GET', path);
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});
const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
const del = (path: string) => request<void>('DELETE', path);

const athlete = (id: string) => `/api/athletes/${encodeURIComponent(id)}`;
const range = (from: string, to: string) => `from=${from}&to=${to}`;

/** Sends files one by one with upload progress (fetch cannot report it). */
function upload(
  path: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload was cut off: retry'));
    xhr.onload = () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'Content-Type': 'application/json' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        response
          .json()
          .then(resolve, () =>
            reject(new ApiError(xhr.status, 'http', 'unexpected answer from the server')),
          );
      } else {
        errorFrom(response).then(reject);
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

// ---- the routes -----------------------------------------------------------------------------

export const api = {
  signup: (b: { email: string; password: string; name: string; role: Role }) =>
    post<Account>('/api/auth/signup', b),
  login: (b: { email: string; password: string }) => post<Account>('/api/auth/login', b),
  logout: () => post<void>('/api/auth/logout'),
  me: () => get<Account>('/api/me'),
  deleteAccount: (password: string) => request<void>('DELETE', '/api/me', { password }),

  profile: (id: string) => get<Profile>(`${athlete(id)}/profile`),
  putProfile: (id: string, p: ProfileInput) => put<Profile>(`${athlete(id)}/profile`, p),
  createPlan: (id: string, r: PlanRequest) => post<Plan>(`${athlete(id)}/plan`, r),
  plan: (id: string) => get<Plan>(`${athlete(id)}/plan`),
  /** A month grid's overview: each planned day's sessions in brief. */
  calendar: (id: string, from: string, to: string) =>
    get<CalendarRange>(`${athlete(id)}/calendar?${range(from, to)}`),
  /** The days in full: steps, exercises, reasons and meal timing. */
  calendarInFull: (id: string, from: string, to: string) =>
    get<CalendarRange<PlanDay>>(`${athlete(id)}/calendar?${range(from, to)}&detail=full`),
  moveSession: (id: string, move: { from: string; index: number; to: string }) =>
    post<Plan>(`${athlete(id)}/plan/moves`, move),
  editSession: (id: string, edit: { date: string; index: number } & SessionEdit) =>
    post<Plan>(`${athlete(id)}/plan/edits`, edit),

  logs: (id: string, from: string, to: string) =>
    get<LogEntry[]>(`${athlete(id)}/logs?${range(from, to)}`),
  addLog: (id: string, entry: NewRunLog | NewLiftLog) =>
    post<RunLog | LiftLog>(`${athlete(id)}/logs`, entry),
  checkIns: (id: string, from: string, to: string) =>
    get<CheckIn[]>(`${athlete(id)}/checkins?${range(from, to)}`),
  checkIn: (id: string, c: CheckIn) => post<CheckIn>(`${athlete(id)}/checkins`, c),
  addBody: (id: string, b: BodyEntry) => post<BodyEntry>(`${athlete(id)}/body`, b),
  addIntake: (id: string, i: IntakeEntry) => post<IntakeEntry>(`${athlete(id)}/intake`, i),
  fuel: (id: string, date: string, heat: boolean) =>
    get<FuelDay>(`${athlete(id)}/fuel?date=${date}${heat ? '&heat=true' : ''}`),
  progress: (id: string, date: string) => get<Progress>(`${athlete(id)}/progress?date=${date}`),
  load: (id: string, date: string) => get<LoadReport>(`${athlete(id)}/load?date=${date}`),
  planWorkouts: (id: string) =>
    get<{ name: string; url: string }[]>(`${athlete(id)}/plan/workouts`),
  bodyEntries: (id: string, from: string, to: string) =>
    get<BodyEntry[]>(`${athlete(id)}/body?${range(from, to)}`),
  importFile: (id: string, file: File, onProgress: (fraction: number) => void) =>
    // The browser's time zone dates each activity by where it was run, not by UTC.
    upload(
      `${athlete(id)}/imports?timeZone=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)}`,
      file,
      onProgress,
    ),

  coaches: (id: string) => get<CoachLink[]>(`${athlete(id)}/coaches`),
  removeCoach: (id: string, coachId: string) =>
    del(`${athlete(id)}/coaches/${encodeURIComponent(coachId)}`),
  createInvite: () => post<Invite>('/api/coach/invites'),
  acceptInvite: (code: string) =>
    post<CoachLink>(`/api/invites/${encodeURIComponent(code)}/accept`),
  coachAthletes: (date: string) => get<RosterEntry[]>(`/api/coach/athletes?date=${date}`),

  tokens: () => get<ApiToken[]>('/api/tokens'),
  createToken: (name: string) => post<NewApiToken>('/api/tokens', { name }),
  revokeToken: (tokenId: string) => del(`/api/tokens/${encodeURIComponent(tokenId)}`),
  privacyZones: (id: string) => get<PrivacyZone[]>(`${athlete(id)}/privacy-zones`),
  addPrivacyZone: (id: string, z: Omit<PrivacyZone, 'id'>) =>
    post<PrivacyZone>(`${athlete(id)}/privacy-zones`, z),
  removePrivacyZone: (id: string, zoneId: string) =>
    del(`${athlete(id)}/privacy-zones/${encodeURIComponent(zoneId)}`),
  calendarFeed: (id: string) => post<CalendarFeedLink>(`${athlete(id)}/calendar-feed`),
};

/** Plain links the browser downloads itself (the cookie goes along). */
export const downloads = (id: string) => ({
  ics: `${athlete(id)}/plan.ics`,
  markdown: `${athlete(id)}/plan.md`,
  export: `${athlete(id)}/export`,
});
