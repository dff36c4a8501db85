// Auto-commit reads retry as the driver retries managed transactions: what is transient again, what is not at once.
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { retrying } from '../../server/neo4j-connection.ts';

const failingTimes = (times: number, code: string) => {
  let calls = 0;
  const work = async () => {
    calls++;
    if (calls <= times) throw new Neo4jError('failed', code, 'N/A', 'failed');
    return 'answer';
  };
  return { work, calls: () => calls };
};

describe('retrying (auto-commit reads)', () => {
  it('tries again after a lost connection and returns the answer', async () => {
    const { work, calls } = failingTimes(1, 'ServiceUnavailable');
    await expect(retrying(work)).resolves.toBe('answer');
    expect(calls()).toBe(2);
  });

  it('gives up on a lost connection once the retry time has passed', async () => {
    const { work, calls } = failingTimes(Infinity, 'ServiceUnavailable');
    await expect(retrying(work, 0)).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    expect(calls()).toBe(1);
  });

  it('does not retry an error in the statement itself', async () => {
    const { work, calls } = failingTimes(1, 'Neo.ClientError.Statement.SyntaxError');
    await expect(retrying(work)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(calls()).toBe(1);
  });
});
