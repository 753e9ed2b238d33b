import { useCallback, useEffect, useState } from 'react';
import { tabHref } from '../host/tab-links';

const tierIdInUrl = () => new URLSearchParams(window.location.search).get('tierId')?.trim() || null;

/**
 * Which tier the card shows, kept in the URL: moving to an establishment or a person is a history
 * entry, so the browser's (and Teams') back goes back to the tab's own organisation.
 */
export const useTierLocation = () => {
  const [tierId, setTierId] = useState<string | null>(tierIdInUrl);
  const [boundTierId] = useState<string | null>(tierIdInUrl);
  useEffect(() => {
    const onPop = () => setTierId(tierIdInUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const hrefFor = useCallback((id: string) => tabHref('/tab/card', { tierId: id }), []);
  const navigate = useCallback(
    (id: string) => {
      if (id === tierId) return;
      window.history.pushState(null, '', hrefFor(id));
      setTierId(id);
      window.scrollTo(0, 0);
    },
    [hrefFor, tierId],
  );
  return { tierId, boundTierId, hrefFor, navigate };
};
