// Typed wrappers for the plan commands: objectives and their KPI
// measurements, campaigns, internal communication and recommendations.
// Components import these, so tests can replace this module with `vi.mock`.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './api';
import type {
  CalendarEntry,
  Campaign,
  Channel,
  CsvMapping,
  CsvPreview,
  Department,
  EntityKind,
  InfoNeed,
  InternalFlow,
  Measurement,
  Objective,
  Recommendation,
  UndoToken,
} from './bindings';

// Objectives and KPI measurements

export const objectiveList = (): Promise<Objective[]> => call('objective_list');
export const objectiveCreate = (objective: Objective): Promise<Objective> =>
  call('objective_create', { objective });
export const objectiveUpdate = (objective: Objective): Promise<Objective> =>
  call('objective_update', { objective });
export const objectiveDelete = (id: number): Promise<UndoToken> => call('objective_delete', { id });

export const measurementList = (objectiveId: number): Promise<Measurement[]> =>
  call('measurement_list', { objectiveId });
export const measurementCreate = (measurement: Measurement): Promise<Measurement> =>
  call('measurement_create', { measurement });
export const measurementUpdate = (measurement: Measurement): Promise<Measurement> =>
  call('measurement_update', { measurement });
export const measurementDelete = (id: number): Promise<UndoToken> => call('measurement_delete', { id });

/** Shows the native open dialog for a .csv file; null if cancelled. */
export const kpiCsvPick = (): Promise<string | null> => call('kpi_csv_pick');
/** Reads the file's first rows and guesses how to read it. `delimiter`, when
 *  given, splits the lines with it instead of the guessed one. */
export const kpiCsvPreview = (path: string, delimiter?: string): Promise<CsvPreview> =>
  call('kpi_csv_preview', delimiter === undefined ? { path } : { path, delimiter });
/** Imports every row (all or nothing); answers how many values were imported. */
export const kpiCsvImport = (objectiveId: number, path: string, mapping: CsvMapping): Promise<number> =>
  call('kpi_csv_import', { objectiveId, path, mapping });

// Campaigns

export const campaignList = (): Promise<Campaign[]> => call('campaign_list');
export const campaignCreate = (campaign: Campaign): Promise<Campaign> => call('campaign_create', { campaign });
export const campaignUpdate = (campaign: Campaign): Promise<Campaign> => call('campaign_update', { campaign });
export const campaignDelete = (id: number): Promise<UndoToken> => call('campaign_delete', { id });

// Internal communication

export const flowList = (): Promise<InternalFlow[]> => call('flow_list');
export const flowCreate = (flow: InternalFlow): Promise<InternalFlow> => call('flow_create', { flow });
export const flowUpdate = (flow: InternalFlow): Promise<InternalFlow> => call('flow_update', { flow });
export const flowDelete = (id: number): Promise<UndoToken> => call('flow_delete', { id });

export const infoNeedList = (): Promise<InfoNeed[]> => call('info_need_list');
export const infoNeedCreate = (infoNeed: InfoNeed): Promise<InfoNeed> => call('info_need_create', { infoNeed });
export const infoNeedUpdate = (infoNeed: InfoNeed): Promise<InfoNeed> => call('info_need_update', { infoNeed });
export const infoNeedDelete = (id: number): Promise<UndoToken> => call('info_need_delete', { id });

/** The flows' dates from `from` (YYYY-MM-DD) for `weeks` weeks. */
export const calendar = (from: string, weeks: number): Promise<CalendarEntry[]> =>
  call('calendar', { from, weeks });
/** Shows the native save dialog and writes the .ics; the path, or null if cancelled. */
export const calendarExportIcs = (): Promise<string | null> => call('calendar_export_ics');

// Recommendations

export const recommendationList = (): Promise<Recommendation[]> => call('recommendation_list');
export const recommendationCreate = (recommendation: Recommendation): Promise<Recommendation> =>
  call('recommendation_create', { recommendation });
export const recommendationUpdate = (recommendation: Recommendation): Promise<Recommendation> =>
  call('recommendation_update', { recommendation });
export const recommendationDelete = (id: number): Promise<UndoToken> => call('recommendation_delete', { id });

// Other sections, read only

export const departmentList = (): Promise<Department[]> => call('department_list');
export const channelList = (): Promise<Channel[]> => call('channel_list');

// Events

/** Something in the workspace changed (a write or an undo); `kind` says
 *  what, or null when it could be anything. */
export function onPlansChanged(handler: (kind: EntityKind | null) => void): Promise<UnlistenFn> {
  return listen<EntityKind | null>('workspace-changed', (event) => handler(event.payload));
}
