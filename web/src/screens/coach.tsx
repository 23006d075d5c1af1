export default function Coach() {
  return <h1>Coach</h1>;
}
