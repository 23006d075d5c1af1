// One athlete, seen by their coach: the plan's weeks with what was done, sessions movable and
// editable (the server checks each change against the rules), in the athlete's own units.
import { ApiError, api } from '../api.js';
import { localToday } from '../dates.js';
import { useResource } from '../resource.js';
import { Link } from '../router.js';
import { PlanCalendar } from '../ui/plan-calendar.js';
import { Async, Empty } from '../ui/status.js';

export default function CoachAthlete({ athleteId }: { athleteId: string }) {
  const roster = useResource(() => api.coachAthletes(localToday()), []);
  const profile = useResource(async () => {
    try {
      return await api.profile(athleteId);
    } catch (e) {
      // An athlete who has not finished onboarding has no profile (and no plan) yet.
      if (e instanceof ApiError && e.status === 404) return undefined;
      throw e;
    }
  }, [athleteId]);
  const entry =
    roster.state === 'ready' ? roster.data.find((a) => a.athleteId === athleteId) : undefined;
  return (
    <>
      <p className="small">
        <Link to="/coach">← All athletes</Link>
      </p>
      <div className="page-head">
        <h1>{entry?.name ?? 'Athlete'}</h1>
        {entry && (
          <p>
            {entry.readiness.band
              ? `Readiness ${entry.readiness.score ?? ''} (${entry.readiness.band})`
              : 'No recent check-in'}
            {entry.readiness.laggingReason ? ` · ${entry.readiness.laggingReason}` : ''}
          </p>
        )}
      </div>
      <Async resource={profile} what="the athlete">
        {(p) =>
          p ? (
            <PlanCalendar athleteId={athleteId} units={p.units} canEdit />
          ) : (
            <Empty title="No plan yet">
              <p>This athlete has not finished setting up. Their calendar appears once they do.</p>
            </Empty>
          )
        }
      </Async>
    </>
  );
}
