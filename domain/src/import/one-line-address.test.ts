import { readOneLineAddress } from './one-line-address';

const read = (text: string, country?: string) => readOneLineAddress(text, country);

describe('readOneLineAddress', () => {
  it('reads Pipedrive’s one-line address into street, postcode, city and country', () => {
    expect(read('12 rue Nationale, 59000 Lille, France')).toEqual({
      parsed: true,
      address: { lines: ['12 rue Nationale'], postcode: '59000', city: 'Lille', country: 'FR' },
    });
    expect(read('12 rue Nationale 59000 Lille')).toEqual({ parsed: true, address: { lines: ['12 rue Nationale'], postcode: '59000', city: 'Lille' } });
    expect(read('Lille 59000').address).toEqual({ postcode: '59000', city: 'Lille' });
    expect(read('12 rue Nationale, 59 000, Lille, Nord').address).toEqual({ lines: ['12 rue Nationale'], postcode: '59000', city: 'Lille' });
    expect(read('F-67000 Strasbourg').address).toEqual({ postcode: '67000', city: 'Strasbourg' });
  });

  it('keeps the CEDEX and its office number apart from the city', () => {
    expect(read('1 place de la Gare, 59800 LILLE CEDEX 08, France').address).toEqual({
      lines: ['1 place de la Gare'], postcode: '59800', city: 'LILLE', cedex: 'CEDEX 08', country: 'FR',
    });
    expect(read('Tour Europe, 92400 Courbevoie Cedex').address).toMatchObject({ city: 'Courbevoie', cedex: 'CEDEX' });
    expect(read('3 rue du Port, 29200 Brest, Cedex 2').address).toMatchObject({ city: 'Brest', cedex: 'CEDEX 2' });
  });

  it('reads BP, CS and TSA as the PO box, never their number as a postcode', () => {
    expect(read('ZI des Dunes, BP 45, 59140 Dunkerque Cedex 1').address).toEqual({
      lines: ['ZI des Dunes'], poBox: 'BP 45', postcode: '59140', city: 'Dunkerque', cedex: 'CEDEX 1',
    });
    expect(read('ZI des Dunes B.P.45 59140 Dunkerque').address).toMatchObject({ lines: ['ZI des Dunes'], poBox: 'BP 45', postcode: '59140' });
    expect(read('CS 70001, 33000 Bordeaux').address).toEqual({ poBox: 'CS 70001', postcode: '33000', city: 'Bordeaux' });
    expect(read('59000 Lille CS 70001').address).toEqual({ poBox: 'CS 70001', postcode: '59000', city: 'Lille' });
    expect(read('Service clients, TSA 30012, 69901 Lyon Cedex 20').address).toEqual({
      lines: ['Service clients'], poBox: 'TSA 30012', postcode: '69901', city: 'Lyon', cedex: 'CEDEX 20',
    });
  });

  it('keeps complement and lieu-dit lines, in order, before the city', () => {
    expect(read('Bâtiment B, 4 allée des Érables, Lieu-dit Les Granges, 24200 Sarlat-la-Canéda').address).toEqual({
      lines: ['Bâtiment B', '4 allée des Érables', 'Lieu-dit Les Granges'], postcode: '24200', city: 'Sarlat-la-Canéda',
    });
    expect(read('Le Bourg, Plouha').address).toEqual({ lines: ['Le Bourg'], city: 'Plouha' });
  });

  it('does not take a street number or a year for a postcode', () => {
    expect(read('1250 route de Lyon, 38200 Vienne').address).toEqual({ lines: ['1250 route de Lyon'], postcode: '38200', city: 'Vienne' });
    expect(read('12 rue du 11 Novembre 1918, 42000 Saint-Étienne').address).toMatchObject({ lines: ['12 rue du 11 Novembre 1918'], postcode: '42000' });
  });

  it('knows Monaco, Corsica, overseas France and neighbours’ postcodes', () => {
    expect(read('7 avenue de la Costa, 98000 Monaco').address).toEqual({ lines: ['7 avenue de la Costa'], postcode: '98000', city: 'Monaco', country: 'MC' });
    expect(read('2 cours Napoléon, 20000 Ajaccio').address).toMatchObject({ postcode: '20000', city: 'Ajaccio' });
    expect(read('5 rue de Paris, 97400 Saint-Denis, La Réunion').address).toMatchObject({ postcode: '97400', city: 'Saint-Denis', country: 'FR' });
    expect(read('Rue de la Loi 16, 1000 Bruxelles, Belgique').address).toEqual({ lines: ['Rue de la Loi 16'], postcode: '1000', city: 'Bruxelles', country: 'BE' });
    expect(read('Bahnhofstrasse 1, 8001 Zürich', 'CH').address).toMatchObject({ postcode: '8001', city: 'Zürich', country: 'CH' });
  });

  it('keeps what it cannot read as written, unparsed', () => {
    expect(read('12 rue Nationale')).toEqual({ parsed: false, address: { lines: ['12 rue Nationale'] } });
    expect(read('Zone industrielle nord 3')).toEqual({ parsed: false, address: { lines: ['Zone industrielle nord 3'] } });
    expect(read('10 Downing Street, London SW1A 2AA, United Kingdom')).toEqual({
      parsed: false, address: { lines: ['10 Downing Street, London SW1A 2AA, United Kingdom'], country: 'GB' },
    });
  });
});
