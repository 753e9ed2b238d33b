import { factDefinition, type ChangeRequest, type ElementStep, type Language } from '@relais/domain';

/** The bot speaks the user's Teams language when it is French, English otherwise. */
export const languageOf = (locale: string | undefined): Language => (/^fr\b/i.test(locale ?? '') ? 'fr' : 'en');

const fieldLabels: Record<string, { fr: string; en: string }> = {
  names: { fr: 'Noms', en: 'Names' },
  siren: { fr: 'SIREN', en: 'SIREN' },
  siret: { fr: 'SIRET', en: 'SIRET' },
  parentId: { fr: 'Société mère', en: 'Parent company' },
  headOffice: { fr: 'Siège', en: 'Head office' },
  addresses: { fr: 'Adresses', en: 'Addresses' },
  phones: { fr: 'Téléphones', en: 'Phones' },
  website: { fr: 'Site web', en: 'Website' },
  emailDomains: { fr: 'Domaines e-mail', en: 'E-mail domains' },
  civility: { fr: 'Civilité', en: 'Civility' },
  firstName: { fr: 'Prénom', en: 'First name' },
  lastName: { fr: 'Nom', en: 'Last name' },
  emails: { fr: 'E-mails', en: 'E-mails' },
  jobTitle: { fr: 'Fonction', en: 'Job title' },
  referenceFunction: { fr: 'Fonction de référence', en: 'Reference function' },
  assistant: { fr: 'Assistant(e)', en: 'Assistant' },
};

/** The label of a change path: the fact's own label, a relation ("left the company" ends one), or the field's. */
export const pathLabel = (path: string, lang: Language): string => {
  if (path.startsWith('relations.')) return lang === 'fr' ? 'Relation (statut, date de fin)' : 'Relation (status, end date)';
  const fact = path.startsWith('facts.') ? factDefinition(path.slice('facts.'.length)) : undefined;
  return fact?.label[lang] ?? fieldLabels[path]?.[lang] ?? path;
};

const NBSP = '\u00a0';

/** The element a list field holds, with its French article: « l’adresse », « le téléphone »… */
const elementNouns: Record<string, { fr: string; en: string }> = {
  addresses: { fr: 'l’adresse', en: 'the address' },
  phones: { fr: 'le téléphone', en: 'the phone' },
  names: { fr: 'le nom', en: 'the name' },
  emails: { fr: 'l’adresse e-mail', en: 'the e-mail' },
  emailDomains: { fr: 'le domaine e-mail', en: 'the e-mail domain' },
};

/** One element-wise step as an approver reads it: "Adds the address: …", « Remplace le téléphone … par … ». */
export const stepText = (path: string, step: ElementStep, lang: Language, format: (value: unknown) => string): string => {
  const noun = elementNouns[path]?.[lang] ?? path;
  const [from, to] = [format(step.from), format(step.to)];
  if (lang === 'fr')
    return step.op === 'add' ? `Ajoute ${noun}${NBSP}: ${to}` : step.op === 'replace' ? `Remplace ${noun} ${from} par ${to}` : `Retire ${noun}${NBSP}: ${from}`;
  return step.op === 'add' ? `Adds ${noun}: ${to}` : step.op === 'replace' ? `Replaces ${noun} ${from} with ${to}` : `Removes ${noun}: ${from}`;
};

/** A date-time as a French or English reader expects it, in Paris time. */
export const formatDate = (iso: string, lang: Language): string =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

