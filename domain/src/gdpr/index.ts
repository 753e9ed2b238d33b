export { describeRetention } from './describe-retention';
export { mayProspect } from './may-prospect';
export {
  ConsentChannel,
  ConsentRecord,
  ConsentStatus,
  ConsentsUpdate,
  LegalBasis,
  PersonConsent,
  PersonConsents,
} from './person-consent.schema';
export { objectedChannels } from './prospecting-objection';
export { flagFreeText, guardCallerText, guardFreeText, type FlaggedText, type FreeTextField, type GuardOptions } from './guard-free-text';
export { retentionDecision, type RetentionDecision, type RetentionRule } from './retention-decision';
export { RetentionHold, RetentionHoldRequest, RetentionHoldView } from './retention-hold.schema';
export { RetentionPolicy, type RetentionPolicyInput } from './retention-policy.schema';
export { LifecyclePeriod, RetentionSubject } from './retention-subject.schema';
export type { CalendarDay } from './calendar-day';
