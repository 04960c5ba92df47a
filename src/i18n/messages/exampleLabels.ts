/**
 * Dutch labels of the examples' line items, overheads and audiences, keyed by their English text in
 * scenarios/*.json. The files stay English (they are data); an example opened in Dutch mode, and
 * the first-visit workspace while it is untouched, shows these. A test checks that every label
 * of every example has one.
 */
export const EXAMPLE_LABELS_NL: Readonly<Record<string, string>> = {
  'Attribution tool (mobile measurement partner)': 'Attributietool (mobile measurement partner)',
  'Creator management': 'Creatorbeheer',
  'Micro creators on TikTok (3 videos each)': 'Microcreators op TikTok (elk 3 video’s)',
  'Micro YouTubers (one integration each)': 'Micro-YouTubers (elk één integratie)',
  'Landing page and lead verification': 'Landingspagina en leadverificatie',
  'Creator outreach': 'Creators benaderen',
  'Micro finance YouTubers (one video each)': 'Micro-YouTubers over geldzaken (elk één video)',
  'Micro finance creators on Instagram': 'Microcreators over geldzaken op Instagram',
  'Affiliate network fees (one quarter)': 'Kosten affiliatenetwerk (één kwartaal)',
  'Sample garments for creators': 'Proefkleding voor creators',
  'Program management (part-time)': 'Programmabeheer (parttime)',
  'Micro creators on Instagram': 'Microcreators op Instagram',
  'Nano creators on Instagram': 'Nanocreators op Instagram',
  'Micro YouTubers (try-on video)': 'Micro-YouTubers (pasvideo)',
  'Fashion newsletters (two mentions each)': 'Modenieuwsbrieven (elk twee vermeldingen)',
  'Agency management': 'Bureaubeheer',
  'Product for creators and shoot': 'Product voor creators en fotoshoot',
  'Macro creators on Instagram (Reel + feed post)': 'Macrocreators op Instagram (Reel + feedpost)',
  'Macro YouTubers (one integration each)': 'Macro-YouTubers (elk één integratie)',
  'Micro creators on TikTok': 'Microcreators op TikTok',
  'Content production': 'Contentproductie',
  'Review units and shipping': 'Reviewexemplaren en verzending',
  'Talent agency fee': 'Vergoeding talentbureau',
  'Mega tech YouTuber (dedicated review)': 'Mega-techYouTuber (speciale review)',
  'Seeding tool (one month)': 'Seedingtool (één maand)',
  'Packing and outreach time': 'Inpakken en creators benaderen',
  'Nano creators on Instagram (two stories + a feed post)': 'Nanocreators op Instagram (twee stories + een feedpost)',
  'Nano creators on TikTok (one video)': 'Nanocreators op TikTok (één video)',
  'Campaign management': 'Campagnebeheer',
  'Micro creators on Instagram (€300 per post)': 'Microcreators op Instagram (€ 300 per post)',
  'Micro creators on Instagram (20% commission)': 'Microcreators op Instagram (20% commissie)',
  'Micro affiliates on Instagram (20% commission)': 'Micro-affiliates op Instagram (20% commissie)',
  'Nano affiliates on Instagram (20% commission)': 'Nano-affiliates op Instagram (20% commissie)',
  'Micro creators on Instagram (€180 per post + 20% commission)': 'Microcreators op Instagram (€ 180 per post + 20% commissie)',
  'Dutch specialty-coffee fans on Instagram': 'Nederlandse specialtykoffieliefhebbers op Instagram',
  'Dutch sun-care buyers who follow beauty creators': 'Nederlandse kopers van zonnebrand die beautycreators volgen',
};
