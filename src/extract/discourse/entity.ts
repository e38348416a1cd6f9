import type { SpeakerKind } from '../quotes/speaker-phrase.js';

/** A person, organisation, country or group an article names: one per person or body, with what the article said of it. */
export interface Entity {
  readonly id: number;
  name: string;
  readonly kind: SpeakerKind;
  readonly aliases: Set<string>;
  readonly roles: string[];
  /** Folded aliases (persons) or organisation keys (others), for matching later mentions. */
  readonly keys: Set<string>;
  /**
   * Countries and known organisations it speaks for, by their canonical names, read from its roles
   * and name ("Menteri Luar Negeri Rusia Sergey Lavrov" → Rusia; "juru bicara Kremlin" → Kremlin, Rusia).
   */
  readonly affiliations: string[];
  /** When the article last named, quoted or described it (a counter): the latest fitting one wins. */
  seen: number;
}
