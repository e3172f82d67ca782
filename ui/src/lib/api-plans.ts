// Typed wrappers for what the plans do beyond their records: KPI values
// imported from a CSV file, and the internal-communication calendar.
// Components import these, so tests can replace this module with `vi.mock`.
import { call } from './api';
import type { CalendarEntry, CsvMapping, CsvPreview, HolidayCountry } from './bindings';

/** Shows the native open dialog for a .csv file; null if cancelled. */
export const kpiCsvPick = (): Promise<string | null> => call('kpi_csv_pick');
/** Reads the file's first rows and guesses how to read it. `delimiter`, when
 *  given, splits the lines with it instead of the guessed one. */
export const kpiCsvPreview = (path: string, delimiter?: string): Promise<CsvPreview> =>
  call('kpi_csv_preview', delimiter === undefined ? { path } : { path, delimiter });
/** Imports every row (all or nothing); answers how many values were imported. */
export const kpiCsvImport = (objectiveId: number, path: string, mapping: CsvMapping): Promise<number> =>
  call('kpi_csv_import', { objectiveId, path, mapping });

/** The flows' dates from `from` (YYYY-MM-DD) for `weeks` weeks. */
export const calendar = (from: string, weeks: number): Promise<CalendarEntry[]> =>
  call('calendar', { from, weeks });
/** Adds the public holidays of `country` in `year` that the list does not
 *  hold yet, named in the interface's language; answers how many. */
export const holidaysAdd = (country: HolidayCountry, year: number): Promise<number> =>
  call('holidays_add', { country, year });
/** Shows the native save dialog and writes the .ics; the path, or null if cancelled. */
export const calendarExportIcs = (): Promise<string | null> => call('calendar_export_ics');
