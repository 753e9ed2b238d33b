import { resolve } from 'node:path';
import { type Env, readEnvFile } from '../src';

/** `--name value` pairs; the scripts take only a few. */
export const argValue = (args: string[], name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
};

/** Values from `--env <file>` win; the process environment fills what the file does not set. */
export const envFromArgs = (args: string[]): Env => {
  const file = argValue(args, 'env');
  return file ? { ...process.env, ...readEnvFile(resolve(file)) } : { ...process.env };
};
