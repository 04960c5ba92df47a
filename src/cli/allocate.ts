import { runAllocate } from './allocateRun';
import { main } from './guard';

await main((argv, out) => runAllocate(argv, out));
