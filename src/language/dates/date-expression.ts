import type { RelativeUnit } from './date-lexicon.js';

/**
 * A temporal expression found in a sentence, before it is resolved against the publication
 * date. Offsets are into the sentence.
 */

/** The parts of a calendar date the text states; null where the text is silent. */
export interface CalendarParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Weekday written with the date ("Kamis (26/10)"), 0 = Sunday. */
  readonly weekday: number | null;
  /** "Juli lalu": the latest such month strictly before publication. */
  readonly past: boolean;
}

export type DateExpression =
  | {
      readonly kind: 'calendar';
      readonly start: number;
      readonly end: number;
      readonly parts: CalendarParts;
      /** The last day of a range ("antara 1 September dan 1 Oktober"). */
      readonly to: CalendarParts | null;
    }
  | {
      readonly kind: 'relative';
      readonly start: number;
      readonly end: number;
      readonly unit: RelativeUnit;
      readonly offset: number;
    }
  | {
      readonly kind: 'weekday';
      readonly start: number;
      readonly end: number;
      readonly weekday: number;
      /**
       * nearest: on or before publication; upcoming: on or after (a clause about the future); last:
       * strictly before; next: strictly after; this: in its week.
       */
      readonly direction: WeekdayDirection;
    }
  | {
      /** A count of units from another event: "sehari setelah …", "tiga hari kemudian". */
      readonly kind: 'anchored';
      readonly start: number;
      readonly end: number;
      readonly unit: RelativeUnit;
      /** Signed count: positive after the other event, negative before it. */
      readonly offset: number;
      /** True when the other event is the one dated before ("setelahnya", "kemudian", "later"). */
      readonly backReference: boolean;
      /** "sekitar sebulan": the result is no finer than a month. */
      readonly approximate: boolean;
      /**
       * True when the clause's subject points back with a demonstrative ("Bentrok ini terjadi sehari
       * setelah …"): the subject is the event dated before, and the sentence dates the other one.
       */
      readonly demonstrative: boolean;
    }
  | {
      /** A time of day without a date: "pukul 8:20", "pada 7:35 waktu setempat". */
      readonly kind: 'clock';
      readonly start: number;
      readonly end: number;
    };

export type WeekdayDirection = 'nearest' | 'upcoming' | 'last' | 'next' | 'this' | 'last-week' | 'next-week';

/** Calendar parts with only some fields given. */
export function calendarParts(fields: Partial<CalendarParts>): CalendarParts {
  return { year: null, month: null, day: null, weekday: null, past: false, ...fields };
}
