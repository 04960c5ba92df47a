import { main } from './guard';
import { runImport } from './importRun';

await main(runImport);
