import { z } from 'zod';

/**
 * Every error code Relais answers with, in one place: its kind (hence its HTTP status) and a short
 * message in each language. A code not listed here does not compile where it is thrown, mapped,
 * documented or matched, so a new failure starts with a line in this file.
 */

/** How a transport should treat an error: the HTTP mapper and the bot reply both read this. */
export type ErrorKind =
  | 'invalid' // malformed input
  | 'rule' // well-formed but breaks a domain rule
  | 'not-found'
  | 'gone' // erased
  | 'conflict' // state conflict (duplicate, already decided)
  | 'precondition-failed' // stale ETag
  | 'precondition-required' // missing If-Match
  | 'forbidden'
  | 'unauthenticated'
  | 'method-not-allowed'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'internal'
  | 'unavailable'; // storage down or throttled: worth retrying

export const STATUS_OF_KIND = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  gone: 410,
  'precondition-failed': 412,
  'too-large': 413,
  'unsupported-media-type': 415,
  rule: 422,
  'precondition-required': 428,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorKind, number>;

type Entry = { kind: ErrorKind; en: string; fr: string };

// French typography: a narrow no-break space (U+202F) before ; ? ! and a no-break space (U+00A0) before :.
export const ERROR_CODES = {
  'ADMIN.FORBIDDEN': { kind: 'forbidden', en: 'Only an admin may do this.', fr: 'Seul un administrateur peut faire cela.' },
  'AUDIT.FORBIDDEN': { kind: 'forbidden', en: 'You may not read this audit trail.', fr: 'Vous ne pouvez pas consulter ce journal d’audit.' },
  'AUTH.APP_TOKEN_REFUSED': { kind: 'forbidden', en: 'Application tokens are not accepted here.', fr: 'Les jetons d’application ne sont pas acceptés ici.' },
  'AUTH.INVALID_TOKEN': { kind: 'unauthenticated', en: 'The sign-in token is invalid or expired.', fr: 'Le jeton de connexion est invalide ou expiré.' },
  'AUTH.MISSING_SCOPE': { kind: 'forbidden', en: 'The sign-in token lacks the Relais scope.', fr: 'Le jeton de connexion n’a pas l’autorisation Relais.' },
  'AUTH.MISSING_TOKEN': { kind: 'unauthenticated', en: 'Sign in first.', fr: 'Connectez-vous d’abord.' },
  'AUTH.NO_ROLE': { kind: 'forbidden', en: 'Your account has no Relais role.', fr: 'Votre compte n’a aucun rôle dans Relais.' },
  'BOT.NOT_CONFIGURED': { kind: 'not-found', en: 'The Teams bot is not set up.', fr: 'Le bot Teams n’est pas configuré.' },
  'CHANGE.ALREADY_APPLIED': { kind: 'conflict', en: 'This change was already applied.', fr: 'Cette modification a déjà été appliquée.' },
  'CAPTURE.NOTIFICATION_REFUSED': { kind: 'forbidden', en: 'This notification is not from a subscription of Relais.', fr: 'Cette notification ne vient pas d’un abonnement de Relais.' },
  'CHANGE.NOT_FOUND': { kind: 'not-found', en: 'This change no longer exists.', fr: 'Cette modification n’existe plus.' },
  // The hyphen comes from notFound('change-request'); clients and tests see it, so it stays beside CHANGE_REQUEST.*.
  'CHANGE-REQUEST.NOT_FOUND': { kind: 'not-found', en: 'No such change request.', fr: 'Demande de modification introuvable.' },
  'CHANGE_REQUEST.ALREADY_DECIDED': { kind: 'conflict', en: 'This request is already decided.', fr: 'Cette demande a déjà été tranchée.' },
  'CHANGE_REQUEST.CONFLICT': { kind: 'conflict', en: 'The tier changed since the request was made; nothing was applied.', fr: 'Le tiers a changé depuis la demande\u202f; rien n’a été appliqué.' },
  'CHANGE_REQUEST.FORBIDDEN': { kind: 'forbidden', en: 'You may not see or decide this request.', fr: 'Vous ne pouvez ni voir ni trancher cette demande.' },
  'CHANGE_REQUEST.INVALID': { kind: 'invalid', en: 'The change request is not valid.', fr: 'La demande de modification n’est pas valide.' },
  'CHANGE_REQUEST.NOT_APPROVER': { kind: 'forbidden', en: 'You are not an approver of this request.', fr: 'Vous n’êtes pas approbateur de cette demande.' },
  'CHANGE_REQUEST.NOT_REQUESTER': { kind: 'forbidden', en: 'Only the requester may do this.', fr: 'Seul l’auteur de la demande peut faire cela.' },
  'CONCURRENCY.IF_MATCH_REQUIRED': { kind: 'precondition-required', en: 'Send If-Match with the ETag you read.', fr: 'Envoyez If-Match avec l’ETag lu.' },
  'CONCURRENCY.IF_MATCH_WILDCARD': { kind: 'precondition-required', en: 'If-Match must name the ETag you read, not *.', fr: 'If-Match doit porter l’ETag lu, pas «\u00a0*\u00a0».' },
  'CONCURRENCY.STALE': { kind: 'precondition-failed', en: 'Someone changed this since you read it; reload and try again.', fr: 'Quelqu’un l’a modifié depuis votre lecture\u202f; rechargez et réessayez.' },
  'DUPLICATES.FORBIDDEN': { kind: 'forbidden', en: 'You may not review duplicates.', fr: 'Vous ne pouvez pas traiter les doublons.' },
  'ERASURE.ALREADY_APPLIED': { kind: 'conflict', en: 'This erasure was already applied.', fr: 'Cet effacement a déjà été appliqué.' },
  'ERASURE.NOT_FOUND': { kind: 'not-found', en: 'This erasure no longer exists.', fr: 'Cet effacement n’existe plus.' },
  'FACT.FUTURE': { kind: 'rule', en: 'A fact cannot be dated in the future.', fr: 'Un fait ne peut pas être daté dans le futur.' },
  'FACT.NOT_FOUND': { kind: 'not-found', en: 'No such fact on this tier.', fr: 'Ce fait n’existe pas sur ce tiers.' },
  'FACT.UNKNOWN': { kind: 'invalid', en: 'Unknown fact name.', fr: 'Nom de fait inconnu.' },
  'FREE_TEXT.FLAGGED': { kind: 'rule', en: 'Some text may not be kept as typed; rephrase it or confirm it.', fr: 'Certains textes ne peuvent être gardés tels quels\u202f; reformulez-les ou confirmez-les.' },
  'IMPORT.COLUMNS_MISSING': { kind: 'invalid', en: 'The file lacks required columns.', fr: 'Il manque des colonnes obligatoires au fichier.' },
  'IMPORT.NOT_FOUND': { kind: 'not-found', en: 'No such import.', fr: 'Import introuvable.' },
  'IMPORT.UNAVAILABLE': { kind: 'not-found', en: 'Import is not available here.', fr: 'L’import n’est pas disponible ici.' },
  'INSIGHT.UNAVAILABLE': { kind: 'not-found', en: 'Reports are not available here.', fr: 'Les rapports ne sont pas disponibles ici.' },
  'INTERACTION.CHANGED': { kind: 'precondition-failed', en: 'The interaction changed since you read it.', fr: 'L’interaction a changé depuis votre lecture.' },
  'INTERACTION.INVALID_REFERENCE': { kind: 'rule', en: 'The interaction names something that does not exist.', fr: 'L’interaction désigne un élément qui n’existe pas.' },
  'INTERACTION.LOGGED_ELSEWHERE': { kind: 'conflict', en: 'This item is already logged elsewhere.', fr: 'Cet élément est déjà consigné ailleurs.' },
  'INTERACTION.NOT_FOUND': { kind: 'not-found', en: 'No such interaction.', fr: 'Interaction introuvable.' },
  'INTERNAL': { kind: 'internal', en: 'Something went wrong on our side.', fr: 'Une erreur s’est produite de notre côté.' },
  'JOB.FAILED': { kind: 'internal', en: 'The job failed.', fr: 'La tâche de fond a échoué.' },
  'JOB.NOT_FOUND': { kind: 'not-found', en: 'No such job.', fr: 'Tâche de fond introuvable.' },
  'JOB.UNAVAILABLE': { kind: 'not-found', en: 'Background jobs are not available here.', fr: 'Les tâches de fond ne sont pas disponibles ici.' },
  'JOB.UNKNOWN_KIND': { kind: 'internal', en: 'No worker knows this kind of job.', fr: 'Aucun traitement ne connaît ce type de tâche.' },
  'MERGE.NOT_FOUND': { kind: 'conflict', en: 'No merge to undo.', fr: 'Aucune fusion à annuler.' },
  'MERGE.UNDO_EXPIRED': { kind: 'conflict', en: 'This merge is too old to undo.', fr: 'Cette fusion est trop ancienne pour être annulée.' },
  'MERGE.UNDO_UNSAFE': { kind: 'conflict', en: 'Something the merge changed has changed since; nothing was undone.', fr: 'Ce que la fusion a modifié a changé depuis\u202f; rien n’a été annulé.' },
  'PERSON.FORBIDDEN': { kind: 'forbidden', en: 'You may not act on this person’s data.', fr: 'Vous ne pouvez pas agir sur les données de cette personne.' },
  'PERSON.NOT_FOUND': { kind: 'not-found', en: 'No such person.', fr: 'Personne introuvable.' },
  'RATE.LIMITED': { kind: 'rate-limited', en: 'Too many requests; try again shortly.', fr: 'Trop de requêtes\u202f; réessayez dans un instant.' },
  'RELATION.INVALID_REFERENCE': { kind: 'rule', en: 'The relation names a tier that does not exist.', fr: 'La relation désigne un tiers qui n’existe pas.' },
  'RELATION.KINDS_NOT_ALLOWED': { kind: 'rule', en: 'This relation type does not link these kinds of tier.', fr: 'Ce type de relation ne relie pas ces sortes de tiers.' },
  'RELATION.NOT_FOUND': { kind: 'not-found', en: 'No such relation.', fr: 'Relation introuvable.' },
  'RELATION_TYPE.EXISTS': { kind: 'conflict', en: 'This relation type already exists.', fr: 'Ce type de relation existe déjà.' },
  'RELATION_TYPE.FORBIDDEN': { kind: 'forbidden', en: 'You may not manage relation types.', fr: 'Vous ne pouvez pas gérer les types de relation.' },
  'REPAIR.FORBIDDEN': { kind: 'forbidden', en: 'Only an admin may run a repair.', fr: 'Seul un administrateur peut lancer une réparation.' },
  'REPORT.FORBIDDEN': { kind: 'forbidden', en: 'You may not see this report.', fr: 'Vous ne pouvez pas voir ce rapport.' },
  'REQUEST.EMPTY_BODY': { kind: 'invalid', en: 'The request has no body.', fr: 'La requête n’a pas de corps.' },
  'REQUEST.INVALID': { kind: 'invalid', en: 'The request has invalid fields.', fr: 'La requête contient des champs invalides.' },
  'REQUEST.MALFORMED_JSON': { kind: 'invalid', en: 'The body is not valid JSON.', fr: 'Le corps n’est pas du JSON valide.' },
  'REQUEST.TOO_LARGE': { kind: 'too-large', en: 'The body is too large.', fr: 'Le corps de la requête est trop volumineux.' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': { kind: 'unsupported-media-type', en: 'This content type is not accepted.', fr: 'Ce type de contenu n’est pas accepté.' },
  'RETENTION.FORBIDDEN': { kind: 'forbidden', en: 'Only data stewards and admins may run retention.', fr: 'Seuls les responsables des données et les administrateurs peuvent lancer la purge de conservation.' },
  'RETENTION.HOLD_FORBIDDEN': { kind: 'forbidden', en: 'Only data stewards and admins may keep a tier past its retention period.', fr: 'Seuls les référents données et les administrateurs peuvent conserver un tiers au-delà de sa durée de conservation.' },
  'ROUTE.METHOD_NOT_ALLOWED': { kind: 'method-not-allowed', en: 'This method is not allowed here.', fr: 'Cette méthode n’est pas permise ici.' },
  'ROUTE.NOT_FOUND': { kind: 'not-found', en: 'Nothing at this address.', fr: 'Rien à cette adresse.' },
  'SCORING.FORBIDDEN': { kind: 'forbidden', en: 'Only an admin may change the scoring rules.', fr: 'Seul un administrateur peut modifier les règles de score.' },
  'SCORING.INVALID_RULES': { kind: 'invalid', en: 'The scoring rules are not valid.', fr: 'Les règles de score ne sont pas valides.' },
  'SCORING_RULES.NOT_FOUND': { kind: 'not-found', en: 'The scoring rules no longer exist.', fr: 'Les règles de score n’existent plus.' },
  'SEGMENT.FORBIDDEN': { kind: 'forbidden', en: 'Only the segment’s owner may do this.', fr: 'Seul le propriétaire du segment peut faire cela.' },
  'SEGMENT.INVALID': { kind: 'invalid', en: 'The segment definition is not valid.', fr: 'La définition du segment n’est pas valide.' },
  'SEGMENT.INVALID_TEAM': { kind: 'rule', en: 'A segment may be shared only with your teams.', fr: 'Un segment ne peut être partagé qu’avec vos équipes.' },
  'SEGMENT.NOT_FOUND': { kind: 'not-found', en: 'No such segment.', fr: 'Segment introuvable.' },
  'STORAGE.UNAVAILABLE': { kind: 'unavailable', en: 'The data store is unavailable or busy; try again shortly.', fr: 'Le stockage est indisponible ou saturé\u202f; réessayez dans un instant.' },
  'SUGGESTION.NOT_FOUND': { kind: 'not-found', en: 'No such suggestion.', fr: 'Suggestion introuvable.' },
  'TASK.FORBIDDEN': { kind: 'forbidden', en: 'You may not change this task.', fr: 'Vous ne pouvez pas modifier cette tâche.' },
  'TASK.INVALID_REFERENCE': { kind: 'rule', en: 'The task names something that does not exist.', fr: 'La tâche désigne un élément qui n’existe pas.' },
  'TASK.NOT_FOUND': { kind: 'not-found', en: 'No such task.', fr: 'Tâche introuvable.' },
  'TIER.ARCHIVED': { kind: 'conflict', en: 'This tier is archived.', fr: 'Ce tiers est archivé.' },
  'TIER.CHANGE_REQUEST_REQUIRED': { kind: 'forbidden', en: 'Reference data changes through a change request.', fr: 'Les données de référence se modifient par une demande de modification.' },
  'TIER.ERASED': { kind: 'gone', en: 'This tier was erased.', fr: 'Ce tiers a été effacé.' },
  'TIER.EXISTS': { kind: 'conflict', en: 'This tier already exists.', fr: 'Ce tiers existe déjà.' },
  'TIER.FIELD_FORBIDDEN': { kind: 'forbidden', en: 'You may not change some of these fields.', fr: 'Vous ne pouvez pas modifier certains de ces champs.' },
  'TIER.INVALID_REFERENCE': { kind: 'rule', en: 'No tier with this id.', fr: 'Aucun tiers ne porte cet identifiant.' },
  'TIER.LIKELY_DUPLICATE': { kind: 'conflict', en: 'This tier probably exists already.', fr: 'Ce tiers existe probablement déjà.' },
  'TIER.MERGED': { kind: 'conflict', en: 'This tier was merged into another.', fr: 'Ce tiers a été fusionné dans un autre.' },
  'TIER.MERGE_CONFLICT': { kind: 'conflict', en: 'The two tiers hold conflicting values.', fr: 'Les deux tiers portent des valeurs contradictoires.' },
  'TIER.MERGE_IDENTITY_CONFLICT': { kind: 'rule', en: 'These are two legal entities and cannot be merged.', fr: 'Ce sont deux entités juridiques distinctes, impossibles à fusionner.' },
  'TIER.MERGE_INTO_ITSELF': { kind: 'rule', en: 'A tier cannot be merged into itself.', fr: 'Un tiers ne peut pas être fusionné avec lui-même.' },
  'TIER.MERGE_KIND_MISMATCH': { kind: 'rule', en: 'An organisation and a person cannot be merged.', fr: 'Une organisation et une personne ne peuvent pas être fusionnées.' },
  'TIER.NOT_FOUND': { kind: 'not-found', en: 'No such tier.', fr: 'Tiers introuvable.' },
} as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The catalogue's codes as a schema: problem documents and failed jobs carry one of them, and the OpenAPI document lists them. */
export const ErrorCode = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).meta({ id: 'ErrorCode' });

