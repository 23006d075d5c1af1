export default function Exercises() {
  return <h1>Exercises</h1>;
}
