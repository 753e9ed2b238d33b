import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import type { Deps } from '../ports/deps';
import type { ImportProgress } from '../ports/import-store.port';
import { requireSteward } from '../use-cases/duplicates.use-case';
import { ImportId, ImportItemsQuery, type ImportItemView } from './import-item.schema';
import { wordItem } from './import-report';
import { runOfImport } from './run-import.use-case';

const importIdOf = (importId: string): string => parseInput(z.object({ importId: ImportId }), { importId }).importId;

const storeOf = (deps: Deps) => {
  if (!deps.imports) throw new DomainError('IMPORT.UNAVAILABLE', 'not-found', 'Imports are not kept here.');
  return deps.imports;
};

/** `GET /api/imports/{importId}/items`: what became of each row of a run (or of its dry run), a page at a time, worded for the reader. */
export const importItems = async (
  deps: Deps,
  caller: Caller,
  importId: string,
  input: unknown,
  lang: Language,
): Promise<{ items: ImportItemView[]; nextCursor: string | null }> => {
  requireSteward(caller);
  const id = importIdOf(importId);
  const query = parseInput(ImportItemsQuery, input);
  const page = await storeOf(deps).items(runOfImport(id, query.dryRun === 'true'), query.limit, query.cursor === undefined ? undefined : Number(query.cursor));
  return { items: page.items.map((item) => wordItem(item, lang)), nextCursor: page.nextCursor };
};

/** `GET /api/imports/{importId}`: how far the import of a file went (a crashed run or a job resumes from `recordsDone`). */
export const importProgress = async (deps: Deps, caller: Caller, importId: string): Promise<ImportProgress> => {
  requireSteward(caller);
  const found = await storeOf(deps).progress(importIdOf(importId));
  if (!found) throw new DomainError('IMPORT.NOT_FOUND', 'not-found', `No import ${importId}.`);
  return found.value;
};
