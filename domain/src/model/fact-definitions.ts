import { z } from 'zod';
import { Lifecycle } from './lifecycle';

/**
 * Every profile answer likely to change is a dated fact. Each definition says what values it takes
 * and after how long without confirmation it becomes doubtful ("stale").
 */
export type FactDefinition = { name: string; value: z.ZodType<FactValue>; staleAfterDays: number; label: { fr: string; en: string } };
export type FactValue = string | number | boolean;

const band = (values: [string, ...string[]]) => z.enum(values);

export const factDefinitions: readonly FactDefinition[] = [
  { name: 'lifecycle', value: Lifecycle, staleAfterDays: 365, label: { fr: 'Statut', en: 'Lifecycle' } },
  { name: 'owner', value: z.string().trim().min(1).max(200), staleAfterDays: 365, label: { fr: 'Suivi par', en: 'Followed by' } },
  { name: 'sign', value: z.string().trim().min(1).max(200), staleAfterDays: 730, label: { fr: 'Enseigne', en: 'Shop sign' } },
  {
    name: 'revenueBand',
    value: band(['<1M', '1-10M', '10-50M', '50-250M', '250M-1B', '>1B']),
    staleAfterDays: 365,
    label: { fr: "Tranche de chiffre d'affaires", en: 'Revenue band' },
  },
  {
    name: 'headcountBand',
    value: band(['0', '1-9', '10-49', '50-249', '250-999', '1000-4999', '5000+']),
    staleAfterDays: 730,
    label: { fr: "Tranche d'effectif", en: 'Headcount band' },
  },
  { name: 'customerType', value: band(['professional', 'private']), staleAfterDays: 1095, label: { fr: 'Type de client', en: 'Customer type' } },
  { name: 'territory', value: z.string().trim().min(1).max(100), staleAfterDays: 730, label: { fr: 'Secteur', en: 'Territory' } },
  { name: 'industry', value: z.string().trim().min(1).max(100), staleAfterDays: 1095, label: { fr: "Secteur d'activité", en: 'Industry' } },
  { name: 'competitor', value: z.string().trim().min(1).max(200), staleAfterDays: 365, label: { fr: 'Concurrent en place', en: 'Incumbent competitor' } },
];

export const FactName = z.enum(factDefinitions.map((d) => d.name) as [string, ...string[]], {
  error: `Unknown fact; known facts: ${factDefinitions.map((d) => d.name).join(', ')}.`,
});

export const factDefinition = (name: string): FactDefinition | undefined => factDefinitions.find((d) => d.name === name);
