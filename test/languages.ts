import { addMessages, loadLanguage } from '../src/i18n/dictionaries';
import { allocateMessages } from '../src/i18n/messages/allocate';
import { presentMessages } from '../src/i18n/messages/present';
import { sensitivityMessages } from '../src/i18n/messages/sensitivity';

// The app fetches its Dutch before it shows anything in Dutch (src/main.tsx); tests that render
// or translate in Dutch start with it loaded the same way.
await loadLanguage('nl');
// Views that load their own words with their code add them here for tests that render them alone.
addMessages(allocateMessages);
addMessages(presentMessages);
addMessages(sensitivityMessages);
