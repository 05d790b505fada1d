/** The library's current route, following the URL hash (links, back button, and the background's "Open notes"). */
import { useEffect, useState } from 'preact/hooks';
import { parseLibraryRoute, type LibraryRoute } from '../library/library-route';

export function useLibraryRoute(): LibraryRoute {
  const [route, setRoute] = useState<LibraryRoute>(() => parseLibraryRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseLibraryRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}
