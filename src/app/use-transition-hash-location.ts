import { startTransition, useEffect, useState } from 'react';
import { navigate } from 'wouter/use-hash-location';

const current = () => `/${window.location.hash.replace(/^#?\/?/, '')}`;

/**
 * wouter location hook for hash URLs whose updates are React transitions: while the next screen
 * loads (a lazy chunk, a lesson), the current one stays on screen and responsive instead of
 * flashing a "Loading…" fallback, which React then keeps for at least 300 ms.
 */
export function useTransitionHashLocation(): [string, typeof navigate] {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const onChange = () => startTransition(() => setLocation(current()));
    window.addEventListener('hashchange', onChange);
    // A child's <Redirect> navigates in a layout effect, before this effect subscribes: catch up.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [location, navigate];
}

/** Hrefs in `#/path` form, as wouter's own hash hook writes them. */
useTransitionHashLocation.hrefs = (href: string) => `#${href}`;
