import '../src/charts/words';
import { loadLanguage } from '../src/i18n/dictionaries';
import { loadViewWords, VIEW_WORD_PACKS } from '../src/i18n/viewWords';
import { loadExampleTexts } from '../src/io/localizeExample';

// The app fetches its Dutch before it shows anything in Dutch (src/main.tsx), and a view's own
// words with the view; tests, which render and translate any part alone, start with all of them.
await loadLanguage('nl');
await loadViewWords(VIEW_WORD_PACKS);
await loadExampleTexts();
