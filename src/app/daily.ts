// Once-a-day records: the morning check-in, body weight and the optional food log. Sending a
// second one for a date replaces the first.
import { type Actor, authorize } from './access.js';
import { adaptToData } from './adaptation.js';
import { checkedRange } from './date-range.js';
import type { BodyEntry, CheckIn, DateRange, IntakeEntry } from './ports.js';
import type { Services } from './services.js';

type Fields<T> = Omit<T, 'athleteId'>;

export async function putCheckIn(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  fields: Fields<CheckIn>,
): Promise<CheckIn> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const record: CheckIn = { ...fields, athleteId };
  await s.store.checkIns.put(record);
  await adaptToData(s, athleteId);
  return record;
}

export async function listCheckIns(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  range: DateRange,
): Promise<CheckIn[]> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  return s.store.checkIns.range(athleteId, checkedRange(range));
}

export async function putBodyEntry(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  fields: Fields<BodyEntry>,
): Promise<BodyEntry> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const record: BodyEntry = { ...fields, athleteId };
  await s.store.bodyEntries.put(record);
  return record;
}

export async function listBodyEntries(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  range: DateRange,
): Promise<BodyEntry[]> {
  await authorize(s.store.coachLinks, actor, 'read', athleteId);
  return s.store.bodyEntries.range(athleteId, checkedRange(range));
}

export async function putIntakeEntry(
  s: Services,
  actor: Actor | undefined,
  athleteId: string,
  fields: Fields<IntakeEntry>,
): Promise<IntakeEntry> {
  await authorize(s.store.coachLinks, actor, 'write', athleteId);
  const record: IntakeEntry = { ...fields, athleteId };
  await s.store.intakeEntries.put(record);
  return record;
}
