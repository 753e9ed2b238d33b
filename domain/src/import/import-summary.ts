import type { Language } from '../model/common.schema';
import type { ImportReport } from './import-report';

const SHOWN = 20;
const nbsp = '\u00a0';

const text = {
  fr: {
    title: (r: ImportReport) =>
      `Import ${r.dryRun ? 'à blanc ' : ''}de ${r.file.name ?? 'fichier'} (${r.file.encoding}${r.file.bom ? ' avec BOM' : ''}, séparateur «${nbsp}${r.file.separator}${nbsp}», ${r.file.lines} lignes)`,
    rows: (r: ImportReport) =>
      `Lignes${nbsp}: ${r.rows.read} lues — ${r.rows.imported} importées, ${r.rows.merged} fusionnées, ${r.rows.alreadyImported} déjà importées, ${r.rows.rejected} rejetées${r.rows.skipped ? `, ${r.rows.skipped} ignorées (hors données)` : ''}`,
    organisations: (r: ImportReport) =>
      `Organisations${nbsp}: ${r.organisations.created} créées, ${r.organisations.matchedInBase} trouvées dans la base, ${r.organisations.alreadyImported} déjà importées`,
    persons: (r: ImportReport) =>
      `Contacts${nbsp}: ${r.persons.created} créés, ${r.persons.mergedInFile} doublons fusionnés dans le fichier, ${r.persons.matchedInBase} trouvés dans la base, ${r.persons.linkedToSeveral} rattachés à plusieurs organisations`,
    notes: (r: ImportReport) => `Derniers contacts reportés${nbsp}: ${r.notes.logged}${nbsp}; commentaires refusés (RGPD, injures)${nbsp}: ${r.notes.flaggedComments}`,
    suspected: (r: ImportReport) => `Doublons possibles laissés à la revue${nbsp}: ${r.suspectedDuplicates.length}`,
    unmapped: (r: ImportReport) => `Colonnes ignorées${nbsp}: ${r.file.unmappedColumns.join(', ')}`,
    rejected: `Lignes rejetées${nbsp}:`,
    more: (n: number) => `… et ${n} autres (voir le rapport JSON)`,
    line: (n: number) => `ligne ${n}${nbsp}:`,
    resume: (r: ImportReport) => `Arrêté après ${r.checkpoint.recordsDone} lignes de données${nbsp}: relancez pour continuer`,
  },
  en: {
    title: (r: ImportReport) =>
      `${r.dryRun ? 'Dry run of the import' : 'Import'} of ${r.file.name ?? 'file'} (${r.file.encoding}${r.file.bom ? ' with BOM' : ''}, separator "${r.file.separator}", ${r.file.lines} lines)`,
    rows: (r: ImportReport) =>
      `Rows: ${r.rows.read} read — ${r.rows.imported} imported, ${r.rows.merged} merged, ${r.rows.alreadyImported} already imported, ${r.rows.rejected} rejected${r.rows.skipped ? `, ${r.rows.skipped} skipped (no data)` : ''}`,
    organisations: (r: ImportReport) =>
      `Organisations: ${r.organisations.created} created, ${r.organisations.matchedInBase} found in the base, ${r.organisations.alreadyImported} already imported`,
    persons: (r: ImportReport) =>
      `Contacts: ${r.persons.created} created, ${r.persons.mergedInFile} duplicates merged within the file, ${r.persons.matchedInBase} found in the base, ${r.persons.linkedToSeveral} linked to several organisations`,
    notes: (r: ImportReport) => `Last contacts logged: ${r.notes.logged}; comments refused (GDPR, insults): ${r.notes.flaggedComments}`,
    suspected: (r: ImportReport) => `Possible duplicates left for review: ${r.suspectedDuplicates.length}`,
    unmapped: (r: ImportReport) => `Ignored columns: ${r.file.unmappedColumns.join(', ')}`,
    rejected: 'Rejected rows:',
    more: (n: number) => `… and ${n} more (see the JSON report)`,
    line: (n: number) => `line ${n}:`,
    resume: (r: ImportReport) => `Stopped after ${r.checkpoint.recordsDone} data lines: run again to go on`,
  },
};

/** The report as a person reads it: the counts, then the first rejected rows with their reasons. */
export const summarizeImport = (report: ImportReport, lang: Language): string => {
  const t = text[lang];
  const lines = [t.title(report), t.rows(report), t.organisations(report), t.persons(report), t.notes(report), t.suspected(report)];
  if (report.file.unmappedColumns.length > 0) lines.push(t.unmapped(report));
  if (report.rejected.length > 0) {
    lines.push(t.rejected);
    const separator = lang === 'fr' ? `${nbsp}; ` : '; ';
    for (const row of report.rejected.slice(0, SHOWN))
      lines.push(`  ${t.line(row.line)} ${row.problems.map((p) => `${p.message}${p.value ? ` (${p.value})` : ''}`).join(separator)}`);
    if (report.rows.rejected > SHOWN) lines.push(`  ${t.more(report.rows.rejected - SHOWN)}`);
  }
  if (!report.checkpoint.complete) lines.push(t.resume(report));
  return lines.join('\n');
};
