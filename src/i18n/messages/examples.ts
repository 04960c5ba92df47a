/**
 * Dutch names and descriptions of the example files in scenarios/, keyed by file id and in the
 * order of the file's scenarios. The files themselves stay English: they are data, and the CLI
 * and the tests read them; the app shows these texts in Dutch mode (test/i18n checks that every
 * example has one).
 */
export type ExampleId =
  | 'cpa-app-installs'
  | 'cpl-lead-generation'
  | 'cps-affiliate-program'
  | 'fixed-macro-awareness'
  | 'hybrid-micro-tiktok'
  | 'mega-launch'
  | 'nano-gifting-seeding'
  | 'same-budget-three-ways.workspace';

export interface ExampleText {
  name: string;
  description: string;
}

const SAME_BUDGET_INTRO =
  'Een beautymerk heeft dit kwartaal €6.000 voor creators (plus €1.000 campagnebeheer) om zijn vitamine C-serum van €62,50 te verkopen, en vergelijkt drie manieren om het te besteden. Alle drie besteden in het gebruikelijke geval (de puntprojectie) precies €6.000 aan creators, zodat de vergelijking gaat over wat het geld oplevert en hoeveel risico het draagt, niet over de omvang van het budget. Met het beheer is dat het budget van elk scenario, €7.000; prestatiebeloning is onzeker, dus de Monte Carlo laat zien hoe vaak een manier meer zou uitgeven. Groepen met dezelfde creators hebben in elk scenario hetzelfde id, dus ze delen hun trekkingen (common random numbers) en de verschillen tussen scenario’s zijn scherp. Orderwaarde, marge (60%), retouren (4%, beauty) en het aandeel verkopen dat via de link wordt toegeschreven (50%) zijn in alle drie gelijk.';
const SAME_BUDGET_FIGURES =
  'Cijfers: bereik, engagement, klik- en conversiebereiken zijn BENCHMARKS §3 micro · Instagram en nano · Instagram, afgerond zodat de gebruikelijke creator met de hand na te rekenen is (een microcreator met 25.000 volgers verkoopt 0,8 orders per post, een nanocreator met 5.000 volgers 0,4); de commissie van 20% ligt aan de bovenkant van de beautyrange (10–20%, BENCHMARKS §2); elke order levert €6 commissie op (20% × €62,50 × 96% behouden × 50% toegeschreven).';

