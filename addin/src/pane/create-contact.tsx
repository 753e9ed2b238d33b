import type { PersonDraft, OrganisationDraft, TierSummary } from '@relais/domain';
import { isApiProblem } from '@relais/ui/api';
import { paneProblem } from './pane-problem';
import { ErrorBar } from '@relais/ui/components/shared';
import { DuplicateCandidates, type DuplicateCandidate, NewContactForm, type NewContactValues, type AddressMatch, type MatchEvidence } from '@relais/ui/components/tier-match';
import { summarize } from '@relais/domain/browser';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newKey } from './new-key';
import { usePane } from './pane-context';

type Stage = 'organisation' | 'person';
type Pending = {
  values: NewContactValues;
  organisation?: TierSummary;
  confirm: Partial<Record<Stage, boolean>>;
};
type Duplicates = { stage: Stage; name: string; candidates: DuplicateCandidate[]; pending: Pending };

const isSummary = (value: unknown): value is TierSummary =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TierSummary).id === 'string' &&
  typeof (value as TierSummary).name === 'string';

/** The 409 of a likely duplicate: `{ candidates: [{ tierId, score, reasons, tier? }] }`, reasons in the caller's language. */
const candidatesOf = (error: unknown): DuplicateCandidate[] | undefined => {
  if (!isApiProblem(error) || error.status !== 409 || !Array.isArray(error.body.candidates)) return undefined;
  return (error.body.candidates as unknown[]).flatMap((c) => {
    const candidate = c as Partial<DuplicateCandidate>;
    if (typeof candidate.tierId !== 'string') return [];
    const reasons = Array.isArray(candidate.reasons) ? candidate.reasons.map(String) : [];
    const tier = isSummary(candidate.tier) ? { tier: candidate.tier } : {};
    return [{ tierId: candidate.tierId, score: Number(candidate.score) || 0, reasons, ...tier }];
  });
};

const evidence = (code: MatchEvidence['code']): MatchEvidence[] => [{ code, detail: '' }];

/**
 * Creates the person behind an unknown address (and the organisation if needed), stopping at
 * likely duplicates so the rep picks the existing record or confirms a distinct one.
 */
export const CreateContact = ({
  email,
  displayName,
  organisations,
  onCreated,
  onCancel,
}: {
  email: string;
  displayName: string;
  organisations: TierSummary[];
  onCreated: (match: AddressMatch) => void;
  onCancel: () => void;
}) => {
  const { api } = usePane();
  const { t } = useTranslation();
  // One key per record for the life of the form: a retry after a timeout never creates twice.
  const keys = useRef({ organisation: newKey(), person: newKey() });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: unknown; pending: Pending } | undefined>();
  const [duplicates, setDuplicates] = useState<Duplicates | undefined>();

  const showDuplicates = async (
    stage: Stage,
    name: string,
    candidates: DuplicateCandidate[],
    pending: Pending,
  ) => {
    setDuplicates({ stage, name, candidates, pending });
    // The API names the candidates' tiers; the ids alone are loaded one by one.
    if (candidates.every((c) => c.tier)) return;
    const loaded = await Promise.all(
      candidates.map(async (c) =>
        c.tier ? c : { ...c, tier: await api.getTier(c.tierId).then(summarize, () => undefined) },
      ),
    );
    setDuplicates((current) =>
      current && current.pending === pending ? { ...current, candidates: loaded } : current,
    );
  };

  const run = async (pending: Pending) => {
    const { values } = pending;
    setBusy(true);
    setError(undefined);
    setDuplicates(undefined);
    let stage: Stage = 'organisation';
    try {
      let organisation = pending.organisation;
      let organisationEvidence = evidence('chosen');
      if (!organisation && values.organisation.kind === 'existing') {
        organisation = values.organisation.tier;
        organisationEvidence = [{ code: 'email-domain', detail: email.slice(email.lastIndexOf('@') + 1) }];
      }
      if (!organisation && values.organisation.kind === 'new') {
        const draft: OrganisationDraft = {
          kind: 'organisation',
          names: [{ type: 'legal', value: values.organisation.name }],
          ...(values.organisation.domain && { emailDomains: [values.organisation.domain] }),
        };
        organisation = summarize(
          await api.createTier(draft, {
            idempotencyKey: keys.current.organisation,
            confirmDistinct: pending.confirm.organisation,
          }),
        );
        organisationEvidence = evidence('created');
      }
      stage = 'person';
      const draft: PersonDraft = {
        kind: 'person',
        civility: values.civility,
        firstName: values.firstName,
        lastName: values.lastName,
        emails: [values.email],
        ...(organisation && { organisationId: organisation.id }),
      };
      const person = summarize(
        await api.createTier(draft, {
          idempotencyKey: keys.current.person,
          confirmDistinct: pending.confirm.person,
        }),
      );
      onCreated({
        email,
        status: 'matched',
        persons: [
          {
            tier: person,
            evidence: evidence('created'),
            organisations: organisation ? [{ tier: organisation, evidence: organisationEvidence }] : [],
          },
        ],
        organisations: [],
      });
    } catch (failure) {
      const candidates = candidatesOf(failure);
      const name =
        stage === 'person' || values.organisation.kind !== 'new'
          ? `${values.firstName} ${values.lastName}`
          : values.organisation.name;
      if (candidates && candidates.length > 0) await showDuplicates(stage, name, candidates, pending);
      else setError({ error: failure, pending });
    } finally {
      setBusy(false);
    }
  };

  /** "Use this one": an existing organisation continues to the person; an existing person ends here. */
  const pickExisting = (tier: TierSummary) => {
    if (!duplicates) return;
    if (duplicates.stage === 'organisation') {
      void run({ ...duplicates.pending, organisation: tier });
      return;
    }
    const organisation = duplicates.pending.organisation;
    onCreated({
      email,
      status: 'matched',
      persons: [
        {
          tier,
          evidence: evidence('chosen'),
          organisations: organisation ? [{ tier: organisation, evidence: evidence('chosen') }] : [],
        },
      ],
      organisations: [],
    });
  };

  return (
    <NewContactForm
      email={email}
      displayName={displayName}
      organisations={organisations}
      busy={busy}
      onSubmit={(values) => void run({ values, confirm: {} })}
      onCancel={onCancel}
    >
      {duplicates && (
        <DuplicateCandidates
          name={duplicates.name}
          candidates={duplicates.candidates}
          busy={busy}
          onUse={pickExisting}
          onCreateAnyway={() =>
            void run({
              ...duplicates.pending,
              confirm: { ...duplicates.pending.confirm, [duplicates.stage]: true },
            })
          }
        />
      )}
      {error && (
        <ErrorBar
          message={paneProblem(error.error, t)}
          onRetry={() => void run(error.pending)}
          retrying={busy}
        />
      )}
    </NewContactForm>
  );
};
