export default function CoachAthlete({ athleteId }: { athleteId: string }) {
  return <h1>Athlete {athleteId}</h1>;
}
