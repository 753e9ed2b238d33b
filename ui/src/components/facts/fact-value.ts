import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** The names of the Relais users the card's facts name, by user id (`card.userNames`). */
export const UserNames = createContext<Readonly<Record<string, string>>>({});

/**
 * A fact's value in words: the lifecycle is translated, a Relais user who follows the tier is
 * shown by name, other values are shown as recorded.
 */
export const factValueText = (
  name: string,
  value: string | number | boolean,
  t: TFunction,
  userNames: Readonly<Record<string, string>> = {},
): string => {
  if (name === 'lifecycle' && typeof value === 'string')
    return t(`common:lifecycle.${value}`, { defaultValue: value });
  if (name === 'owner' && typeof value === 'string') return userNames[value] ?? value;
  return String(value);
};

/** `factValueText` with this page's translations and user names. */
export const useFactValueText = () => {
  const { t } = useTranslation();
  const userNames = useContext(UserNames);
  return (name: string, value: string | number | boolean) => factValueText(name, value, t, userNames);
};
