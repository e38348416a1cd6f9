import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { configSchema, parseConfig } from '../src/app/config.js';

const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');

describe('.env.example', () => {
  it('lists every configuration key, each with a comment above it', () => {
    const keys = [...example.matchAll(/^([A-Z_]+)=/gmu)].map((m) => m[1]);
    expect(keys.sort()).toEqual(Object.keys(configSchema.shape).sort());
    for (const key of keys) expect(example, key).toMatch(new RegExp(`#[^\\n]*\\n${key}=`, 'u'));
  });

  it('has only empty values, which a copied .env treats as unset', () => {
    const values = dotenv.parse(example);
    expect(Object.values(values).every((v) => v === '')).toBe(true);
    const config = parseConfig(values);
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.PORT).toBe(8787);
  });
});
