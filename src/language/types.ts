/** Language of a text: an article's body (detected or declared in the manifest), or a date's words. */
export type Language = 'id' | 'en';
