import '../src/charts/words';
import { loadLanguage } from '../src/i18n/dictionaries';
import { loadViewWords, VIEW_WORD_PACKS } from '../src/i18n/viewWords';
import { loadExampleTexts } from '../src/io/localizeExample';
import { loadLzCompressor } from '../src/io/lzCompressor';

// The app fetches its Dutch before it shows anything in Dutch (src/main.tsx), a view's own
// words with the view, and lz-string with the first autosave or link; tests, which render and
// translate any part alone, start with all of them (storageSync.test.ts passes its own lz-string
// to see a write before it arrives).
await loadLanguage('nl');
await loadViewWords(VIEW_WORD_PACKS);
await loadExampleTexts();
await loadLzCompressor();
