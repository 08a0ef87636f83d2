// Preloaded into an action process by the metadata test (node --import): records every INPUT_*
// variable the action reads, one name per line, to MLSHIP_TEST_INPUT_LOG. Behaviour, not source text.
import { appendFileSync } from 'node:fs';

const log = process.env.MLSHIP_TEST_INPUT_LOG;
if (log) {
  const real = process.env;
  process.env = new Proxy(real, {
    get(target, key) {
      if (typeof key === 'string' && key.startsWith('INPUT_')) appendFileSync(log, `${key.slice('INPUT_'.length).toLowerCase()}\n`);
      return Reflect.get(target, key);
    },
  });
}
