/** The workstation's date as an ISO string (2026-09-01): the Swedish locale writes dates that way. */
export const todayIso = () => new Date().toLocaleDateString('sv-SE');

/** A date suggested for a form: `date`, but not before `from` nor after `to`. The core checks what is sent. */
export function within(date: string, from: string, to: string): string {
  if (date < from) return from;
  if (date > to) return to;
  return date;
}
