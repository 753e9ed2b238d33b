/** Digits with a leading +; French national numbers (0X…) become +33X… so one number has one key. */
export const normalizePhone = (raw: string): string | undefined => {
  const compact = raw.replace(/[\s().-]/g, '');
  if (/^0\d{9}$/.test(compact)) return `+33${compact.slice(1)}`;
  if (/^00\d{6,15}$/.test(compact)) return `+${compact.slice(2)}`;
  if (/^\+\d{6,15}$/.test(compact)) return compact.startsWith('+330') ? `+33${compact.slice(4)}` : compact;
  return /^\d{6,15}$/.test(compact) ? compact : undefined;
};
