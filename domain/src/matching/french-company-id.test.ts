import { companyIdentity } from './french-company-id';

describe('companyIdentity', () => {
  it('reads the company from a SIREN, or from a SIRET pasted in either field', () => {
    expect(companyIdentity('552 081 317')).toEqual({ siren: '552081317', valid: true });
    expect(companyIdentity('55208131766522')).toEqual({ siren: '552081317', valid: true, siret: '55208131766522' });
    expect(companyIdentity(undefined, '552081317')).toEqual({ siren: '552081317', valid: true });
  });

  it('keeps a SIRET as an establishment only when it passes its check, La Poste’s rule included', () => {
    expect(companyIdentity(undefined, '55208131766523')).toEqual({ siren: '552081317', valid: true });
    expect(companyIdentity(undefined, '35600000000001')).toEqual({ siren: '356000000', valid: true, siret: '35600000000001' });
    expect(companyIdentity(undefined, '35600000000014')).toEqual({ siren: '356000000', valid: true });
  });

  it('says when the first nine digits are no valid SIREN, even under a SIRET whose Luhn key holds', () => {
    expect(companyIdentity(undefined, '55208131800008')).toEqual({ siren: '552081318', valid: false });
  });
});
