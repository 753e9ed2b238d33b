import { readFileSync } from 'node:fs';

/**
 * Reads a dotenv-style file (`NAME=value`, `#` comments, optional quotes), the format of the
 * Agents Toolkit's `env/.env.<name>` files, so the same file can feed both.
 */
export const parseEnvFile = (text: string): Record<string, string> => {
  const env: Record<string, string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Line ${index + 1} of the env file is not NAME=value: ${line}`);
    const [, name = '', value = ''] = match;
    env[name] = unquote(value);
  }
  return env;
};

const unquote = (value: string): string => {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) return quoted[2] ?? '';
  return value.replace(/\s+#.*$/, '');
};

export const readEnvFile = (path: string): Record<string, string> => parseEnvFile(readFileSync(path, 'utf8'));
