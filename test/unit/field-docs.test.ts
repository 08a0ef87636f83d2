import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_MAPS } from '../../src/config/mapping/index.js';
import { fieldTable } from '../../src/config/mapping/table.js';
import { ROOT } from '../helpers/run-action.js';

const DOC = join(ROOT, 'docs/config-fields.md');

describe('docs/config-fields.md', () => {
  it('is the field table, as the mapping says (npm run docs:fields writes it)', () => {
    if (process.env.MLSHIP_WRITE_DOCS === '1') writeFileSync(DOC, fieldTable(FIELD_MAPS));
    expect(readFileSync(DOC, 'utf8')).toBe(fieldTable(FIELD_MAPS));
  });
});
