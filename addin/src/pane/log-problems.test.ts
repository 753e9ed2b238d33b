import type { TierSummary } from '@relais/domain';
import { ApiProblem } from '@relais/ui/api';
import { newChangeRow } from '@relais/ui/components/interaction-form';
import { checkLog, hasProblems, problemsFromApi } from './log-problems';

const tier = (id: string): TierSummary => ({
  id,
  kind: 'organisation',
  name: id,
  lifecycle: null,
  jobTitle: null,
  siren: null,
  city: null,
  emails: [],
});

describe('what stops a log', () => {
  it('needs at least one tier and at most 100', () => {
    expect(checkLog({ tiers: [], followUps: [], changes: [], titleRequired: 'x' }).selection).toBe('nothing');
    expect(
      checkLog({
        tiers: Array.from({ length: 101 }, (_, i) => tier(`t${i}`)),
        followUps: [],
        changes: [],
        titleRequired: 'x',
      }).selection,
    ).toBe('too-many');
    expect(
      hasProblems(checkLog({ tiers: [tier('a')], followUps: [], changes: [], titleRequired: 'x' })),
    ).toBe(false);
  });

  it('wants a title on a follow-up with a date, and a complete change', () => {
    const problems = checkLog({
      tiers: [tier('a')],
      followUps: [
        { key: 'f1', title: '', dueDate: '2026-12-01' },
        { key: 'f2', title: '', dueDate: '' },
      ],
      changes: [{ ...newChangeRow('a'), key: 'c1' }],
      titleRequired: 'Say what is to be done.',
    });
    expect(problems.followUps).toEqual({ f1: 'Say what is to be done.' });
    expect(problems.changes).toEqual({ c1: 'kind' });
  });

  it('puts the API’s field errors next to the fields', () => {
    const error = new ApiProblem(422, 'FREE_TEXT.FLAGGED', 'Sensitive data', [
      { path: 'summary', message: 'Health data is not allowed.' },
      { path: 'tasks.0.title', message: 'Too long.' },
    ]);
    const problems = problemsFromApi(error, [
      { key: 'empty', title: '', dueDate: '' },
      { key: 'f1', title: 'Call', dueDate: '' },
    ]);
    expect(problems.fields).toEqual({ summary: 'Health data is not allowed.' });
    expect(problems.followUps).toEqual({ f1: 'Too long.' });
  });
});
