// Coach invites and the coach–athlete links they create.
import type { Kysely, Selectable } from 'kysely';
import type { CoachInvite, CoachLink, CoachLinkStore, InviteStore } from '../../app/ports.js';
import type { CoachInvitesTable, CoachLinksTable, Database } from './schema.js';
import { instant, optionalInstant } from './values.js';
import { touched, uniqueOrConflict } from './writes.js';

const toInvite = (row: Selectable<CoachInvitesTable>): CoachInvite => ({
  code: row.code,
  coachId: row.coach_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedBy: row.accepted_by ?? undefined,
  acceptedAt: row.accepted_at ?? undefined,
});

export function inviteStore(db: Kysely<Database>): InviteStore {
  return {
    async create(invite) {
      await uniqueOrConflict('coach invite', () =>
        db
          .insertInto('coach_invites')
          .values({
            code: invite.code,
            coach_id: invite.coachId,
            created_at: instant(invite.createdAt, 'createdAt'),
            expires_at: instant(invite.expiresAt, 'expiresAt'),
            accepted_by: invite.acceptedBy ?? null,
            accepted_at: optionalInstant(invite.acceptedAt, 'acceptedAt'),
          })
          .execute(),
      );
    },
    async get(code) {
      const row = await db
        .selectFrom('coach_invites')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      return row && toInvite(row);
    },
    async listForCoach(coachId) {
      const rows = await db
        .selectFrom('coach_invites')
        .selectAll()
        .where('coach_id', '=', coachId)
        .orderBy('created_at')
        .orderBy('code')
        .execute();
      return rows.map(toInvite);
    },
    async accept(code, athleteId, acceptedAt) {
      // The "still open" test is part of the update, so of two racing accepts one wins. It
      // reads accepted_at: accepted_by empties again when that athlete deletes the account.
      const result = await db
        .updateTable('coach_invites')
        .set({ accepted_by: athleteId, accepted_at: instant(acceptedAt, 'acceptedAt') })
        .where('code', '=', code)
        .where('accepted_at', 'is', null)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
  };
}

const toLink = (row: Selectable<CoachLinksTable>): CoachLink => ({
  coachId: row.coach_id,
  athleteId: row.athlete_id,
  createdAt: row.created_at,
});

export function coachLinkStore(db: Kysely<Database>): CoachLinkStore {
  const linksWhere = (column: 'coach_id' | 'athlete_id', id: string) =>
    db
      .selectFrom('coach_links')
      .selectAll()
      .where(column, '=', id)
      .orderBy('created_at')
      .orderBy(column === 'coach_id' ? 'athlete_id' : 'coach_id')
      .execute()
      .then((rows) => rows.map(toLink));

  return {
    async add(link) {
      await db
        .insertInto('coach_links')
        .values({
          coach_id: link.coachId,
          athlete_id: link.athleteId,
          created_at: instant(link.createdAt, 'createdAt'),
        })
        .onConflict((oc) => oc.columns(['coach_id', 'athlete_id']).doNothing())
        .execute();
    },
    async remove(coachId, athleteId) {
      const result = await db
        .deleteFrom('coach_links')
        .where('coach_id', '=', coachId)
        .where('athlete_id', '=', athleteId)
        .executeTakeFirstOrThrow();
      return touched(result) > 0;
    },
    async exists(coachId, athleteId) {
      const row = await db
        .selectFrom('coach_links')
        .select('coach_id')
        .where('coach_id', '=', coachId)
        .where('athlete_id', '=', athleteId)
        .executeTakeFirst();
      return row !== undefined;
    },
    athletesOf: (coachId) => linksWhere('coach_id', coachId),
    coachesOf: (athleteId) => linksWhere('athlete_id', athleteId),
  };
}
