// Calendar days without a clock or a time zone. A day is {year, month, day}
// and every sum is done in UTC, where no day has 23 or 25 hours, so a start
// before a change to summer or winter time never lands a moment a day off.

export function parseDay(text) {
  const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || ""));
  if (!found) return null;
  const [year, month, day] = found.slice(1).map(Number);
  const parsed = fromUtc(new Date(Date.UTC(year, month - 1, day)));
  // Date.UTC rolls 31 February over to March and reads year 0050 as 1950.
  if (parsed.year !== year || parsed.month !== month || parsed.day !== day) return null;
  return parsed;
}

export function addDays(start, days) {
  const date = new Date(Date.UTC(start.year, start.month - 1, start.day));
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

export function addWeeks(start, weeks) {
  return addDays(start, 7 * weeks);
}

function fromUtc(date) {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

const two = (n) => String(n).padStart(2, "0");

export function isoDay(day) {
  return `${String(day.year).padStart(4, "0")}-${two(day.month)}-${two(day.day)}`;
}

// "dinsdag 9 december 2026": the words come from the i18n object, not from
// the browser's locale data, so every browser writes the same date.
export function dutchDay(day, words) {
  return `${words.dagen[day.weekday]} ${day.day} ${words.maanden[day.month - 1]} ${day.year}`;
}
