// Named bearer tokens: the file formats, constant-time matching, and errors that never show a token.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccessTokens, loadAccessTokens, parseTokensFile } from '../../server/access/access-tokens.ts';
import { loadConfig } from '../../server/config.ts';

const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdef';

describe('parseTokensFile', () => {
  it('reads JSON { name: token }', () => {
    expect(parseTokensFile(JSON.stringify({ alice: ALICE, bob: BOB }))).toEqual(new Map([['alice', ALICE], ['bob', BOB]]));
  });

  it('reads name:token lines, skipping blank lines and comments, with CRLF and a BOM', () => {
    const text = `\uFEFF# curators\r\nalice:${ALICE}\r\n\r\n  bob : ${BOB}  \r\n`;
    expect(parseTokensFile(text)).toEqual(new Map([['alice', ALICE], ['bob', BOB]]));
  });

  it.each([
    ['{"alice": ', /not valid JSON/],
    ['["alice"]', /JSON object/],
    [JSON.stringify({ alice: 42 }), /must be a string/],
    ['alice', /line 1: expected name:token/],
    [`alice:short`, /at least 16 characters/],
    [`al ice:${ALICE}`, /token name/],
    [`alice:${ALICE}\nalice:${BOB}`, /used twice/],
    [`alice:${ALICE}\nbob:${ALICE}`, /also another name's token/],
  ])('refuses %j', (text, message) => {
    expect(() => parseTokensFile(text)).toThrow(message);
  });

  it('never puts a token in an error message', () => {
    const secret = 'short-secret';
    for (const text of [`alice:${secret}`, `${secret}`, JSON.stringify({ 'bad name': `${secret}-0123456789` })]) {
      try {
        parseTokensFile(text);
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toContain(secret);
      }
    }
    expect(() => loadConfig({ API_TOKEN: 'tiny' })).toThrow(/API_TOKEN must be at least 16/);
    expect(() => loadConfig({ API_TOKEN: 'tiny' })).not.toThrow(/tiny/);
  });
});

describe('createAccessTokens', () => {
  const tokens = createAccessTokens(new Map([['alice', ALICE], ['bob', BOB]]));

  it('names the token a Bearer header carries', () => {
    expect(tokens.authenticate(`Bearer ${ALICE}`)).toBe('alice');
    expect(tokens.authenticate(`bearer ${BOB}`)).toBe('bob');
  });

  it('returns null for a missing, wrong, truncated or malformed header', () => {
    for (const header of [undefined, '', `Bearer ${ALICE}x`, `Bearer ${ALICE.slice(0, -1)}`, `Basic ${ALICE}`, ALICE, 'Bearer ', `Bearer ${ALICE} ${BOB}`]) {
      expect(tokens.authenticate(header)).toBeNull();
    }
  });

  it('says writes are disabled when no token is configured', () => {
    const none = createAccessTokens(new Map());
    expect(none.writesEnabled).toBe(false);
    expect(none.authenticate(`Bearer ${ALICE}`)).toBeNull();
    expect(tokens.writesEnabled).toBe(true);
  });
});

describe('loadAccessTokens', () => {
  const settings = loadConfig({}).curation;

  it('joins API_TOKEN (as "default") and the tokens file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tokens-')), 'tokens.txt');
    writeFileSync(file, `alice:${ALICE}\n`);
    const tokens = loadAccessTokens({ ...settings, apiToken: BOB, tokensFile: file });
    expect(tokens.names).toEqual(['alice', 'default']);
    expect(tokens.authenticate(`Bearer ${BOB}`)).toBe('default');
  });

  it('explains an unreadable tokens file and a token-less READS_REQUIRE_TOKEN', () => {
    expect(() => loadAccessTokens({ ...settings, tokensFile: '/no/such/tokens' })).toThrow(/Cannot read API_TOKENS_FILE \/no\/such\/tokens: ENOENT/);
    expect(() => loadAccessTokens({ ...settings, readsRequireToken: true })).toThrow(/READS_REQUIRE_TOKEN=true needs a token/);
  });

  it('reads the curation settings from the environment', () => {
    const config = loadConfig({ READS_REQUIRE_TOKEN: 'true', IMPORT_MAX_BYTES: '2048', IMPORT_BATCH_ROWS: '5' });
    expect(config.curation).toMatchObject({ readsRequireToken: true, importMaxBytes: 2048, importBatchRows: 5, apiToken: null });
    expect(() => loadConfig({ READS_REQUIRE_TOKEN: 'maybe' })).toThrow(/READS_REQUIRE_TOKEN must be true or false/);
    expect(loadConfig({}).curation.importMaxBytes).toBe(50 * 1024 * 1024);
  });
});
