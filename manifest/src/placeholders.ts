/**
 * The `${{NAME}}` placeholders the manifest may use. Anything else is a typo or a forgotten
 * variable, so validation rejects it before it reaches an environment.
 */
export type PlaceholderKind = 'guid' | 'host' | 'uri';

export type Placeholder = {
  name: string;
  kind: PlaceholderKind;
  description: string;
  /** Stand-in used to validate the template without a real environment. */
  sample: string;
};

export const placeholders: readonly Placeholder[] = [
  {
    name: 'RELAIS_APP_ID',
    kind: 'guid',
    description: 'Id of the Microsoft 365 app (a GUID you generate once per environment).',
    sample: '3f1c6b0e-8a52-4d0f-9a57-2a4b8e0c5d11',
  },
  {
    name: 'RELAIS_HOST',
    kind: 'host',
    description: 'Host name (no scheme, no path) of the Functions app serving the API and the pages.',
    sample: 'relais-sample.azurewebsites.net',
  },
  {
    name: 'RELAIS_BOT_ID',
    kind: 'guid',
    description: 'Microsoft Entra application (client) id the Azure Bot resource is bound to.',
    sample: '7b2d9e44-1c3a-4f6e-b8d2-5e9f0a1b2c33',
  },
  {
    name: 'AAD_APP_CLIENT_ID',
    kind: 'guid',
    description: 'Application (client) id of the Relais Entra app registration (API + nested app auth).',
    sample: 'c4e8a1f2-6b3d-4e5f-8a9b-0c1d2e3f4a55',
  },
  {
    name: 'AAD_APP_RESOURCE',
    kind: 'uri',
    description: 'Application ID URI of that registration, e.g. api://<RELAIS_HOST>/<AAD_APP_CLIENT_ID>.',
    sample: 'api://relais-sample.azurewebsites.net/c4e8a1f2-6b3d-4e5f-8a9b-0c1d2e3f4a55',
  },
];

export const placeholderNames = (): string[] => placeholders.map((p) => p.name);

export const findPlaceholder = (name: string): Placeholder | undefined =>
  placeholders.find((p) => p.name === name);

export const sampleEnv = (): Record<string, string> =>
  Object.fromEntries(placeholders.map((p) => [p.name, p.sample]));

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST =
  /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*(:\d{1,5})?$/;
const URI = /^(api|https):\/\/[^\s]+$/;

export const isGuid = (value: string): boolean => GUID.test(value);

const kindRules: Record<PlaceholderKind, { test: (value: string) => boolean; expected: string }> = {
  guid: { test: isGuid, expected: 'a GUID such as 00000000-0000-0000-0000-000000000000' },
  host: {
    test: (v) => HOST.test(v),
    expected: 'a bare host name such as relais.example.com (no https://, no path)',
  },
  uri: { test: (v) => URI.test(v), expected: 'an api:// or https:// URI' },
};

/** Checks the values an environment gives to known placeholders; returns one sentence per bad value. */
export const checkPlaceholderValues = (env: Readonly<Record<string, string | undefined>>): string[] =>
  placeholders.flatMap((p) => {
    const value = env[p.name];
    if (value === undefined || value === '') return [];
    const rule = kindRules[p.kind];
    return rule.test(value) ? [] : [`${p.name}="${value}" is not ${rule.expected}.`];
  });
