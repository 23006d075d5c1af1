// Calendar: the plan's weeks with what was done, for the signed-in athlete.
import { useAthlete } from '../session.js';
import { PlanCalendar } from '../ui/plan-calendar.js';

export default function CalendarScreen() {
  const { athleteId, units } = useAthlete();
  return (
    <>
      <div className="page-head">
        <h1>Calendar</h1>
        <p>Planned and done, week by week. Tap a session for its detail or to move it.</p>
      </div>
      <PlanCalendar athleteId={athleteId} units={units} />
    </>
  );
}
