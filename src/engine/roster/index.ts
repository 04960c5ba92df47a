/**
 * Creator lists and past results from CSV (docs/MODEL.md §9), the engine half: pure functions from
 * the rows the reader (src/io/csv) gives to a new scenario. Nothing here parses text.
 */
export type { RosterRow, ResultRow, ResultColumns } from './types';
export { applyRoster, type RosterImport, type RosterOptions } from './applyRoster';
export { calibrate, CALIBRATED_RATES, type Calibration, type CalibrationGroup, type CalibratedRate, type RateCalibration } from './calibration';
export { applyCalibration, type CalibrationApplied } from './applyCalibration';
export { importSourceOf, calibrationSourceOf, type ImportSource, type CalibrationSource } from './sources';
export {
  CSV_RULE_TEXT,
  CSV_NOTICE_TEXT,
  englishCsvRule,
  englishNotice,
  formatCsvProblem,
  type CsvCode,
  type CsvNotice,
  type CsvNoticeCode,
  type CsvProblem,
  type CsvRuleCode,
} from './csvRules';
