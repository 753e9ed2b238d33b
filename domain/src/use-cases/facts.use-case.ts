import { DomainError, notFound } from '../errors/domain-error';
import type { Caller } from '../model/caller';
import { confirmFact, viewFact, type FactView } from '../model/fact';
import { FactName } from '../model/fact-definitions';
import type { Deps } from '../ports/deps';
import { parseInput } from '../errors/parse-input';
import { currentFact } from './update-tier.use-case';
import { loadActiveTier, loadVisibleTier } from './visible-tier';

/** Every version of one fact, newest first. */
export const factHistory = async (deps: Deps, caller: Caller, tierId: string, name: string): Promise<FactView[]> => {
  await loadVisibleTier(deps, caller, tierId);
  parseInput(FactName, name, 'FACT.UNKNOWN');
  const now = deps.clock.now();
  const history = await deps.tiers.factHistory(tierId, name);
  return history.map((f) => viewFact(f, now, deps.config.staleAfterDays)).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
};

/** "Still true": records that the rep confirmed the current value today. */
export const confirmCurrentFact = async (deps: Deps, caller: Caller, tierId: string, name: string): Promise<FactView> => {
  await loadActiveTier(deps, caller, tierId);
  parseInput(FactName, name, 'FACT.UNKNOWN');
  const partition = await deps.tiers.partition(tierId);
  const current = partition && currentFact(partition.facts, name);
  if (!current) throw notFound('fact', `${tierId}/${name}`);
  const now = deps.clock.now();
  if (current.validFrom > now) throw new DomainError('FACT.FUTURE', 'rule', 'This value is not valid yet.');
  const confirmed = confirmFact(current, now);
  await deps.tiers.write(tierId, { facts: [confirmed] });
  return viewFact(confirmed, now, deps.config.staleAfterDays);
};
