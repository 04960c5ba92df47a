import type { ExampleText } from './exampleText';

/**
 * The Dutch text of the first-visit workspace (scenarios/same-budget-three-ways.workspace.json),
 * apart from the other examples' texts: a first visit in Dutch shows it at once, while the rest
 * loads with the Examples menu.
 */
const SAME_BUDGET_INTRO =
  'Een beautymerk heeft dit kwartaal €6.000 voor creators (plus €1.000 campagnebeheer) om zijn vitamine C-serum van €62,50 te verkopen, en vergelijkt drie manieren om het te besteden. Alle drie besteden in het gebruikelijke geval (de puntprojectie) precies €6.000 aan creators, zodat de vergelijking gaat over wat het geld oplevert en hoeveel risico het draagt, niet over de omvang van het budget. Met het beheer is dat het budget van elk scenario, €7.000; prestatiebeloning is onzeker, dus de Monte Carlo laat zien hoe vaak een manier meer zou uitgeven. Groepen met dezelfde creators hebben in elk scenario hetzelfde id, dus ze delen hun trekkingen (common random numbers) en de verschillen tussen scenario’s zijn scherp. Orderwaarde, marge (60%), retouren (4%, beauty) en het aandeel verkopen dat via de link wordt toegeschreven (50%) zijn in alle drie gelijk.';
const SAME_BUDGET_FIGURES =
  'Cijfers: bereik, engagement, klik- en conversiebereiken zijn BENCHMARKS §3 micro · Instagram en nano · Instagram, afgerond zodat de gebruikelijke creator met de hand na te rekenen is (een microcreator met 25.000 volgers verkoopt 0,8 orders per post, een nanocreator met 5.000 volgers 0,4); de commissie van 20% ligt aan de bovenkant van de beautyrange (10–20%, BENCHMARKS §2); elke order levert €6 commissie op (20% × €62,50 × 96% behouden × 50% toegeschreven).';

export const FIRST_VISIT_TEXT_NL: readonly ExampleText[] = [
  {
    name: 'Zelfde budget: vaste vergoedingen',
    description: `${SAME_BUDGET_INTRO} Manier 1, vaste vergoedingen: tien microcreators op Instagram (ongeveer 25.000 volgers) posten elk twee keer voor €300 per post, €6.000 wat er ook gebeurt. Er worden zestien orders verwacht, dus de campagne verliest in het gebruikelijke geval het grootste deel van haar uitgaven, en de Monte Carlo laat zien dat verlies bijna zeker is. Vaste vergoedingen gaan nooit over het budget. ${SAME_BUDGET_FIGURES}`,
  },
  {
    name: 'Zelfde budget: alleen commissie (CPS)',
    description: `${SAME_BUDGET_INTRO} Manier 2, alleen commissie: dezelfde tien creators, nu op 20% commissie, aangevuld via een affiliatenetwerk met 120 andere microcreators (elk vier posts) en 300 nanocreators (elk vijf posts). €6.000 commissie betekent 1.000 orders, dus er zijn ongeveer 430 postende creators nodig om het budget te besteden: dat is de schaal die een affiliateprogramma nodig heeft. Het merk betaalt alleen voor verkopen, dus in slechte uitkomsten betaalt het ook minder; zijn risico is weinig meer dan de €1.000 beheer. Gemiddeld (het Monte Carlo-gemiddelde) betaalt het meer dan €6.000, omdat goede uitkomsten meer commissie opleveren. Daardoor gaat het in ongeveer twee van de drie uitkomsten over het budget van €7.000, in één op de twintig met meer dan €8.500, maar alleen als de verkopen goed zijn: elke euro commissie gaat samen met zes euro brutowinst (€36 per order tegenover €6). ${SAME_BUDGET_FIGURES}`,
  },
  {
    name: 'Zelfde budget: hybride',
    description: `${SAME_BUDGET_INTRO} Manier 3, hybride: dezelfde tien creators voor €180 per post plus 20% commissie (€3.600 aan vergoedingen), en de rest van het budget als commissie voor dezelfde 120 micro-affiliates als bij manier 2. Vergoedingen en commissie tellen in het gebruikelijke geval op tot €6.000 (€3.600 + 16 × €6 + 384 × €6). Het vaste deel moet nog steeds worden terugverdiend, dus het risico ligt tussen dat van de andere twee manieren. Het gaat in ongeveer drie van de vijf uitkomsten over het budget, met minder dan bij alleen commissie (in één op de twintig met meer dan €3.800). ${SAME_BUDGET_FIGURES}`,
  },
];
