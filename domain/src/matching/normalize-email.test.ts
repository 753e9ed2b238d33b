import { emailDomain, normalizeEmail } from './normalize-email';
import { isWebmailDomain, registrableDomain } from './organisation-domain';
import { websiteHost } from './website-host';

describe('normalizeEmail and emailDomain', () => {
  it('lower-cases and unwraps what people paste', () => {
    expect(normalizeEmail(' Jean.Dupont@ACME.fr ')).toBe('jean.dupont@acme.fr');
    expect(normalizeEmail('Jean Dupont <Jean.Dupont@Acme.FR>')).toBe('jean.dupont@acme.fr');
    expect(normalizeEmail('mailto:contact@garnier-0.fr')).toBe('contact@garnier-0.fr');
    expect(emailDomain('FREDERIC.BERTRAND@FOURNIER-1.FR')).toBe('fournier-1.fr');
  });

  it('rejects what is not an address', () => {
    expect(normalizeEmail('jean.dupont')).toBeUndefined();
    expect(normalizeEmail('jean@')).toBeUndefined();
    expect(normalizeEmail('jean dupont@acme.fr')).toBeUndefined();
    expect(emailDomain('')).toBeUndefined();
  });
});

describe('websiteHost', () => {
  it.each([
    ['https://www.Garnier-0.fr/contact', 'garnier-0.fr'],
    ['www.moreau-7.fr', 'moreau-7.fr'],
    ['http://edf.fr:8080/?q=1', 'edf.fr'],
    ['fournier-1.fr', 'fournier-1.fr'],
    ['https://shop.acme.co.uk/', 'shop.acme.co.uk'],
  ])('reads %s as %s', (raw, host) => {
    expect(websiteHost(raw)).toBe(host);
  });

  it('rejects what is not a host', () => {
    expect(websiteHost('n/a')).toBeUndefined();
    expect(websiteHost('')).toBeUndefined();
  });
});

describe('company domains', () => {
  it('keeps the registrable part of a host', () => {
    expect(registrableDomain('mail.edf.fr')).toBe('edf.fr');
    expect(registrableDomain('shop.acme.co.uk')).toBe('acme.co.uk');
    expect(registrableDomain('edf.fr')).toBe('edf.fr');
  });

  it('knows webmail domains, whatever their top-level domain', () => {
    for (const domain of ['gmail.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'hotmail.fr', 'yahoo.co.uk', 'outlook.com', 'laposte.net', 'sfr.fr']) {
      expect(isWebmailDomain(domain)).toBe(true);
    }
    expect(isWebmailDomain('garnier-0.fr')).toBe(false);
    expect(isWebmailDomain('orange-business.com')).toBe(false);
  });
});
