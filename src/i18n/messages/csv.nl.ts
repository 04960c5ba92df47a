import type { CsvKey, CsvNoticeKey, CsvRuleKey } from './csv';

/** The Dutch of csv.ts: a chunk of its own, loaded when the app speaks Dutch (see ../dictionaries.ts). */
const RULES_NL = {
  'csv.rule.csvNotUtf8': 'is geen UTF-8-tekst (sla het in het spreadsheetprogramma op als "CSV UTF-8")',
  'csv.rule.csvTooManyRows': 'heeft {count} rijen; er worden er hoogstens {max} gelezen',
  'csv.rule.csvMissingColumn': 'heeft een kolom {column} nodig (ook goed: {aliases})',
  'csv.rule.csvNoRows': 'heeft geen rijen onder de kopregel',
  'csv.rule.csvNoUsableRow': 'heeft geen rij die kan worden geïmporteerd',
  'csv.rule.csvNumber': 'moet een getal zijn, geschreven als {example}',
  'csv.rule.csvFollowersOrTier': 'is verplicht als de rij geen niveau (tier) noemt',
  'csv.rule.csvUnclosedQuote': 'opent een aanhalingsteken dat nergens sluit (de rest van het bestand is als één cel gelezen)',
  'csv.rule.csvBadQuote': 'heeft een aanhalingsteken op de verkeerde plek (een cel tussen aanhalingstekens eindigt waar het aanhalingsteken sluit)',
  'csv.rule.csvExtraCells': 'heeft {count} cellen, maar de kopregel noemt er {columns} (staat er een getal met een komma buiten aanhalingstekens?)',
  'csv.rule.csvTooManyLineItems': 'zou {count} creatorgroepen opleveren; een scenario bevat er hoogstens {max} (importeer de lijst gegroepeerd)',
} satisfies Record<CsvRuleKey, string>;

const NOTICES_NL = {
  'csv.notice.unknownColumns': 'niet gebruikte kolommen: {columns}',
  'csv.notice.duplicateColumn': 'kolom {column} zegt hetzelfde als kolom {first}; alleen de eerste wordt gelezen',
  'csv.notice.mixedReadings':
    'kolom {column} mengt aandelen en percentages: waarden tot en met 1 zijn als aandeel gelezen (0,5 = 50%), grotere waarden en waarden met % als percentage; controleer of het bestand dat bedoelt',
  'csv.notice.audienceCreated': 'doelgroep "{audience}" is aangemaakt met een omvang van {size} mensen (10 × de volgers van haar creators), een voorlopige waarde: pas die aan',
  'csv.notice.audiencesFull': 'doelgroep "{audience}" is niet aangemaakt (een scenario bevat hoogstens {max} doelgroepen); haar creators zijn zonder doelgroep geïmporteerd',
  'csv.notice.hybridZeroCommission': 'een vergoeding plus een cadeau zonder prestatiedeel wordt betaald als hybride met 0% commissie: {names}',
  'csv.notice.hybridZeroFee': 'commissie plus een bedrag per actie zonder vast deel wordt betaald als hybride met een vergoeding van 0: {names}',
  'csv.notice.numeratorAboveDenominator': 'rij {row}: meer {numerator} dan {denominator} ({x} > {d}); de rij telt niet mee voor {rate}',
  'csv.notice.sourcesNotKept': 'de notities (meta) van het scenario zijn vol, dus waar de geïmporteerde waarden vandaan komen wordt er niet bij bewaard',
  'csv.notice.noLineItem': '{tier} op {platform}: het scenario heeft geen creatorgroep van dit niveau en kanaal, dus de resultaten worden met de benchmark vergeleken en veranderen niets',
} satisfies Record<CsvNoticeKey, string>;

export const csvMessagesNl = {
  'csv.where.file': 'bestand',
  'csv.where.row': 'rij {row}',
  'csv.where.rowColumn': 'rij {row}, kolom {column}',
  'csv.count.impressions': 'weergaven',
  'csv.count.clicks': 'kliks',
  'csv.count.orders': 'bestellingen',
  'csv.count.leads': 'aanmeldingen',
  'csv.count.followersPosts': 'volgers × berichten',
  ...RULES_NL,
  ...NOTICES_NL,
} satisfies Record<CsvKey, string>;
