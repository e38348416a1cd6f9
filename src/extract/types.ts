/**
 * Records produced once at index time by the extractors and saved with the index.
 * Offsets are UTF-16 code unit offsets into the cited paragraph's `text`, so that
 * `paragraph.text.slice(start, end) === <the verbatim snippet>` always holds.
 */
import type { ResolvedDate } from '../language/dates/types.js';

/** A verbatim span of one paragraph. */
export interface Span {
  readonly article: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** A direct quote (quotation marks) or a reported statement, with who said it. */
export interface Quote extends Span {
  /** Verbatim quoted or reported text alone (paragraph.text.slice(start, end)). */
  readonly quote: string;
  /** True for text inside quotation marks. */
  readonly direct: boolean;
  /** True for a short quoted fragment inside reported speech ("mengecam “sekeras-kerasnya”"). */
  readonly fragment: boolean;
  /** Canonical speaker name, or null when the speaker cannot be determined ("unattributed"). */
  readonly speaker: string | null;
  /** Role or description seen with the speaker here ("juru bicara keamanan nasional Gedung Putih"). */
  readonly role: string | null;
  /** Every speaker of a joint statement (canonical names); [speaker] otherwise; [] when unattributed. */
  readonly speakers: readonly string[];
  /** Relay through which the quote reached the article ("media pemerintah Rusia"), when stated. */
  readonly via: string | null;
  /**
   * Countries and known organisations the speakers speak for, by canonical name, read from their
   * roles and names in the article ("Menteri Luar Negeri Rusia Sergey Lavrov" → ["Rusia"]); [] when unknown.
   */
  readonly affiliations?: readonly string[];
}

/** A speaker known across the corpus, merged by full and partial name. */
export interface Speaker {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly kind: 'person' | 'organisation' | 'group' | 'anonymous';
  readonly quotes: number;
  /** Countries and known organisations the speaker speaks for (canonical names), across the corpus. */
  readonly affiliations?: readonly string[];
}

/** A sentence carrying a resolved date. */
export interface DatedEvent extends Span, ResolvedDate {
  /** The verbatim sentence. */
  readonly text: string;
  /**
   * Timeline entry of this event: the position, in the corpus's event array, of the telling that
   * stands for the event when several outlets tell it (its most precise one; the event's own
   * position when it stands alone or first). Set at index time; absent on hand-made records.
   */
  readonly group?: number;
}

export type DenialKind = 'denial' | 'dismissal' | 'no-comment' | 'walk-back';

/** A statement denying, dismissing, refusing to comment on or walking back an accusation. */
export interface Denial extends Span {
  readonly statement: string;
  /** Who denies (canonical name), or null when it cannot be determined. */
  readonly party: string | null;
  readonly kind: DenialKind;
  /** What is denied, verbatim, when the text says. */
  readonly denies: string | null;
  /** The accusation it answers, where the corpus holds it. */
  readonly answers: Span | null;
}

/** Everything computed at index time from the articles, in the shape it is saved and loaded. */
export interface Extractions {
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly events: readonly DatedEvent[];
  readonly denials: readonly Denial[];
}
