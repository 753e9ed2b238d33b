import type { FreeTextFinding } from './check-free-text';
import type { GuardCategory, GuardLanguage } from './guard-lists.schema';

/** What the rep reads beside the note: what the word reveals and what to write instead. */
const french: Record<GuardCategory, string> = {
  insult: 'est un terme insultant : décrivez des faits objectifs.',
  health:
    "révèle une donnée de santé : notez seulement l'effet sur la relation (ex. « absent jusqu'au 15 mars »).",
  origin: "évoque l'origine raciale ou ethnique : cette donnée n'a pas sa place dans le CRM.",
  'political-opinion': 'révèle une opinion politique : retirez-la de la note.',
  religion:
    'révèle une conviction religieuse ou philosophique : notez la contrainte sans sa raison (ex. « ne pas appeler le vendredi »).',
  'union-membership': 'révèle une appartenance syndicale : retirez-la de la note.',
  'sex-life': "touche à la vie sexuelle ou à l'orientation sexuelle : retirez-le de la note.",
  offences: 'évoque une infraction ou une condamnation : ces données ne peuvent pas figurer dans le CRM.',
};

const english: Record<GuardCategory, string> = {
  insult: 'is an insulting term: describe objective facts.',
  health: 'reveals health data: note only the effect on the relationship (e.g. "away until 15 March").',
  origin: 'suggests racial or ethnic origin: this has no place in the CRM.',
  'political-opinion': 'reveals a political opinion: remove it from the note.',
  religion:
    'reveals a religious or philosophical belief: note the constraint without its reason (e.g. "do not call on Fridays").',
  'union-membership': 'reveals trade-union membership: remove it from the note.',
  'sex-life': 'concerns sex life or sexual orientation: remove it from the note.',
  offences: 'suggests an offence or a conviction: such data cannot be kept in the CRM.',
};

export const describeFinding = (finding: FreeTextFinding, lang: GuardLanguage = 'fr'): string =>
  lang === 'fr'
    ? `« ${finding.term} » ${french[finding.category]}`
    : `“${finding.term}” ${english[finding.category]}`;
