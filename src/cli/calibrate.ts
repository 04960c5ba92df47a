import { runCalibrate } from './calibrateRun';
import { main } from './guard';

await main(runCalibrate);
