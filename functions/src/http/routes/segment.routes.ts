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
import { MembersQuery, PreviewInput, Segment, SegmentDraft, SegmentExportQuery, SegmentList, SegmentMembersPage, SegmentPatch, SegmentPreviewResult } from '@relais/domain';
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
    docs: { summary: 'The segments the caller owns or that are shared with their teams', tag: 'segments', responses: { 200: { description: 'The segments.', schema: SegmentList } }, problems: { 404: ['INSIGHT.UNAVAILABLE'] } },
    method: 'GET',
    path: 'segments',
    handler: async (_request, { deps, caller }) => ok(await listSegments(deps, caller)),
  },
  {
    name: 'segments-create',
    docs: { summary: 'Save a named segment rule', tag: 'segments', body: SegmentDraft, responses: { 201: { description: 'Saved.', schema: Segment, headers: ['Location', 'ETag'] } }, problems: { 400: ['SEGMENT.INVALID'], 404: ['INSIGHT.UNAVAILABLE'], 422: ['SEGMENT.INVALID_TEAM'] } },
    method: 'POST',
    path: 'segments',
    handler: async (request, { deps, caller }) => {
      const segment = await createSegment(deps, caller, await readJson(request));
      return created(segment.value, `/api/segments/${segment.value.id}`, segment.etag);
    },
  },
  {
    name: 'segments-preview',
    docs: { summary: 'Count the members of an unsaved rule (the builder’s live count) and show a few', tag: 'segments', body: PreviewInput, responses: { 200: { description: 'The count and a sample.', schema: SegmentPreviewResult } }, problems: { 400: ['SEGMENT.INVALID'], 404: ['INSIGHT.UNAVAILABLE'] } },
    method: 'POST',
    path: 'segments/preview',
    handler: async (request, { deps, caller }) => ok(await previewSegment(deps, caller, await readJson(request))),
  },
  {
    name: 'segments-get',
    docs: { summary: 'Read a segment', tag: 'segments', responses: { 200: { description: 'The segment.', schema: Segment, headers: ['ETag'] } }, problems: { 404: ['SEGMENT.NOT_FOUND', 'INSIGHT.UNAVAILABLE'] } },
    method: 'GET',
    path: 'segments/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getSegment(deps, caller, id(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'segments-update',
    docs: { summary: 'Rename, redefine or share a segment (its owner)', tag: 'segments', body: SegmentPatch, ifMatch: 'required', responses: { 200: { description: 'The segment as saved.', schema: Segment, headers: ['ETag'] } }, problems: { 400: ['SEGMENT.INVALID'], 403: ['SEGMENT.FORBIDDEN'], 404: ['SEGMENT.NOT_FOUND', 'INSIGHT.UNAVAILABLE'], 422: ['SEGMENT.INVALID_TEAM'] } },
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
    docs: { summary: 'Delete a segment (its owner)', tag: 'segments', ifMatch: 'required', responses: { 204: { description: 'Deleted.' } }, problems: { 403: ['SEGMENT.FORBIDDEN'], 404: ['SEGMENT.NOT_FOUND', 'INSIGHT.UNAVAILABLE'] } },
    method: 'DELETE',
    path: 'segments/{id}',
    handler: async (request, { deps, caller }) => {
      await deleteSegment(deps, caller, id(request), requireIfMatch(request));
      return noContent();
    },
  },
  {
    name: 'segments-members',
    docs: { summary: 'The members of a segment, evaluated now (or as of a date), a page at a time', tag: 'segments', query: MembersQuery, responses: { 200: { description: 'A page of members.', schema: SegmentMembersPage } }, problems: { 404: ['SEGMENT.NOT_FOUND', 'INSIGHT.UNAVAILABLE'] } },
    method: 'GET',
    path: 'segments/{id}/members',
    handler: async (request, { deps, caller }) => ok(await segmentMembers(deps, caller, id(request), queryObject(request))),
  },
  {
    name: 'segments-export',
    docs: { summary: 'The members of a segment as CSV, streamed', tag: 'segments', query: SegmentExportQuery, responses: { 200: { description: 'The CSV file (UTF-8 with BOM).', media: 'text/csv', headers: ['Content-Disposition'] } }, problems: { 404: ['SEGMENT.NOT_FOUND', 'INSIGHT.UNAVAILABLE'] } },
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