export const EXAMPLE_TEXT_NL: Record<ExampleId, readonly ExampleText[]> = {
  'cpa-app-installs': [
    {
      name: 'Taalapp: CPA-installaties op TikTok en YouTube',
      description:
        'Een taalapp betaalt creators alleen voor resultaat: $2,50 voor elke toegeschreven installatie via een TikTok-creator en $3,00 via een YouTuber, wiens langere integraties meer toegewijde leerlingen opleveren. Een conversie is hier een installatie, dus de conversieratio is installaties per klik en de orderwaarde is wat één installatie de app waard is: ongeveer 1 op de 8 installaties start een abonnement van $80 per jaar, dus $10 per installatie. De marge (70%) is wat overblijft na de commissie van de appstores en de servers; het retourpercentage (5%) staat voor installaties die de attributiepartner later als ongeldig afwijst (BENCHMARKS §2: 1,5–9% van de affiliateconversies is door fraude geraakt). Slechts 60% van de installaties wordt aan een creator toegeschreven (de rest komt via zoeken in de appstore en wordt niet betaald). Veertig micro-TikTokcreators posten elk drie keer in zes weken; vijftien micro-YouTubers maken één video. Het verhaal: betalen per installatie houdt het risico van het merk laag, omdat de uitbetaling meebeweegt met de installaties; wat op het spel staat zijn de vaste kosten van het programma ($2.000 voor de attributietool en creatorbeheer). In het gebruikelijke geval maakt de campagne een kleine winst, maar de Monte Carlo laat een wezenlijke kans op verlies zien als de installaties laag uitvallen. Cijfers: bereik, engagement en klikken zijn BENCHMARKS §3 micro · TikTok (engagement per weergave omgerekend naar per volger) en micro · YouTube; installaties per klik (8–35%) zijn een aanname, want BENCHMARKS heeft geen cijfers over app-installaties.',
    },
  ],
  'cpl-lead-generation': [
    {
      name: 'Offertes woonverzekering: CPL-leadgeneratie',
      description:
        'Een Amerikaanse vergelijkingssite voor verzekeringen betaalt creators over persoonlijke financiën per lead: $25 voor elke voltooide offerteaanvraag via de link van een YouTuber en $20 via die van een Instagramcreator. Op de site koopt niemand iets, dus er zijn geen orders (conversieratio 0, orderwaarde 0); het gaat om de leadratio, het aandeel klikken dat het offerteformulier invult (6–20%, een aanname), en om wat een lead de site waard is: ongeveer $50, omdat ruwweg één lead op vijf een polis afsluit die de site $250 commissie oplevert. Twaalf micro-YouTubers over financiën maken elk één video en 25 micro-Instagramcreators posten twee keer. Offerteformulieren registreren de verwijzende creator, dus 85% van de leads wordt toegeschreven (en betaald). Het verhaal: met een prijs per lead ruim onder de waarde van een lead voegt elke lead winst toe, dus de enige vraag is of er genoeg leads komen om de vaste kosten te dekken (een landingspagina met leadverificatie en het benaderen van creators, $3.000). Dat lukt hier: het gebruikelijke geval is ruim winstgevend en in de Monte Carlo komt verlies bijna nooit voor; de spreiding zit in hoe groot de winst is. Cijfers: bereik, engagement en klikken zijn BENCHMARKS §3 micro · YouTube en micro · Instagram; de prijzen per lead liggen tussen de $20 voor B2B-influencerleads en de $32 voor autoverzekeringen van BENCHMARKS §2; de leadwaarde en de leadratio zijn aannames.',
    },
  ],
  'cps-affiliate-program': [
    {
      name: 'Duurzame mode: CPS-affiliateprogramma',
      description:
        'Een Nederlandse webwinkel in duurzame mode opent voor één kwartaal een affiliateprogramma via een netwerk: creators verdienen 12% commissie over de netto waarde van de verkopen die ze aanbrengen (na de code van 10% voor hun volgers), en verder niets. Veertig microcreators op Instagram posten drie keer, 150 nanocreators twee keer, acht micro-YouTubers maken één try-onvideo en drie modenieuwsbrieven noemen de winkel twee keer. Mode komt terug: 30% van de orders wordt geretourneerd, en daarover wordt geen commissie betaald. Slechts 55% van de verkopen die de creators veroorzaken wordt toegeschreven (BENCHMARKS §2: 40–70% van de beïnvloede verkopen gebeurt zonder de code), dus het merk betaalt commissie over iets meer dan de helft ervan. Het verhaal: alleen commissie betaalt zichzelf terug op elke order, dus het risico zit in de vaste kosten van het programma (netwerkkosten, proefkledingstukken, een programmamanager in deeltijd: €4.500). In het gebruikelijke geval maakt het kwartaal een bescheiden winst, en de Monte Carlo laat een wezenlijke kans op verlies zien als de verkopen aan de lage kant uitvallen. Cijfers: bereik, engagement, klik- en conversiebereiken zijn BENCHMARKS §3 micro · Instagram, nano · Instagram en micro · YouTube; de commissie van 12% ligt in de kledingrange van 8–15% (BENCHMARKS §2); het retourpercentage is het kledingcijfer van BENCHMARKS. BENCHMARKS heeft geen regel voor nieuwsbrieven, dus de cijfers daarvan (openratio als bereik, klikken per opening, conversie) zijn aannames.',
    },
  ],
  'fixed-macro-awareness': [
    {
      name: 'Lancering zonnebrand: macro-bekendheidscampagne (vaste vergoedingen)',
      description:
        'Een Nederlands huidverzorgingsmerk lanceert in mei een zonnebrand met SPF 50 en koopt bekendheid: vier macrocreators op Instagram (ongeveer 300.000 volgers) plaatsen elk een Reel en een feedpost, en twee macro-YouTubers nemen een integratie van 60 seconden op in één video. Elke creator krijgt een vaste vergoeding per post, wat er ook gebeurt. Verkopen lopen via een code van 15% en een link. Het budget is €60.000: vergoedingen en overheadkosten kosten €55.000 wat er ook gebeurt, dus er blijft €5.000 over en er is geen kans dat het plan erover gaat. Het verhaal van dit bestand: vaste vergoedingen kopen bereik, geen verkopen. In het gebruikelijke geval verdienen de toegeschreven en niet-toegeschreven verkopen maar een klein deel van de uitgegeven €55.000 terug, en zelfs de beste Monte Carlo-uitkomsten blijven ver van break-even; de kosten per 1.000 vertoningen komen rond €160 uit, tegen een betaalde social-CPM van ongeveer €8 (getoond als mediawaarde, die nooit in de ROI meetelt). Wat het geld wel koopt zijn mensen, en macrodoelgroepen overlappen weinig: de creators putten uit de Nederlandse kopers van zonnebrand die beautycreators volgen (ongeveer een miljoen, een aanname), en per creator geteld bereiken hun posts ongeveer 310.000 mensen, van wie 273.000 verschillend, 27% van die doelgroep, die de campagne elk ongeveer 1,3 keer zien, voor ongeveer €0,20 per persoon. Maar 12% van dat bereik zijn mensen die twee keer worden geteld, tegen meer dan een derde in de niche van het koffievoorbeeld. Beoordeel zo’n campagne op bereik en CPM, of verander de deal (zie de voorbeelden hybride en CPS). Cijfers: bereik, engagement, klik- en conversiebereiken zijn BENCHMARKS §3 macro · Instagram en macro · YouTube; vergoedingen van €5.000 per post liggen daar tussen de lage en de gebruikelijke macrovergoeding van de prijslijsten (USD-bedragen gebruikt als euro’s: de app formatteert, hij rekent niet om). De eigen macrostandaarden van de app liggen lager ($1.400 op Instagram, $2.000 op YouTube, in lijn gebracht met de influencer-CPM-benchmarks: een CPM van €40–60); ook tegen die vergoedingen verliest de campagne het grootste deel van haar uitgaven, omdat een macropost tegen elke prijs weinig orders verkoopt. De orderwaarde (€24 voor een duopak), de marge, het retourpercentage (beauty, onderkant van 5–12%) en de omvang van de doelgroep zijn aannames voor het verhaal.',
    },
  ],
  'hybrid-micro-tiktok': [
    {
      name: 'Voorjaarslancering: hybride micro-TikTok',
      description:
        'Het voorbeeld uit de specificatie van het bestandsformaat (SPEC §3), met de ratio’s binnen de bereiken van BENCHMARKS §3 micro · TikTok gebracht. Een merk in mode-accessoires lanceert zijn voorjaarscollectie met tien micro-TikTokcreators (ongeveer 40.000 volgers), elk drie video’s in acht weken. Elke creator krijgt €400 per video plus 10% commissie over toegeschreven verkopen, met een code van 10%; 8% van de orders komt terug. Het verhaal: de hybride deal lijkt veilig omdat een deel van de betaling van de verkopen afhangt, maar het vaste deel is €12.000 terwijl de lage linkklikratio van TikTok weinig orders oplevert, dus in het gebruikelijke geval verliest de campagne bijna alles wat ze uitgeeft, en zelfs de beste Monte Carlo-uitkomsten blijven ver van break-even. De break-evencijfers zeggen wat er zou moeten veranderen: tientallen keren hogere conversieratio’s, of een vergoeding per video van bijna niets. Vergelijk met de werkruimte met hetzelfde budget, waar geld verschuiven van vergoedingen naar commissie het beeld verandert. Cijfers: bereik 10–50%, engagement (4–12% per weergave, omgerekend naar per volger door te vermenigvuldigen met het bereik), linkklikratio 0,08–0,8% en conversie 0,6–3% zijn BENCHMARKS §3 micro · TikTok; €400 per video is daar de gebruikelijke micro-TikTokvergoeding van de prijslijsten (USD-bedrag gebruikt als euro’s), een CPM van ongeveer €60; de standaard van de app voor een nieuwe micro-TikTokgroep is lager ($180, in lijn gebracht met de influencer-CPM’s van $8–18 uit BENCHMARKS §2), en ook dan verdient het vaste deel zichzelf niet terug; de commissie van 10% ligt aan de onderkant van de modecommissies van TikTok Shop (BENCHMARKS §2). Orderwaarde, marge en de productiekosten komen uit het SPEC-voorbeeld.',
    },
  ],
  'mega-launch': [
    {
      name: 'Lancering koptelefoon: één mega-YouTuber',
      description:
        'Een audiomerk lanceert een noise-cancelling koptelefoon van $199 met één speciale review door een tech-YouTuber met ongeveer 4 miljoen abonnees, voor een vaste $45.000. De video heeft een lanceringscode van 10% en een link; elektronica kent ongeveer 8% retouren. Het verhaal: één grote creator is één grote gok. Alles hangt aan één video, dus de spreiding van de uitkomsten is groot (er middelt niets uit over creators), en in het gebruikelijke geval komen de toegeschreven en niet-toegeschreven verkopen nergens bij de vergoeding in de buurt: een kijkpercentage van een paar procent van de abonnees en een klikratio onder 1% laten maar een handvol orders per 100.000 weergaven over. Wat het merk wel koopt is aandacht, dus de mediawaarde gebruikt een YouTube-sponsor-CPM van $30 (de onderkant voor integraties in BENCHMARKS §2); vergelijk die met de CPM van de campagne om te zien hoeveel de vergoeding boven het gangbare tarief ligt. Cijfers: bereik (weergaven per abonnee), engagement, klik- en conversiebereiken zijn BENCHMARKS §3 mega · YouTube; de vergoeding ligt tussen de gebruikelijke ($30.000) en hoge ($200.000) mega-YouTubebedragen van de prijslijsten (de standaard van de app, in lijn gebracht met influencer-CPM’s, is $10.000, een CPM van $61); het retourpercentage is het elektronicacijfer van BENCHMARKS §2. Orderwaarde, marge en de overheadkosten zijn aannames.',
    },
  ],
  'nano-gifting-seeding': [
    {
      name: 'Koffieabonnement: nano-gifting',
      description:
        'Een specialty-koffiebranderij uit Utrecht stuurt een proefbox naar 60 nanocreators op Instagram (elk ongeveer 3.000 volgers) en 20 op TikTok. Niemand krijgt een vergoeding: het merk betaalt de box tegen kostprijs plus brievenbusverzending (€9 + €6), en creators die hem goed vinden plaatsen een story bij aankomst, een feedpost en een week later een tweede story (Instagram) of één video (TikTok), altijd met een code van 10%. Een order is hier een abonnement van drie maanden (€25 per maand, €75 vóór de code), want dat is wat de code verkoopt. Het budget is €2.000: boxen en tools kosten €1.800 wat er ook gebeurt, dus er blijft €200 over en het plan gaat er nooit overheen. Het verhaal: een niche raakt vol. De Instagramcreators posten allemaal voor dezelfde mensen, de Nederlandse specialtykoffieliefhebbers op Instagram (ongeveer 100.000, een aanname), en die volgen er meerdere: per creator geteld bereiken de 60 ongeveer 97.400 mensen, maar slechts 62.600 verschillende, 63% van de niche. Wie twee keer wordt bereikt, bestelt één keer, dus elke reactie op Instagram telt voor 0,64. Als elke volger een andere persoon was, zou de campagne ongeveer quitte spelen (ongeveer +€85); in de niche verliest ze in het gebruikelijke geval ongeveer €575 (de Instagramgroep verdient haar boxen nog terug, maar niet meer de €600 voor tools en inpakwerk), en de Monte Carlo schat de kans op verlies op ongeveer zeven op tien. Meer boxen lossen dat niet op: het aantal Instagramcreators verdubbelen van 60 naar 120 levert maar 37% meer Instagramorders op (van 32 naar 44) voor €900 meer aan boxen, bereikt 86% van de niche, gaat €700 over het budget en vergroot het verlies in het gebruikelijke geval tot ongeveer €1.030; halveren naar 30 houdt 62% van de orders voor de helft van de boxen. De TikTokgroep put uit geen doelgroep (TikTok toont video’s ver buiten de niche van de volgers) en verkoopt, met de lage linkklikratio van TikTok, te weinig om haar boxen te betalen. Cijfers: bereik, engagement, klik- en conversiebereiken zijn BENCHMARKS §3 nano · Instagram en nano · TikTok (TikTok-engagement per weergave omgerekend naar per volger door te vermenigvuldigen met het bereik); de code van 10% volgt bronartikel 001 ("MIJNMERK10"); de kosten van de box, de marge, het aandeel orders met de code en de omvang van de niche zijn aannames. Dit voorbeeld gaat ervan uit dat elke creator die een box krijgt ook post; in de praktijk doen sommigen dat niet, dus verlaag het aantal posts of het bereik als je ervaring dat zegt.',
    },
  ],
  'same-budget-three-ways.workspace': [
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
  ],
};
