import { readFile } from 'node:fs/promises';
import { ConfigError } from './errors.js';
import { jsonErrorOffset, lineAndColumn } from './json-position.js';

/**
 * Reads a smoke-test request body. Its content is sent as it is; a `.json` file must be JSON, so a
 * typo is reported here, with its line, and not as a failure inside score.py.
 * @throws ConfigError naming `label` (the input or flag) and the file.
 */
export async function readSampleRequest(path: string | undefined, label: string): Promise<string | undefined> {
  if (!path) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${label}: ${path} cannot be read (${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code}); give the file with the request body, e.g. sample-request.json`,
    );
  }
  const offset = /\.json$/i.test(path) ? jsonErrorOffset(text.replace(/^\uFEFF/, '')) : undefined;
  if (offset !== undefined) {
    const { line, col } = lineAndColumn(text, offset);
    throw new ConfigError(`${label}: ${path}:${line}:${col} is not valid JSON; fix the file, or give it another extension to send it as it is`);
  }
  return text;
}
