/** The same day `months` later (UTC), on the month's last day when it has no such day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(at: Date, months: number): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(at.getTime());
  out.setUTCFullYear(y, m, Math.min(at.getUTCDate(), lastDay));
  return out;
}
