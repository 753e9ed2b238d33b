import { z } from 'zod';
import { DomainError, notFound } from './domain-error';
import { JobError } from '../jobs/job.schema';
import { ERROR_CODES, ErrorCode, NOT_FOUND_CODES, STATUS_OF_KIND, statusOfCode } from './error-codes';
import { parseInput } from './parse-input';

const codes = Object.keys(ERROR_CODES) as ErrorCode[];
// Answered before the catalogue had a rule for names; clients see it, so it keeps its bare form.
const BARE = new Set<ErrorCode>(['INTERNAL']);

describe('the error catalogue', () => {
  it('names every code AREA.REASON in capitals', () => {
    const misnamed = codes.filter((code) => !BARE.has(code) && !/^[A-Z][A-Z_-]*\.[A-Z_]+$/.test(code));
    expect(misnamed).toEqual([]);
  });

  it('gives every code a message in English and in French', () => {
    const missing = codes.filter((code) => ERROR_CODES[code].en.trim() === '' || ERROR_CODES[code].fr.trim() === '');
    expect(missing).toEqual([]);
  });

  it('writes French with a no-break space before ; : ? ! and never a plain one', () => {
    const plain = codes.filter((code) => / [;:?!»]|« /.test(ERROR_CODES[code].fr));
    expect(plain).toEqual([]);
  });

  it('answers each kind with one status, and each status stands for one kind', () => {
    const statuses = Object.values(STATUS_OF_KIND);
    expect(new Set(statuses).size).toBe(statuses.length);
    for (const code of codes) expect([code, statusOfCode(code)]).toEqual([code, STATUS_OF_KIND[ERROR_CODES[code].kind]]);
    expect(statusOfCode('TIER.NOT_FOUND')).toBe(404);
    expect(statusOfCode('CONCURRENCY.STALE')).toBe(412);
    expect(statusOfCode('STORAGE.UNAVAILABLE')).toBe(503);
  });

  it('lets a failed job carry only a catalogued code (the OpenAPI document lists them)', () => {
    expect(ErrorCode.options).toEqual(codes);
    expect(JobError.safeParse({ code: 'JOB.FAILED', message: 'x' }).success).toBe(true);
    expect(JobError.safeParse({ code: 'JOB.EXPLODED', message: 'x' }).success).toBe(false);
  });

  it('maps every missing thing to a not-found code', () => {
    for (const [what, code] of Object.entries(NOT_FOUND_CODES)) expect([what, ERROR_CODES[code].kind]).toEqual([what, 'not-found']);
    expect(notFound('change-request', 'x').code).toBe('CHANGE-REQUEST.NOT_FOUND');
    expect(notFound('tier', 'x')).toMatchObject({ code: 'TIER.NOT_FOUND', kind: 'not-found' });
  });

  // No grep over the sources is needed: the compiler refuses what is not catalogued. Each line below
  // would compile if the catalogue let it through, and `tsc` then fails on the unused directive.
  it('is enforced by the type checker where errors are thrown and matched', () => {
    // @ts-expect-error an uncatalogued code
    const unknown = new DomainError('TIER.NOPE', 'not-found', 'x');
    // @ts-expect-error a kind the catalogue does not give this code
    const wrongKind = new DomainError('TIER.NOT_FOUND', 'conflict', 'x');
    // @ts-expect-error a validation helper may only throw an `invalid` code
    const wrongParse = () => parseInput(z.string(), 1, 'TIER.NOT_FOUND');
    // @ts-expect-error notFound only knows the things it has a code for
    const wrongThing = notFound('unicorn', 'x');
    const error: DomainError = new DomainError('TIER.ERASED', 'gone', 'x');
    // @ts-expect-error a misspelt code cannot be compared with
    const misspelt = error.code === 'TIER.ERRASED';
    // At run time nothing stops them: the type check is the guard.
    expect([unknown.code, wrongKind.kind, wrongThing.code, misspelt]).toEqual(['TIER.NOPE', 'conflict', undefined, false]);
    expect(wrongParse).toThrow(DomainError);
  });
});
