import { main } from './guard';
import { runSimulate } from './run';

await main((argv, out) => runSimulate(argv, out));
