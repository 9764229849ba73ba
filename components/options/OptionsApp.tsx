import { SectionedPage } from '../ui/SectionedPage';
import { OPTIONS_SECTIONS, type OptionsSection } from './sections';

// The options page: a nav of sections following the URL hash (the sidebar's "Settings" link
// opens #settings).

export function OptionsApp({ sections = OPTIONS_SECTIONS }: { sections?: OptionsSection[] }) {
  return (
    <SectionedPage
      title="OwnUp"
      className="ownup-options"
      navLabel="Options sections"
      sections={sections}
      links={[{ href: '/dashboard.html', label: 'Statistics dashboard' }]}
    />
  );
}
