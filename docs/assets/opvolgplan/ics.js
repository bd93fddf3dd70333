// An iCalendar file (RFC 5545) made from plain data, with no clock and no
// randomness of its own: the caller passes the time stamp and the UIDs, so
// the same input gives the same file.

import { addDays, isoDay } from "./dates.js";

const CRLF = "\r\n";
const MAX_OCTETS = 75; // a content line, before its CRLF (RFC 5545, 3.1)
const encoder = new TextEncoder();

// TEXT values (3.3.11): backslash, semicolon, comma and line breaks are escaped.
export function escapeText(value) {
  return String(value)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

// Lines longer than 75 octets continue on the next line after a space; a
// character is never split, so a multi-byte letter stays whole.
export function fold(line) {
  const parts = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (size + octets > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      size = 1;
    }
    current += character;
    size += octets;
  }
  parts.push(current);
  return parts.join(CRLF);
}

const compact = (day) => isoDay(day).replace(/-/g, "");

export function utcStamp(date) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function event({ uid, stamp, day, summary, description }) {
  return [
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(day)}`,
    `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

// events: [{uid, day, summary, description}]; stamp: utcStamp(now).
export function calendar(events, stamp) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Inspiratiebox lokaal vrijwilligerswerk//Opvolgplan//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...events.flatMap((item) => event({ ...item, stamp })),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}
