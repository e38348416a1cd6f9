/**
 * Who denies, as one article's reading finds them: a name read from the text, or one of the
 * article's quote speakers (an entity of its discourse model, with the name the article gives it),
 * named as /who-said names that speaker once the corpus's speakers are merged (see `linkDenials`).
 */
export type Party = string | QuotedParty;

/** One of the article's quote speakers: its entity's id in the article's discourse, and its name there. */
export interface QuotedParty {
  readonly entity: number;
  readonly name: string;
}

/** The party's name as its article gives it. */
export const partyName = (party: Party): string => (typeof party === 'string' ? party : party.name);
