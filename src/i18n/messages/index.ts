import { commonMessages } from './common';
import { editorMessages } from './editor';
import { ioMessages } from './io';
import { resultsMessages } from './results';
import { chartsMessages } from './charts';
import { shellMessages } from './shell';
import { compareMessages } from './compare';
import { presentMessages } from './present';
import { explorerMessages } from './explorer';
import { sensitivityMessages } from './sensitivity';

/**
 * Every message pack of the app. A screen adds its own file in this folder and lists it here;
 * English is the source and a test checks that Dutch has exactly the same keys.
 */
export const MESSAGE_PACKS = [commonMessages, shellMessages, ioMessages, editorMessages, resultsMessages, chartsMessages, compareMessages, presentMessages, explorerMessages, sensitivityMessages] as const;
