import { useEffect, useState } from 'react';
import { useServices } from '../../app/services';
import { listApplicants, type ApplicantRow } from '../../db';

/** Every saved applicant profile (both kinds), read once; `error` when the database could not be read. */
export function useApplicants(): { rows: ApplicantRow[]; error: string | null } {
  const { db } = useServices();
  const [state, setState] = useState<{ rows: ApplicantRow[]; error: string | null }>({
    rows: [],
    error: null,
  });
  useEffect(() => {
    let live = true;
    listApplicants(db).then(
      (rows) => live && setState({ rows, error: null }),
      (e: unknown) => live && setState({ rows: [], error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return state;
}
