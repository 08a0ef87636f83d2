import { describe, expect, it } from 'vitest';
import { terminalLogger } from '../../src/cli/logger.js';

describe('the terminal logger', () => {
  it('on a terminal draws progress on one live line, cleared before any other line; results go to stdout', () => {
    const raw: string[] = [];
    const out: string[] = [];
    const err: string[] = [];
    const logger = terminalLogger({
      verbose: false,
      out: (l) => out.push(l),
      err: (l) => (raw.push('<line>'), err.push(l)),
      tty: { write: (t) => raw.push(t), columns: 40 },
    });
    logger.secret('s3cr3t-token');
    logger.progress!('ep/blue: Transitioning, 5.0s (init() is running)');
    logger.progress!('ep/blue: Transitioning, 10.0s and s3cr3t-token and a very long tail that does not fit');
    logger.info('ep/blue: Healthy');
    logger.result('ep/blue Healthy');
    expect(raw[0]).toBe('\r\x1b[K| ep/blue: Transitioning, 5.0s (init() ');
    expect(raw[1]).toMatch(/^\r\x1b\[K\/ ep\/blue: Transitioning, 10\.0s and \*\*\*/);
    expect(raw[1]!.length).toBeLessThanOrEqual('\r\x1b[K'.length + 39);
    // The live line is cleared before the next line is printed.
    expect(raw.slice(2)).toEqual(['\r\x1b[K', '<line>']);
    expect(err).toEqual(['ep/blue: Healthy']);
    expect(out).toEqual(['ep/blue Healthy']);
  });

  it('without a terminal (a CI log, a pipe) it draws nothing: the periodic lines say how a wait goes', () => {
    const err: string[] = [];
    const logger = terminalLogger({ verbose: false, out: () => {}, err: (l) => err.push(l) });
    logger.progress!('ep/blue: Transitioning, 5.0s');
    expect(err).toEqual([]);
  });
});
