import type { HttpResponseInit } from '@azure/functions';

const json = { 'content-type': 'application/json; charset=utf-8' };

export const ok = (body: unknown, headers: Record<string, string> = {}, status = 200): HttpResponseInit => ({
  status,
  headers: { ...json, ...headers },
  body: JSON.stringify(body),
});

/** A single resource: its ETag goes in the header, so the client can send it back in If-Match. */
export const resource = (body: unknown, etag: string, status = 200, headers: Record<string, string> = {}): HttpResponseInit => ({
  status,
  headers: { ...json, etag, ...headers },
  body: JSON.stringify(body),
});

export const created = (body: unknown, location: string, etag?: string): HttpResponseInit => ({
  status: 201,
  headers: { ...json, location, ...(etag ? { etag } : {}) },
  body: JSON.stringify(body),
});

export const noContent = (): HttpResponseInit => ({ status: 204 });

/** A file to save, never to render: a plain ASCII name (no quote, slash or control character) and no MIME sniffing. */
export const downloadHeaders = (filename: string): Record<string, string> => ({
  'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'download'}"`,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/** Long work: the job as `GET /api/jobs/{id}` shows it, where to follow it in `Location`. */
export const accepted = (job: { id: string }): HttpResponseInit => ({
  status: 202,
  headers: { ...json, location: `/api/jobs/${job.id}` },
  body: JSON.stringify(job),
});
