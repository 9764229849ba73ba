// The public face of lib/db for the sidebar, background, options and dashboard.
// NEVER import this from the content script (see database.ts).
export { DATABASE_NAME, OwnUpDatabase, assertExtensionOrigin, openOwnUpDatabase } from './database';
export * from './errors';
export * from './keys';
export * from './limits';
export * from './bundle';
export { CURRENT_SCHEMA_VERSION } from './versions';
export { NoteRecord, NoteTag, NOTE_TAGS } from './schemas/note';
export { FollowupRecord, FollowupStatus, effectiveDueAt } from './schemas/followup';
export { FlagRecord, FlagReason, FlagStatus, FlagHistoryEntry } from './schemas/flag';
export { EventRecord, EventSource, CountsByCategory, SuggestionCounts } from './schemas/event';
export { PlaybookRecord, PlaybookSource, RulePayload, ApprovedRewritePayload, NeverSendPayload } from './schemas/playbook';
export { NotesRepository, sidebarOrder, type NewNote, type NoteChanges } from './repos/notes';
export { FollowupsRepository, isOverdue, type NewFollowup } from './repos/followups';
export { FlagsRepository, type NewFlag, type FlagOrder } from './repos/flags';
export { EventsRepository, type NewEvent, type EventFilters, type MergeResult } from './repos/events';
export { PlaybookRepository, type PlaybookInput } from './repos/playbook';
export type { RepositoryOptions } from './repos/shared';
