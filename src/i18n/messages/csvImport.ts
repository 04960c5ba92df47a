/**
 * Words of the two CSV imports in the app (docs/MODEL.md §9) that the first load needs: the toolbar buttons,
 * the examples and templates in the examples menu, and the sources shown on line items; the preview
 * dialog's are in csvImportDialog.ts.
 * The refusals and notices themselves are in csv.ts, shared with the commands.
 */
export const csvImportMessages = {
  en: {
    'csvImport.menu': 'Import CSV',
    'csvImport.roster.open': 'Import creators (CSV)…',
    'csvImport.roster.open.hint': 'A creator list from a spreadsheet: each creator becomes a line item',
    'csvImport.results.open': 'Calibrate from results (CSV)…',
    'csvImport.results.open.hint': 'A past campaign’s results: the ranges move towards what its creators achieved',
    'csvImport.roster.input': 'Creator list (CSV)',
    'csvImport.results.input': 'Past results (CSV)',
    'csvImport.creators.one': '{n} creator',
    'csvImport.creators.other': '{n} creators',
    'csvImport.examples.roster': 'Creator shortlist (CSV)',
    'csvImport.examples.roster.hint': '40 Dutch and Belgian beauty and food creators to import as line items',
    'csvImport.examples.results': 'Past campaign results (CSV)',
    'csvImport.examples.results.hint': 'What 14 of those creators achieved last time, to calibrate the ranges',
    'csvImport.template.roster': 'Template: creator list, {lang} column names',
    'csvImport.template.results': 'Template: past results, {lang} column names',
    'csvImport.template.hint': 'Download a CSV to fill in with a spreadsheet',
    'csvImport.template.lang.en': 'English',
    'csvImport.template.lang.nl': 'Dutch',
    'csvImport.source.row': 'Imported from {file}, row {row}',
    'csvImport.source.group': 'Imported from {file}: {creators}',
    'csvImport.source.calibrated': 'Calibrated from {file}: {creators}',
    'csvImport.source.tag': 'From a CSV file of your own',
  },
};
