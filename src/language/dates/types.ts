/** How precise a resolved date is: a week resolves to its first day. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A temporal expression resolved against the article's publication date. */
export interface ResolvedDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY according to precision (a week resolves to its first day). */
  readonly date: string;
  /**
   * Last day of a range ("antara 1 September dan 1 Oktober"), same format; null for a single date.
   * (Named endDate, not end, because `end` is a span offset in records that carry both.)
   */
  readonly endDate: string | null;
  readonly precision: DatePrecision;
  /** The verbatim words the date came from. */
  readonly evidence: string;
}
