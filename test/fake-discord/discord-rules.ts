/**
 * Discord's documented rules for message bodies, written out again for the fake, on purpose apart
 * from the project's own `findLimitViolations` (src/render/discord-limits.ts): a renderer bug and a
 * matching bug in the project's checker must not cancel out. Each rule names the part of Discord's
 * API documentation (or discord-api-types' JSDoc) it models.
 *
 * Lengths: Discord counts characters; UTF-16 code units (`string.length`) are never fewer, so a
 * body the fake accepts is accepted by Discord. (The fake may refuse a few bodies of astral
 * characters that Discord would take; that errs on the safe side.)
 */

/** One refusal, shaped like an entry of Discord's 50035 "Invalid Form Body" `errors` tree. */
export interface RuleBreach {
  /** Path into the body, e.g. `embeds.0.description`. */
  readonly path: string;
  /** Discord's error code for the breach (BASE_TYPE_MAX_LENGTH, …). */
  readonly code: string;
  readonly message: string;
}

// resources/message#message-object-message-flags: the flags an app may set when it creates a message
// (create message, execute webhook, interaction responses and follow-ups): SUPPRESS_EMBEDS (1 << 2),
// EPHEMERAL (1 << 6, interactions only), SUPPRESS_NOTIFICATIONS (1 << 12), IS_COMPONENTS_V2 (1 << 15).
export const FLAG = { SUPPRESS_EMBEDS: 1 << 2, EPHEMERAL: 1 << 6, LOADING: 1 << 7, SUPPRESS_NOTIFICATIONS: 1 << 12, IS_COMPONENTS_V2: 1 << 15 } as const;
const CREATE_FLAGS = FLAG.SUPPRESS_EMBEDS | FLAG.EPHEMERAL | FLAG.SUPPRESS_NOTIFICATIONS | FLAG.IS_COMPONENTS_V2;
// resources/message#edit-message (and webhook "edit message"): "only SUPPRESS_EMBEDS can currently be
// set/unset". Ephemerality is fixed when the message is made; the fake refuses an edit that tries.
const EDIT_FLAGS = FLAG.SUPPRESS_EMBEDS;

// resources/message#embed-object-embed-limits
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  perMessage: 10,
} as const;
// resources/message#create-message-jsonform-params: content up to 2000 characters.
export const CONTENT_MAX = 2000;
// components/reference#action-row, #button: 5 rows (legacy components), 5 buttons a row, custom_id 1-100
// characters and unique in a message, label up to 80 characters.
export const COMPONENT_LIMITS = { rows: 5, buttonsPerRow: 5, customId: 100, label: 80 } as const;
// interactions/receiving-and-responding#interaction-response-object-autocomplete: up to 25 choices;
// interactions/application-commands#application-command-object-application-command-option-choice-structure:
// name 1-100 characters, a string value up to 100.
export const CHOICE_LIMITS = { count: 25, name: 100, value: 100 } as const;

