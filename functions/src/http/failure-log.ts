import { RestError } from '@azure/data-tables';

/**
 * What the logs may say of a failure: its kind, status, storage error code, the table it hit and
 * where in the code it happened. Never the request URL (it names partition and row keys, which hold
 * e-mails and phones), nor bodies, nor anything in a message that looks like an address, a number
 * or a quoted value. Both hosts log failures through here.
 */
export const describeFailure = (error: unknown): string => {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const storage = error instanceof RestError ? ` ${storageSummary(error)}` : '';
  const cause = error.cause === undefined ? '' : `\n  caused by: ${describeFailure(error.cause).replace(/\n/g, '\n  ')}`;
  return [`${error.name}:${storage} ${scrub(error instanceof RestError ? '' : error.message)}`.trimEnd(), ...frames].join('\n') + cause;
};

export const logFailure = (message: string, error: unknown): void => console.error(`[relais] ${message}: ${describeFailure(error)}`);

/** Status, the service's error code and the table: the request's path up to the keys. */
const storageSummary = (error: RestError): string => {
  const details = error.details as { errorCode?: unknown } | undefined;
  const code = String(error.code ?? details?.errorCode ?? '');
  const table = tableOf(error.request?.url);
  return [`storage ${error.statusCode ?? 'unreachable'}`, code && /^[A-Za-z_]+$/.test(code) ? code : '', table ? `on ${error.request?.method ?? ''} ${table}` : '']
    .filter(Boolean)
    .join(' ');
};

const tableOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
    return /^[A-Za-z][A-Za-z0-9]*/.exec(last)?.[0];
  } catch {
    return undefined;
  }
};

/** Removes what could be personal data or a key from a free-text message. */
const scrub = (message: string): string =>
  message
    .replace(/[^\s@'"]+@[^\s@'"]+/g, '[e-mail]')
    .replace(/'[^']*'|"[^"]*"/g, "'…'")
    .replace(/\+?\d[\d\s().-]{5,}\d/g, '[number]')
    .replace(/\b[A-Za-z0-9_-]*\d[A-Za-z0-9_-]{11,}\b/g, '[id]')
    .slice(0, 300);
