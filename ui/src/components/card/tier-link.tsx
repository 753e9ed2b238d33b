import { Link } from '@fluentui/react-components';
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';

/** How a page opens another tier's card: the href (so links stay real links) and an in-page navigation. */
export type TierNavigation = { hrefFor: (tierId: string) => string; navigate?: (tierId: string) => void };

const TierNavigationContext = createContext<TierNavigation>({
  hrefFor: (tierId) => `/tab/card?tierId=${encodeURIComponent(tierId)}`,
});

export const TierNavigationProvider = TierNavigationContext.Provider;

export const TierLink = ({ tierId, children }: { tierId: string; children: ReactNode }) => {
  const { hrefFor, navigate } = useContext(TierNavigationContext);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Modified clicks open a new tab as usual; a plain click stays in the tab.
    if (!navigate || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(tierId);
  };
  return (
    <Link href={hrefFor(tierId)} onClick={onClick}>
      {children}
    </Link>
  );
};
