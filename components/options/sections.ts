import type { PageSection } from '../ui/SectionedPage';
import { SettingsSection } from './SettingsSection';
import { PrivacySection } from './privacy/PrivacySection';
import { NotesSection } from './notes/NotesSection';
import { PlaybookSection } from './playbook/PlaybookSection';

// The options page's sections, in nav order. Adding a section (Notes, Playbook, Stats) is one
// entry here: an id for the URL hash (#playbook), a label for the nav, and its component.

export type OptionsSection = PageSection;

export const OPTIONS_SECTIONS: OptionsSection[] = [
  { id: 'settings', label: 'Settings', Component: SettingsSection },
  { id: 'privacy', label: 'Privacy', Component: PrivacySection },
  { id: 'notes', label: 'Notes & follow-ups', Component: NotesSection },
  { id: 'playbook', label: 'Team playbook', Component: PlaybookSection },
];
