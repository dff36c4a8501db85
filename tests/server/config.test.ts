import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('configuration', () => {
  it('defaults to the local Neo4j and 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config.neo4j.externalUri).toBeNull();
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(`${config.host}:${config.port}`).toBe('127.0.0.1:3000');
  });

  it('uses NEO4J_URI as given, e.g. an Aura instance', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.neo4j.password).toBe('secret');
  });

  it('names the variable when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI must start with/);
  });
});
