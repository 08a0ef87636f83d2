import { describe, expect, it } from 'vitest';
import { codeBlock } from '../../src/github/summary.js';

describe('codeBlock', () => {
  it('fences a text its content cannot close, however many runs of backticks it holds', () => {
    // 300,000 runs: more than a function call takes arguments (a spread of them overflowed the stack).
    const text = '` '.repeat(300_000) + '````` # heading';
    const block = codeBlock(text);
    expect(block.startsWith('``````\n')).toBe(true);
    expect(block.endsWith('\n``````\n')).toBe(true);
  });
});