/** The kind the catalogue gives a code: a thrower cannot give it another. */
export type KindOf<C extends ErrorCode> = (typeof ERROR_CODES)[C]['kind'];

/** The codes of one kind, e.g. what a validation helper may throw. */
export type CodeOfKind<K extends ErrorKind> = { [C in ErrorCode]: KindOf<C> extends K ? C : never }[ErrorCode];

/** The codes answered with one HTTP status, e.g. what a route may document under 404. */
export type CodeOfStatus<S extends number> = { [C in ErrorCode]: (typeof STATUS_OF_KIND)[KindOf<C>] extends S ? C : never }[ErrorCode];

export const statusOfCode = (code: ErrorCode): number => STATUS_OF_KIND[ERROR_CODES[code].kind];

/** What `notFound(what, id)` and a vanished write answer with, by the thing missing. */
export const NOT_FOUND_CODES = {
  change: 'CHANGE.NOT_FOUND',
  'change-request': 'CHANGE-REQUEST.NOT_FOUND',
  erasure: 'ERASURE.NOT_FOUND',
  fact: 'FACT.NOT_FOUND',
  import: 'IMPORT.NOT_FOUND',
  interaction: 'INTERACTION.NOT_FOUND',
  job: 'JOB.NOT_FOUND',
  person: 'PERSON.NOT_FOUND',
  relation: 'RELATION.NOT_FOUND',
  'scoring rules': 'SCORING_RULES.NOT_FOUND',
  segment: 'SEGMENT.NOT_FOUND',
  suggestion: 'SUGGESTION.NOT_FOUND',
  task: 'TASK.NOT_FOUND',
  tier: 'TIER.NOT_FOUND',
} as const satisfies Record<string, CodeOfKind<'not-found'>>;

export type MissingThing = keyof typeof NOT_FOUND_CODES;
