import type { PageSection } from '../ui/SectionedPage';
import { ExportsSection } from './ExportsSection';
import { DashboardPrivacySection } from './DashboardPrivacySection';
import { StatsSection } from './StatsSection';
import { ReviewSection } from './review/ReviewSection';

// The dashboard's sections, in nav order, like the options page's sections.ts. Issue 7's review
// queue (components/dashboard/review/) joins with one entry here: an id for the URL hash
// (#review), a nav label and its component, which may read the dashboard store.

export type DashboardSection = PageSection;

export const DASHBOARD_SECTIONS: DashboardSection[] = [
  { id: 'stats', label: 'Statistics', Component: StatsSection },
  { id: 'review', label: 'Review', Component: ReviewSection },
  { id: 'exports', label: 'Export and share', Component: ExportsSection },
  { id: 'privacy', label: 'Privacy', Component: DashboardPrivacySection },
];
