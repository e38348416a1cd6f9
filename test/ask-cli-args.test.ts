import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strictArgs } from '../src/app/strict-args.js';
import { parseAskArgs, UsageError } from '../src/transports/cli/parse-ask-args.js';

describe('parseAskArgs (node:util parseArgs, strict)', () => {
  it.each([
    [['search', 'kontainer', '--limit=3'], { command: 'search', options: { query: 'kontainer', limit: '3' } }],
    [['search', '--query', 'kontainer amunisi'], { command: 'search', options: { query: 'kontainer amunisi' } }],
    [['who-said', 'kontainer', '--speaker', 'Kirby', '--page', '2'], { command: 'who-said', options: { topic: 'kontainer', speaker: 'Kirby' }, page: '2' }],
    [['search', '--', '--not-a-flag'], { command: 'search', options: { query: '--not-a-flag' } }],
    [['search', 'x', '--limit=-3'], { command: 'search', options: { query: 'x', limit: '-3' } }],
  ])('%j', (argv, expected) => {
    expect(parseAskArgs(argv)).toMatchObject(expected);
  });
  it('reads --json=true and --json=false, and refuses other values', () => {
    expect(parseAskArgs(['sources', '--json=TRUE'])).toMatchObject({ json: true });
    expect(parseAskArgs(['sources', '--json=false'])).toMatchObject({ json: false });
    expect(() => parseAskArgs(['sources', '--json=yes please'])).toThrow(UsageError);
  });
  it('never throws anything but a usage error, whatever the arguments', () => {
    const arg = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('--json', '--limit', '--page', '--data', '--speaker', '--query', '-h', '--', '--json=1', '--from=2023', 'search', 'sources'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('search', 'who-said', 'timeline', 'denials', 'sources', 'help', 'nope', '-h'),
        fc.array(arg, { maxLength: 8 }),
        (command, rest) => {
          try {
            const request = parseAskArgs([command, ...rest]);
            if (!request.help) for (const value of Object.values(request.options)) expect(typeof value).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            expect((error as Error).message.length).toBeLessThan(400);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
  it('strictArgs names the program in its messages', () => {
    expect(() => strictArgs(['--dryrun'], { 'dry-run': { type: 'boolean' } }, 'npm run deploy')).toThrow(
      new UsageError('unknown flag --dryrun for npm run deploy'),
    );
  });
});
