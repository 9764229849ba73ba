import type { StateCreator } from 'zustand';
import type { ConnectionSlice } from './connection-slice';
import type { DraftSlice } from './draft-slice';
import type { DismissedSlice } from './dismissed-slice';
import type { InsertSlice } from './insert-slice';
import type { UiSlice } from './ui-slice';
import type { ReplySlice } from './reply-slice';
import type { SettingsSlice } from './settings-slice';
import type { StatsSlice } from './stats-slice';
import type { NotesSlice } from './notes-slice';
import type { FlagsSlice } from './flags-slice';
import type { SidebarDeps } from './deps';

// The sidebar's one store, built from slices (STYLE.md, after the zustand docs). Each slice
// holds its state and the actions that change it; only actions talk to the port, the
// analyzer or the clipboard. Notes, flags and statistics slices join this union later.

export type SidebarState = ConnectionSlice & DraftSlice & DismissedSlice & UiSlice & InsertSlice & ReplySlice &
  SettingsSlice & StatsSlice & NotesSlice & FlagsSlice;

export type SliceCreator<Slice> = (deps: SidebarDeps) => StateCreator<SidebarState, [], [], Slice>;