const MENTION_TYPES = new Set(['roles', 'users', 'everyone']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

class Breaches {
  readonly list: RuleBreach[] = [];
  add(path: string, code: string, message: string): void {
    this.list.push({ path, code, message });
  }
  maxLength(path: string, value: unknown, max: number, min = 0): void {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
      return;
    }
    if (value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    if (value.length < min) this.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
  }
}

/** Where a body goes: a new message, or an edit of one (interaction update, PATCH of a message). */
export type BodyUse = 'create' | 'edit';

/**
 * Every breach of Discord's rules in a message body (interaction response data, follow-up, edit):
 * content, embeds, components, flags, allowed_mentions, attachments. Empty when Discord would take it.
 */
export function messageBodyBreaches(body: unknown, use: BodyUse): RuleBreach[] {
  const b = new Breaches();
  if (!isObject(body)) {
    b.add('', 'MODEL_TYPE_CONVERT', 'Body must be an object.');
    return b.list;
  }
  b.maxLength('content', body.content, CONTENT_MAX);

  const flags = body.flags;
  if (flags !== undefined && flags !== null) {
    if (typeof flags !== 'number' || !Number.isInteger(flags)) b.add('flags', 'NUMBER_TYPE_COERCE', 'Value is not an int.');
    else if ((flags & ~(use === 'create' ? CREATE_FLAGS : EDIT_FLAGS)) !== 0)
      b.add('flags', 'MESSAGE_FLAGS_INVALID', `Flags ${flags} include bits an app cannot set on ${use === 'create' ? 'a new message' : 'an edit'}.`);
  }

  if (body.embeds !== undefined && body.embeds !== null) {
    if (!Array.isArray(body.embeds)) b.add('embeds', 'BASE_TYPE_ARRAY', 'Must be an array.');
    else {
      if (body.embeds.length > EMBED_LIMITS.perMessage) b.add('embeds', 'BASE_TYPE_MAX_LENGTH', `Must be ${EMBED_LIMITS.perMessage} or fewer in length.`);
      let total = 0;
      body.embeds.forEach((embed, i) => {
        total += embedBreaches(embed, `embeds.${i}`, b);
      });
      if (total > EMBED_LIMITS.total) b.add('embeds', 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${EMBED_LIMITS.total}.`);
    }
  }

  if (body.components !== undefined && body.components !== null) componentBreaches(body.components, b);

  const mentions = body.allowed_mentions;
  if (mentions !== undefined && mentions !== null) {
    // resources/message#allowed-mentions-object: parse is a list of "roles", "users", "everyone";
    // "users" (or "roles") in parse and a users (or roles) list together are mutually exclusive.
    if (!isObject(mentions)) b.add('allowed_mentions', 'MODEL_TYPE_CONVERT', 'Must be an object.');
    else {
      const parse = mentions.parse;
      if (parse !== undefined && (!Array.isArray(parse) || parse.some((p) => !MENTION_TYPES.has(p as string))))
        b.add('allowed_mentions.parse', 'ENUM_TYPE_COERCE', 'Values must be roles, users or everyone.');
      for (const kind of ['users', 'roles'] as const) {
        const list = mentions[kind];
        if (list === undefined) continue;
        if (!Array.isArray(list) || list.length > 100) b.add(`allowed_mentions.${kind}`, 'BASE_TYPE_MAX_LENGTH', 'Must be a list of at most 100 ids.');
        else if (Array.isArray(parse) && parse.includes(kind) && list.length > 0)
          b.add('allowed_mentions', 'MENTIONS_PARSE_EXCLUSIVE', `parse:["${kind}"] and ${kind}: [...] are mutually exclusive.`);
      }
    }
  }

  // reference#uploading-files: `attachments` lists files uploaded with the request (or kept, on an
  // edit); a JSON-only request uploads none, so a new message can only carry an empty list.
  if (body.attachments !== undefined && body.attachments !== null) {
    if (!Array.isArray(body.attachments)) b.add('attachments', 'BASE_TYPE_ARRAY', 'Must be an array.');
    else if (use === 'create' && body.attachments.length > 0)
      b.add('attachments', 'ATTACHMENT_NOT_FOUND', 'Attachments refer to files that were not uploaded.');
  }
  return b.list;
}

/** Checks one embed and returns the characters it counts towards the 6,000 total. */
function embedBreaches(embed: unknown, path: string, b: Breaches): number {
  if (!isObject(embed)) {
    b.add(path, 'MODEL_TYPE_CONVERT', 'Must be an object.');
    return 0;
  }
  let total = 0;
  const count = (value: unknown) => (typeof value === 'string' ? value.length : 0);
  b.maxLength(`${path}.title`, embed.title, EMBED_LIMITS.title);
  b.maxLength(`${path}.description`, embed.description, EMBED_LIMITS.description);
  total += count(embed.title) + count(embed.description);
  if (embed.url !== undefined && !isHttpUrl(embed.url)) b.add(`${path}.url`, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  if (embed.color !== undefined && (typeof embed.color !== 'number' || !Number.isInteger(embed.color) || embed.color < 0 || embed.color > 0xffffff))
    b.add(`${path}.color`, 'NUMBER_TYPE_MAX', 'Must be a colour from 0 to 0xFFFFFF.');
  if (isObject(embed.footer)) {
    b.maxLength(`${path}.footer.text`, embed.footer.text, EMBED_LIMITS.footer, 1);
    total += count(embed.footer.text);
  }
  if (isObject(embed.author)) {
    b.maxLength(`${path}.author.name`, embed.author.name, EMBED_LIMITS.author, 1);
    total += count(embed.author.name);
  }
  if (embed.fields !== undefined) {
    if (!Array.isArray(embed.fields)) b.add(`${path}.fields`, 'BASE_TYPE_ARRAY', 'Must be an array.');
    else {
      if (embed.fields.length > EMBED_LIMITS.fields) b.add(`${path}.fields`, 'BASE_TYPE_MAX_LENGTH', `Must be ${EMBED_LIMITS.fields} or fewer in length.`);
      embed.fields.forEach((field, j) => {
        const at = `${path}.fields.${j}`;
        if (!isObject(field)) {
          b.add(at, 'MODEL_TYPE_CONVERT', 'Must be an object.');
          return;
        }
        b.maxLength(`${at}.name`, field.name ?? '', EMBED_LIMITS.fieldName, 1);
        b.maxLength(`${at}.value`, field.value ?? '', EMBED_LIMITS.fieldValue, 1);
        total += count(field.name) + count(field.value);
      });
    }
  }
  return total;
}

function componentBreaches(rows: unknown, b: Breaches): void {
  if (!Array.isArray(rows)) {
    b.add('components', 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (rows.length > COMPONENT_LIMITS.rows) b.add('components', 'BASE_TYPE_MAX_LENGTH', `Must be ${COMPONENT_LIMITS.rows} or fewer in length.`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const at = `components.${i}`;
    // components/reference#action-row: type 1, holding up to 5 buttons (or one select menu).
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      b.add(at, 'UNION_TYPE_CHOICES', 'Must be an action row (type 1) with components.');
      return;
    }
    if (row.components.length === 0 || row.components.length > COMPONENT_LIMITS.buttonsPerRow)
      b.add(`${at}.components`, 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${COMPONENT_LIMITS.buttonsPerRow} in length.`);
    row.components.forEach((button, j) => {
      const where = `${at}.components.${j}`;
      // components/reference#button: type 2; styles 1-4 need a custom_id, 5 (link) a url and no custom_id.
      if (!isObject(button) || button.type !== 2) {
        b.add(where, 'UNION_TYPE_CHOICES', 'Only buttons (type 2) are modelled.');
        return;
      }
      const style = button.style;
      if (typeof style !== 'number' || style < 1 || style > 5) b.add(`${where}.style`, 'ENUM_TYPE_COERCE', 'Must be a button style from 1 to 5.');
      b.maxLength(`${where}.label`, button.label, COMPONENT_LIMITS.label);
      if (style === 5) {
        if (!isHttpUrl(button.url)) b.add(`${where}.url`, 'URL_TYPE_INVALID_URL', 'A link button needs a well formed URL.');
        if (button.custom_id !== undefined) b.add(`${where}.custom_id`, 'COMPONENT_CUSTOM_ID_FORBIDDEN', 'A link button has no custom_id.');
        return;
      }
      const id = button.custom_id;
      if (typeof id !== 'string' || id.length === 0) {
        b.add(`${where}.custom_id`, 'BASE_TYPE_REQUIRED', 'This field is required.');
        return;
      }
      b.maxLength(`${where}.custom_id`, id, COMPONENT_LIMITS.customId, 1);
      if (ids.has(id)) b.add(`${where}.custom_id`, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated.');
      ids.add(id);
      if (button.label === undefined && button.emoji === undefined) b.add(where, 'BUTTON_LABEL_OR_EMOJI_REQUIRED', 'A button needs a label or an emoji.');
      return;
    });
  });
  return;
}

/** Breaches of an autocomplete result (type 8 data). */
export function choicesBreaches(data: unknown): RuleBreach[] {
  const b = new Breaches();
  if (!isObject(data) || !Array.isArray(data.choices)) {
    b.add('choices', 'BASE_TYPE_REQUIRED', 'An autocomplete result carries a list of choices.');
    return b.list;
  }
  if (data.choices.length > CHOICE_LIMITS.count) b.add('choices', 'BASE_TYPE_MAX_LENGTH', `Must be ${CHOICE_LIMITS.count} or fewer in length.`);
  data.choices.forEach((choice, i) => {
    if (!isObject(choice)) {
      b.add(`choices.${i}`, 'MODEL_TYPE_CONVERT', 'Must be an object.');
      return;
    }
    b.maxLength(`choices.${i}.name`, choice.name, CHOICE_LIMITS.name, 1);
    if (typeof choice.value === 'string') b.maxLength(`choices.${i}.value`, choice.value, CHOICE_LIMITS.value);
    else if (typeof choice.value !== 'number') b.add(`choices.${i}.value`, 'BASE_TYPE_REQUIRED', 'A choice needs a string or number value.');
    return;
  });
  return b.list;
}

/** Discord's 50035 answer for a list of breaches: `{ code, message, errors: { path: { _errors } } }`. */
export function invalidFormBody(breaches: readonly RuleBreach[]): Json {
  const errors: Json = {};
  for (const breach of breaches) {
    let node = errors;
    for (const key of breach.path.split('.').filter(Boolean)) {
      if (!isObject(node[key])) node[key] = {};
      node = node[key] as Json;
    }
    const list = (node._errors as unknown[] | undefined) ?? [];
    list.push({ code: breach.code, message: breach.message });
    node._errors = list;
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
