/**
 * Why two tiers look alike (or not). Codes are stable for clients; params hold the values a
 * sentence needs, so each client can word it in its language (see describeMatchReason).
 */
export type MatchReasonCode =
  | 'SAME_SIRET'
  | 'SAME_SIREN'
  | 'SAME_COMPANY'
  | 'DIFFERENT_SIREN'
  | 'SAME_NAME'
  | 'REORDERED_NAME'
  | 'JOINED_WORDS'
  | 'TRANSLATED_NAME'
  | 'DISTINCTIVE_WORD'
  | 'COMMON_WORD'
  | 'TWO_NAMES'
  | 'ACRONYM'
  | 'ABBREVIATION'
  | 'NAME_TYPO'
  | 'NAME_SOUNDS_ALIKE'
  | 'NAME_CONTAINED'
  | 'SIMILAR_NAME'
  | 'DIFFERENT_NAME'
  | 'SAME_EMAIL_DOMAIN'
  | 'SAME_WEBSITE'
  | 'WEBSITE_MATCHES_EMAIL_DOMAIN'
  | 'SAME_DOMAIN_NAME'
  | 'DIFFERENT_DOMAIN'
  | 'SAME_PHONE'
  | 'SAME_POSTCODE'
  | 'SAME_CITY'
  | 'DIFFERENT_CITY'
  | 'SAME_EMAIL'
  | 'SHARED_GENERIC_EMAIL'
  | 'SAME_PERSON_NAME'
  | 'INVERTED_PERSON_NAME'
  | 'PERSON_NAME_TYPO'
  | 'PERSON_NAME_SOUNDS_ALIKE'
  | 'FIRST_NAME_INITIAL'
  | 'SAME_LAST_NAME'
  | 'DIFFERENT_FIRST_NAME'
  | 'DIFFERENT_PERSON_NAME'
  | 'SAME_ORGANISATION'
  | 'DIFFERENT_ORGANISATION'
  | 'DIFFERENT_CIVILITY';

export type MatchReason = { code: MatchReasonCode; params: Record<string, string | number> };

export type MatchResult = { score: number; reasons: MatchReason[] };
