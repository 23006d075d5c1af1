export default function Fuel() {
  return <h1>Fuel</h1>;
}
