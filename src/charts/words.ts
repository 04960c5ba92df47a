import { addMessages } from '../i18n/dictionaries';
import { chartsMessages } from '../i18n/messages/charts';
import { chartsMessagesNl } from '../i18n/messages/charts.nl';

// No chart is in the first load, so the charts' words come with the charts' code, in both
// languages: every chart draws in a ChartFrame, which imports this module first.
addMessages({ en: chartsMessages.en, nl: chartsMessagesNl });
