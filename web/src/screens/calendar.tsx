export default function CalendarScreen() {
  return <h1>CalendarScreen</h1>;
}