const fr = {
  title: (tier: string) => `Demande de modification · ${tier}`,
  unknownTier: 'Tiers introuvable',
  tier: 'Tiers',
  requestedBy: 'Demandé par',
  requestedAt: 'Le',
  reason: 'Motif',
  interaction: 'Interaction',
  before: 'Avant',
  after: 'Après',
  now: 'Aujourd’hui',
  comment: 'Commentaire',
  commentPlaceholder: 'Un commentaire pour le demandeur (facultatif)',
  approve: 'Approuver',
  reject: 'Refuser',
  withdraw: 'Retirer ma demande',
  rerequest: 'Redemander avec les valeurs actuelles',
  open: 'Ouvrir',
  pendingFor: (routing: ChangeRequest['routing']): string =>
    routing === 'manager' ? 'En attente de votre manager' : routing === 'steward-group' ? 'En attente des référents données' : 'En attente des référents données (repli)',
  approved: (who: string, when: string) => `✅ Approuvée par ${who} le ${when}`,
  rejected: (who: string, when: string) => `❌ Refusée par ${who} le ${when}`,
  withdrawn: (who: string, when: string) => `↩️ Retirée par ${who} le ${when}`,
  conflicted: (who: string, when: string) =>
    `⚠️ Non appliquée (${who}, ${when})\u00A0: le tiers a changé depuis la demande. Rien n’a été modifié.`,
  alreadyDecided: (who: string) => `Cette demande a déjà été traitée par ${who}.`,
  notApprover: 'Vous n’êtes pas approbateur de cette demande\u00A0: elle a été adressée à quelqu’un d’autre.',
  notRequester: 'Seul le demandeur peut retirer ou redemander cette demande.',
  unknownRequest: 'Cette demande de modification n’existe pas (ou plus).',
  erasedRequest: 'Cette demande portait sur des données effacées à la demande de la personne (RGPD)\u00A0: elle n’est plus affichée.',
  invalid: (detail: string) => `Action impossible\u00A0: ${detail}`,
  rerequested: 'Nouvelle demande envoyée avec les valeurs actuelles.',
  pendingTitle: 'Demandes en attente',
  toDecide: (n: number) => `À décider (${n})`,
  mine: (n: number) => `Mes demandes en cours (${n})`,
  nothing: 'Rien en attente.',
  helpTitle: 'Relais · approbations',
  help: [
    '**pending** (ou **en attente**)\u00A0: les demandes à décider et vos demandes en cours.',
    '**help** (ou **aide**)\u00A0: ce message.',
    'Les demandes arrivent ici sous forme de cartes\u00A0: approuvez ou refusez directement, avec un commentaire.',
  ],
  yes: 'oui',
  no: 'non',
};

const en: typeof fr = {
  title: (tier) => `Change request · ${tier}`,
  unknownTier: 'Unknown tier',
  tier: 'Tier',
  requestedBy: 'Requested by',
  requestedAt: 'On',
  reason: 'Reason',
  interaction: 'Interaction',
  before: 'Before',
  after: 'After',
  now: 'Now',
  comment: 'Comment',
  commentPlaceholder: 'A comment for the requester (optional)',
  approve: 'Approve',
  reject: 'Reject',
  withdraw: 'Withdraw my request',
  rerequest: 'Request again from current values',
  open: 'Open',
  pendingFor: (routing) =>
    routing === 'manager' ? 'Waiting for your manager' : routing === 'steward-group' ? 'Waiting for the data stewards' : 'Waiting for the data stewards (fallback)',
  approved: (who, when) => `✅ Approved by ${who} on ${when}`,
  rejected: (who, when) => `❌ Rejected by ${who} on ${when}`,
  withdrawn: (who, when) => `↩️ Withdrawn by ${who} on ${when}`,
  conflicted: (who, when) => `⚠️ Not applied (${who}, ${when}): the tier changed since the request. Nothing was changed.`,
  alreadyDecided: (who) => `This request was already decided by ${who}.`,
  notApprover: 'You are not an approver of this request: it was routed to someone else.',
  notRequester: 'Only the requester may withdraw or request this again.',
  unknownRequest: 'This change request does not exist (any more).',
  erasedRequest: 'This request concerned data erased at the person’s request (GDPR): it is no longer shown.',
  invalid: (detail) => `Cannot do that: ${detail}`,
  rerequested: 'A new request was sent from the current values.',
  pendingTitle: 'Pending approvals',
  toDecide: (n) => `To decide (${n})`,
  mine: (n) => `My open requests (${n})`,
  nothing: 'Nothing pending.',
  helpTitle: 'Relais · approvals',
  help: [
    '**pending**: the requests waiting for your decision and your own open requests.',
    '**help**: this message.',
    'Requests arrive here as cards: approve or reject in place, with a comment.',
  ],
  yes: 'yes',
  no: 'no',
};

export type CardText = typeof fr;
export const cardText = (lang: Language): CardText => (lang === 'fr' ? fr : en);
