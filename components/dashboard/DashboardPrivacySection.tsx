import { useMemo } from 'react';
import { browserPrivacyControls, PrivacySection } from '@/components/options/privacy/PrivacySection';
import { useDashboard, useDashboardSource } from './store';

/** The options page's privacy controls, deleting through the dashboard's source so the figures update at once. */
export function DashboardPrivacySection() {
  const source = useDashboardSource();
  const reload = useDashboard((s) => s.reload);
  const controls = useMemo(
    () => ({
      ...browserPrivacyControls,
      deleteAll: async () => {
        await source.deleteAllEvents();
        await reload();
      },
    }),
    [source, reload],
  );
  return <PrivacySection controls={controls} />;
}
