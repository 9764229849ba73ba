/**
 * The sidebar page's root.
 *
 * Stable test ids (a contract for anyone who automates OwnUp; also in README.md, "Test ids" — change
 * both together, never rename an id):
 *   ownup-sidebar   root element (also while collapsed; data-collapsed="true|false")
 *   finding         one finding; data-category = taxonomy category id, data-rule = rule id
 *   finding-text    inside a finding: the draft's words that triggered it
 *   apply-rewrite   inside a finding: applies its FIRST rewrite
 *   apply-alternative  inside a finding: applies another rewrite (data-rewrite = rewrite id)
 *   dismiss-finding inside a finding: hides it for this draft
 *   situation       a situation chip; data-id = situation id
 *   signal          a signal chip; data-id = signal id
 *   customer-name, customer-email, ticket-id   what the page told us (absent when unknown)
 *   score           the ownership score, 0–100, as its text and in data-score
 *   insert-notice   the message after a failed insertion (where the text went)
 *   connection-lost shown when the extension was updated under the page (or the link is lost)
 *   reading-long-draft  shown while a long draft is still being analyzed
 *   collapse-sidebar / expand-sidebar   the collapse button and the collapsed tab
 *   tab-findings / tab-reply            the panel tabs
 *   reply-tier      one recovery tier card; data-tier = tier id
 *   expand-reply    inside a reply-tier: opens it for editing
 *   reply-editor    the open tier's editor; data-tier = tier id
 *   insert-reply    replaces the draft with the open tier's text
 *   insert-reply-at-caret  inserts it at the editor's caret
 *   reply-unsigned  the Reply panel's note that no name is set (the replies end unsigned)
 *   known-canned    a flagged/approved canned response in the draft; data-status, data-count
 *   apply-canned-rewrite  inside known-canned: replaces the macro with the approved rewrite
 *   never-send      a never-send phrase of the team playbook in the draft; data-phrase
 *   flag-open, flag-form, flag-source, flag-category, flag-reason, flag-macro, flag-submit, flag-feedback
 */
import { useMemo, type KeyboardEvent } from 'react';
import { Tabs } from '@/components/ui/Tabs';
import { FindingsPanel } from './FindingsPanel';
import { ReplyPanel } from './ReplyPanel';
import { ScoreBadge } from './ScoreBadge';
import { SidebarHeader } from './SidebarHeader';
import { InsertNotice, StatusMessages } from './StatusMessages';
import { NotesPanel } from './notes/NotesPanel';
import { FlagsPanel } from './flags/FlagsPanel';
import { useNotesCount } from './notes/use-notes';
import { useSidebar, visibleFindings } from './store';
import type { SidebarTab } from './store/ui-slice';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function useFindingCount(): number {
  const analysis = useSidebar((s) => s.analysis);
  const dismissed = useSidebar((s) => s.dismissed);
  return useMemo(() => visibleFindings({ analysis, dismissed }).length, [analysis, dismissed]);
}

function CollapsedTab({ count }: { count: number }) {
  const setCollapsed = useSidebar((s) => s.setCollapsed);
  return (
    <button
      type="button"
      className="sidebar-tab"
      data-testid="expand-sidebar"
      aria-label={`Show OwnUp: ${count === 1 ? '1 finding' : `${count} findings`}`}
      onClick={() => setCollapsed(false)}
    >
      <span className="sidebar-tab-label" aria-hidden="true">
        OwnUp
      </span>
      <span className="sidebar-tab-count" aria-hidden="true">
        {count}
      </span>
    </button>
  );
}

export function SidebarApp() {
  const collapsed = useSidebar((s) => s.collapsed);
  const activeTab = useSidebar((s) => s.activeTab);
  const setTab = useSidebar((s) => s.setTab);
  const setCollapsed = useSidebar((s) => s.setCollapsed);
  const stepFinding = useSidebar((s) => s.stepFinding);
  const count = useFindingCount();
  const notesCount = useNotesCount();

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTypingTarget(event.target)) return;
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      stepFinding(event.key === 'j' ? 'next' : 'previous');
    }
  }

  if (collapsed) {
    return (
      <main className="sidebar sidebar--collapsed" data-testid="ownup-sidebar" data-collapsed="true">
        <CollapsedTab count={count} />
      </main>
    );
  }

  const tabs: { id: SidebarTab; label: string }[] = [
    { id: 'findings', label: count === 0 ? 'Findings' : `Findings (${count})` },
    { id: 'reply', label: 'Reply' },
    { id: 'notes', label: notesCount === 0 ? 'Notes' : `Notes (${notesCount})` },
  ];

  return (
    <main className="sidebar" data-testid="ownup-sidebar" data-collapsed="false" onKeyDown={onKeyDown}>
      <div className="sidebar-topbar">
        <h1 className="sidebar-title">OwnUp</h1>
        <ScoreBadge />
        <button
          type="button"
          className="ui-button sidebar-collapse"
          data-testid="collapse-sidebar"
          aria-label="Collapse OwnUp to a tab"
          onClick={() => setCollapsed(true)}
        >
          <span aria-hidden="true">⇥</span>
        </button>
      </div>
      <StatusMessages />
      <SidebarHeader />
      <InsertNotice />
      <FlagsPanel />
      <Tabs
        tabs={tabs.map((tab) => ({ ...tab, testId: `tab-${tab.id}` }))}
        active={activeTab}
        onChange={setTab}
        label="OwnUp panels"
        idPrefix="ownup"
      >
        {activeTab === 'findings' ? <FindingsPanel /> : activeTab === 'reply' ? <ReplyPanel /> : <NotesPanel />}
      </Tabs>
    </main>
  );
}
