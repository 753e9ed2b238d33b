import { get } from 'node:http';

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** A plain HTTP GET that leaves the body as sent: fetch would decompress it behind the caller's back. */
export const rawGet = (url: string, headers: Record<string, string> = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
