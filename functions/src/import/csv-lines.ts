import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Longest physical line kept; a longer one is reported and skipped, so memory stays bounded. */
export const MAX_LINE_BYTES = 1_000_000;

export type PhysicalLine = { line: number; text: string } | { line: number; tooLong: true };
export type EncodingStats = { utf8Lines: number; cp1252Lines: number; bom: boolean };

const isAscii = (bytes: Uint8Array): boolean => bytes.every((b) => b < 0x80);

/**
 * A line in UTF-8 when it is valid UTF-8, else in Windows-1252 (what French Excel exports are):
 * decided line by line, so a file that mixes both (two exports pasted together) reads right.
 */
const decodeLine = (bytes: Buffer, stats: EncodingStats): string => {
  if (isAscii(bytes)) return bytes.toString('latin1');
  if (isUtf8(bytes)) {
    stats.utf8Lines += 1;
    return bytes.toString('utf8');
  }
  stats.cp1252Lines += 1;
  return iconv.decode(bytes, 'win1252');
};

/**
 * The file's lines, decoded, from a byte stream: split on LF (a byte that never occurs inside a
 * UTF-8 or Windows-1252 character), CR dropped, a UTF-8 byte-order mark removed.
 */
export async function* physicalLines(source: AsyncIterable<Uint8Array>, stats: EncodingStats): AsyncGenerator<PhysicalLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let line = 0;
  const finish = (bytes: Buffer): PhysicalLine => {
    line += 1;
    let body = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
    if (line === 1 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
      stats.bom = true;
      body = body.subarray(3);
    }
    return { line, text: decodeLine(body, stats) };
  };
  for await (const chunk of source) {
    let buffer = Buffer.from(chunk);
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a)) {
      const head = buffer.subarray(0, newline);
      buffer = buffer.subarray(newline + 1);
      if (skipping) {
        skipping = false;
        line += 1;
        yield { line, tooLong: true };
      } else yield finish(pending.length > 0 ? Buffer.concat([...pending, head]) : head);
      pending = [];
      pendingBytes = 0;
    }
    if (skipping || buffer.length === 0) continue;
    pendingBytes += buffer.length;
    if (pendingBytes > MAX_LINE_BYTES) {
      skipping = true;
      pending = [];
      pendingBytes = 0;
    } else pending.push(buffer);
  }
  if (skipping) yield { line: line + 1, tooLong: true };
  else if (pendingBytes > 0) yield finish(Buffer.concat(pending));
}
