export default function PlanPreview() {
  return <h1>PlanPreview</h1>;
}
