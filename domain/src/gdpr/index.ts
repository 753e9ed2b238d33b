export { describeRetention } from './describe-retention';
export { mayProspect } from './may-prospect';
export {
  ConsentChannel,
  ConsentStatus,
  LegalBasis,
  PersonConsent,
  PersonConsents,
} from './person-consent.schema';
export { retentionDecision, type RetentionDecision, type RetentionRule } from './retention-decision';
export { RetentionPolicy, type RetentionPolicyInput } from './retention-policy.schema';
export { LifecyclePeriod, RetentionSubject } from './retention-subject.schema';
export type { CalendarDay } from './calendar-day';
