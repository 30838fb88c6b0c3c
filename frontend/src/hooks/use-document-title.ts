import { useEffect } from 'react';

/** Names the tab after the screen, so history and screen readers tell pages apart. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · 1000proxy` : '1000proxy';
  }, [title]);
}
