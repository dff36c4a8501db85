// Who may write: named bearer tokens from API_TOKEN (named "default") and API_TOKENS_FILE, checked in constant
// time. A token's name is what history records as the actor; the token itself is never logged, stored or sent.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Config } from '../config.ts';

export interface AccessTokens {
  /** False when no token is configured: writes are then refused (403) rather than open. */
  readonly writesEnabled: boolean;
  readonly names: readonly string[];
  /** The name of the token an `Authorization` header carries, or null for a missing or wrong one. */
  authenticate(authorization: string | undefined): string | null;
}

const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const MIN_TOKEN_LENGTH = 16;

export class TokenFileError extends Error {}

/** JSON `{ "name": "token" }`, or one `name:token` per line (blank lines and `#` comments ignored). */
export function parseTokensFile(text: string, file = 'API_TOKENS_FILE'): Map<string, string> {
  const entries: [string, string, string][] = [];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new TokenFileError(`${file} is not valid JSON`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new TokenFileError(`${file} must hold a JSON object { "name": "token" }`);
    for (const [name, token] of Object.entries(parsed)) {
      if (typeof token !== 'string') throw new TokenFileError(`${file}: the token of "${name}" must be a string`);
      entries.push([name, token, `"${name}"`]);
    }
  } else {
    trimmed.split(/\r?\n/).forEach((line, index) => {
      const content = line.trim();
      if (content === '' || content.startsWith('#')) return;
      const colon = content.indexOf(':');
      // The line is not echoed: it may hold a token.
      if (colon < 1) throw new TokenFileError(`${file} line ${index + 1}: expected name:token`);
      entries.push([content.slice(0, colon).trim(), content.slice(colon + 1).trim(), `line ${index + 1}`]);
    });
  }
  const tokens = new Map<string, string>();
  for (const [name, token, where] of entries) addToken(tokens, name, token, `${file} ${where}`);
  return tokens;
}

function addToken(tokens: Map<string, string>, name: string, token: string, where: string): void {
  if (!NAME.test(name)) throw new TokenFileError(`${where}: a token name is 1-64 letters, digits, dots, dashes or underscores`);
  if (tokens.has(name)) throw new TokenFileError(`${where}: the name "${name}" is used twice`);
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) throw new TokenFileError(`${where}: the token of "${name}" must be at least ${MIN_TOKEN_LENGTH} characters without spaces`);
  if ([...tokens.values()].includes(token)) throw new TokenFileError(`${where}: the token of "${name}" is also another name's token`);
  tokens.set(name, token);
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function createAccessTokens(tokens: ReadonlyMap<string, string>): AccessTokens {
  // Comparing fixed-length digests makes every comparison take the same time whatever the token's length.
  const known = [...tokens].map(([name, token]) => ({ name, digest: digest(token) }));
  return {
    writesEnabled: known.length > 0,
    names: known.map(({ name }) => name),
    authenticate(authorization) {
      const match = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i.exec(authorization ?? '');
      if (!match || known.length === 0) return null;
      const presented = digest(match[1]!);
      let found: string | null = null;
      // No early exit: every token is compared, so timing does not say which one (or whether any) matched.
      for (const { name, digest: expected } of known) {
        if (timingSafeEqual(presented, expected) && found === null) found = name;
      }
      return found;
    },
  };
}

/** The tokens the configuration names: API_TOKEN as "default", plus every token of API_TOKENS_FILE. */
export function loadAccessTokens(settings: Config['curation']): AccessTokens {
  const tokens = new Map<string, string>();
  if (settings.tokensFile) {
    let text: string;
    try {
      text = readFileSync(settings.tokensFile, 'utf8');
    } catch (error) {
      throw new TokenFileError(`Cannot read API_TOKENS_FILE ${settings.tokensFile}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    for (const [name, token] of parseTokensFile(text)) tokens.set(name, token);
  }
  if (settings.apiToken) addToken(tokens, 'default', settings.apiToken, 'API_TOKEN');
  if (settings.readsRequireToken && tokens.size === 0) {
    throw new TokenFileError('READS_REQUIRE_TOKEN=true needs a token: set API_TOKEN or API_TOKENS_FILE');
  }
  return createAccessTokens(tokens);
}
