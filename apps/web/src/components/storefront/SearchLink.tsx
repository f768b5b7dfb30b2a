'use client';
import type { MouseEvent, ReactNode } from 'react';
import { searchQueryString, type SearchState } from '~/lib/storefront/searchState';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';
import { useSearchNavigation } from './useSearchNavigation';

interface Props {
  routes: StoreRoutes;
  to: SearchState;
  className?: string;
  children: ReactNode;
  'aria-label'?: string;
  'aria-current'?: 'page';
  onNavigate?: () => void;
}

/** A real link to a search (it can be opened in a new tab), followed in place on a plain click. */
export function SearchLink({ routes, to, onNavigate, children, ...rest }: Props) {
  const navigate = useSearchNavigation(routes);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
    onNavigate?.();
  };
  return (
    <a href={routes.search + searchQueryString(to)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
