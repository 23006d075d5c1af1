// One planned session as the runner reads it: what, how much, the structure or the exercises,
// and the why one tap away.
import { Fragment, type ReactNode } from 'react';
import {
  describeSteps,
  exerciseLabel,
  exerciseParts,
  sessionFacts,
} from '../../../src/core/plan/describe.js';
import type { Session, StrengthExercise, Units } from '../../../src/core/plan/types.js';
import { showMass } from '../units.js';
import { kindClass } from '../words.js';

/**
 * A load target arrives on an exercise once the server tracks the lift's history; until then
 * the prescription's reps in reserve choose the weight.
 */
export type PlannedExercise = StrengthExercise & { targetLoadKg?: number };

export function targetLoad(exercise: PlannedExercise, units: Units): string {
  if (exercise.targetLoadKg !== undefined) return showMass(exercise.targetLoadKg, units);
  return exercise.timed ? 'good form' : 'by feel';
}

export function Why({ text, label = 'Why this session' }: { text: string; label?: string }) {
  return (
    <details className="why">
      <summary>{label}</summary>
      <p>{text}</p>
    </details>
  );
}

export function ExerciseTable({
  exercises,
  units,
  caption,
}: {
  exercises: readonly PlannedExercise[];
  units: Units;
  caption: string;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Sets × reps</th>
            <th scope="col" className="num">
              <abbr title="Reps in reserve">RIR</abbr>
            </th>
            <th scope="col">Rest</th>
            <th scope="col">Target load</th>
          </tr>
        </thead>
        <tbody>
          {exercises.map((e, i) => {
            const parts = exerciseParts(e);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: an exercise may appear twice
              <Fragment key={`${e.id}-${i}`}>
                <tr className="exercise-row">
                  <th scope="row">{e.name}</th>
                  <td className="nowrap">{parts.setsReps}</td>
                  <td className="num">{parts.rir}</td>
                  <td className="nowrap">{parts.rest}</td>
                  <td>
                    {targetLoad(e, units)}
                    {e.loadChangePct !== 0 && <span className="hint">{parts.loadChange}</span>}
                  </td>
                </tr>
                {/* The cue gets the full width under its row, so the numbers stay in line. */}
                <tr className="cue-row">
                  <td colSpan={5}>{e.cue}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {exercises.some((e) => e.targetLoadKg === undefined && !e.timed) && (
        <p className="hint">
          By feel: pick a weight that leaves the reps in reserve (RIR) shown, i.e. you could do that
          many more reps at the end of each set.
        </p>
      )}
    </div>
  );
}

export function SessionView({
  session,
  units,
  headingLevel = 3,
  children,
}: {
  session: Session;
  units: Units;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`card session ${kindClass(session)}`}>
      <div className="session-head">
        <Heading>{session.title}</Heading>
        {session.kind === 'run' && session.hard && <span className="badge badge-warn">Hard</span>}
        {session.kind === 'strength' && session.heavy && <span className="badge">Heavy</span>}
      </div>
      <p className="session-facts">{sessionFacts(session, units)}</p>
      {session.kind === 'run' && (
        <ol className="steps">
          {describeSteps(session.steps, units).map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are fixed and ordered
            <li key={i}>{line}</li>
          ))}
        </ol>
      )}
      {session.kind === 'strength' && (
        <ExerciseTable exercises={session.exercises} units={units} caption={session.title} />
      )}
      {session.kind === 'mobility' && (
        <ul className="steps">
          {session.items.map((id, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an item may repeat
            <li key={`${id}-${i}`}>{exerciseLabel(id)}</li>
          ))}
        </ul>
      )}
      <Why text={session.why} />
      {children}
    </article>
  );
}
