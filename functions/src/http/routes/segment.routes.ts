import {
  createSegment,
  deleteSegment,
  exportSegment,
  getSegment,
  listSegments,
  previewSegment,
  segmentMembers,
  updateSegment,
} from '@relais/domain';
import { queryObject, readJson, requireIfMatch } from '../request-body';
import { created, downloadHeaders, noContent, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

const encoded = async function* (lines: AsyncIterable<string>): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const line of lines) yield encoder.encode(line);
};

export const segmentRoutes: Route[] = [
  {
    name: 'segments-list',
    docs: { summary: 'The segments the caller owns or that are shared with their teams' },
    method: 'GET',
    path: 'segments',
    handler: async (_request, { deps, caller }) => ok(await listSegments(deps, caller)),
  },
  {
    name: 'segments-create',
    docs: { summary: 'Save a named segment rule', body: 'SegmentDraft', returns: 'Segment' },
    method: 'POST',
    path: 'segments',
    handler: async (request, { deps, caller }) => {
      const segment = await createSegment(deps, caller, await readJson(request));
      return created(segment.value, `/api/segments/${segment.value.id}`, segment.etag);
    },
  },
  {
    name: 'segments-preview',
    docs: { summary: 'Count the members of an unsaved rule (the builder’s live count) and show a few', body: 'SegmentPreview' },
    method: 'POST',
    path: 'segments/preview',
    handler: async (request, { deps, caller }) => ok(await previewSegment(deps, caller, await readJson(request))),
  },
  {
    name: 'segments-get',
    docs: { summary: 'Read a segment', returns: 'Segment' },
    method: 'GET',
    path: 'segments/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getSegment(deps, caller, id(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'segments-update',
    method: 'PATCH',
    path: 'segments/{id}',
    handler: async (request, { deps, caller }) => {
      const ifMatch = requireIfMatch(request);
      const updated = await updateSegment(deps, caller, id(request), await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
  {
    name: 'segments-delete',
    method: 'DELETE',
    path: 'segments/{id}',
    handler: async (request, { deps, caller }) => {
      await deleteSegment(deps, caller, id(request), requireIfMatch(request));
      return noContent();
    },
  },
  {
    name: 'segments-members',
    docs: { summary: 'The members of a segment, evaluated now (or as of a date), a page at a time' },
    method: 'GET',
    path: 'segments/{id}/members',
    handler: async (request, { deps, caller }) => ok(await segmentMembers(deps, caller, id(request), queryObject(request))),
  },
  {
    name: 'segments-export',
    docs: { summary: 'The members of a segment as CSV, streamed' },
    method: 'GET',
    path: 'segments/{id}/export',
    handler: async (request, { deps, caller }) => {
      const { filename, lines } = await exportSegment(deps, caller, id(request), queryObject(request));
      return {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', ...downloadHeaders(filename) },
        body: encoded(lines),
      };
    },
  },
];
