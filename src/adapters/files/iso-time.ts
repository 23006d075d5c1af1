// Times in GPX and TCX files: ISO 8601 date-times, nearly always in UTC ("Z"), sometimes with an
// offset ("+01:00") and fractions of a second. A time without a zone is read as UTC, which is
// what both formats prescribe; JavaScript's Date.parse would take it as local time instead.

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Milliseconds since the Unix epoch, or undefined when the text is not an ISO date-time. */
export function parseIsoTimeMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = ISO_DATE_TIME.exec(text.trim());
  if (m === null) return undefined;
  const [, date, time, zone] = m;
  let offset = 'Z';
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
  }
  const ms = Date.parse(`${date}T${time}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}
