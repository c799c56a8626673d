import { useQuery } from '@tanstack/react-query';
import { answer, kolo } from '../api/kolo.ts';
import type { Role } from '../api/types.ts';

/**
 * How many of my actions are overdue, for the navigation (staff and admins; 0 for others and
 * while offline). Kept small: the main bundle every phone loads carries it.
 */
export function useMyOverdueCount(role: Role | undefined): number {
  const mine = useQuery({
    queryKey: ['accountability', 'mine', 'count'],
    queryFn: () => answer(kolo.api.actions.mine.$get()),
    enabled: role === 'staff' || role === 'admin',
    staleTime: 5 * 60_000,
    retry: false,
  });
  return (mine.data?.actions ?? []).filter((a) => a.overdue).length;
}
