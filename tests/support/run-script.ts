// For integration tests of the command-line scripts: runs one with the test database's settings.
import { spawn } from 'node:child_process';
import { testDatabaseSettings } from './test-database.ts';

/** Runs a script with the test database's settings; resolves with its exit code and output. */
export function runScript(script: string, ...args: string[]): Promise<{ code: number | null; output: string }> {
  const neo4j = testDatabaseSettings();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
