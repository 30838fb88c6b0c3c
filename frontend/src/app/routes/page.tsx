import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

type PageProps = { title: string; back?: { to: string; label: string }; children: ReactNode; className?: string };

/** A screen's frame: an optional way back, the one h1 (also the tab's title), the content. */
export function Page({ title, back, children, className }: PageProps) {
  useDocumentTitle(title);
  return (
    <div className={['page', className ?? ''].join(' ').trim()}>
      {back && (
        <p className="page__back">
          <Link to={back.to}>{back.label}</Link>
        </p>
      )}
      <h1>{title}</h1>
      {children}
    </div>
  );
}
