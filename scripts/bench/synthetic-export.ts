import iconv from 'iconv-lite';
import { ACTIVITIES, ascii, CITIES, FIRST_NAMES, FORMS, luhn, SURNAMES } from './match-latency.bench';
import { seededRandom as random } from './seeded-random';

const HEADER =
  'Raison sociale;Nom commercial;SIRET;Adresse;Code postal;Ville;Téléphone;Site web;Civilité;Prénom;Nom;Fonction;Email;Portable;Statut;Suivi par;Date création;Dernier contact;Commentaire\n';
const STATUSES = ['Client', 'Prospect', 'Suspect', 'Ancien client', 'Partenaire'];
const OWNERS = ['S. Lemaire', 'K. Benali', 'C. Martin', 'H. Bernard'];
const FUNCTIONS = ['Gérant', 'Directeur Général', 'Acheteur', 'Responsable achats', 'Comptable', 'Directrice commerciale'];
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'chemin des Vignes', 'impasse des Lilas', 'ZI du Port'];
const COMMENTS = ['', '', '', 'Rappeler en septembre', 'A demandé un devis pour 40 unités', 'Très bon contact, décideur', 'Salon de Lyon'];

const pad = (n: number) => String(n).padStart(2, '0');
const date = (next: () => number) => `${pad(1 + Math.floor(next() * 28))}/${pad(1 + Math.floor(next() * 12))}/${2012 + Math.floor(next() * 14)}`;

/**
 * A French CRM export in the legacy layout (Windows-1252, `;`), as large as asked: distinct
 * companies with valid SIRETs, each on one to three rows (later contacts, a status that changed),
 * a few consultants at two companies. Deterministic: every run imports the same file.
 */
export async function* syntheticExport(megabytes: number): AsyncGenerator<Uint8Array> {
  const target = megabytes * 1024 * 1024;
  let written = 0;
  const emit = (text: string) => {
    const bytes = iconv.encode(text, 'win1252');
    written += bytes.length;
    return bytes;
  };
  yield emit(HEADER);
  for (let i = 0; written < target; i += 1) {
    const next = random(i + 7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const surname = pick(SURNAMES);
    const legal = `${pick(ACTIVITIES)} ${surname} ${pick(FORMS)}`.trim();
    const siren = luhn(String(20_000_000 + i * 13));
    const siret = luhn(`${siren}0001`);
    const [postcode, city] = pick(CITIES);
    const domain = `${ascii(surname)}-${i}.fr`;
    const phone = `03 ${pad(i % 100)} ${pad((i >> 7) % 100)} ${pad((i >> 14) % 100)} ${pad(i % 97)}`;
    const rows = next() < 0.25 ? 2 + Math.floor(next() * 2) : 1;
    let text = '';
    for (let r = 0; r < rows; r += 1) {
      // Every 50 companies, the first contact of two neighbours is one consultant, at her own domain.
      const consultant = i % 50 < 2 && r === 0 ? random(Math.floor(i / 50) + 1) : undefined;
      const first = consultant ? FIRST_NAMES[Math.floor(consultant() * FIRST_NAMES.length)]! : pick(FIRST_NAMES);
      const last = consultant ? SURNAMES[Math.floor(consultant() * SURNAMES.length)]! : pick(SURNAMES);
      const email = consultant ? `${ascii(first)}.${ascii(last)}@conseil-${Math.floor(i / 50)}.fr` : `${ascii(first)}.${ascii(last)}@${domain}`;
      text += [
        legal, '', siret, `${1 + (i % 120)} ${pick(STREETS)}`, postcode, city, phone, `https://${domain}`, next() < 0.5 ? 'Mme' : 'M.', first, last,
        pick(FUNCTIONS), email, '', pick(STATUSES), pick(OWNERS), date(next), date(next), pick(COMMENTS),
      ].join(';');
      text += '\n';
    }
    yield emit(text);
  }
}
