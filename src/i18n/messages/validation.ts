import { RULE_CODES, RULE_TEXT, type RuleCode } from '../../engine/validationRules';

/**
 * Words of file validation errors. English is the engine's own text (what the command prints),
 * so the app's English and the command's never drift apart; Dutch must name every rule code.
 */
export type RuleKey = `validation.rule.${RuleCode}`;

const LINE_EN = {
  'validation.file': 'file',
  'validation.line': '{path}: {rule}',
  'validation.lineWithValue': '{path}: {rule} (got {value})',
  'validation.value.nothing': 'nothing',
  'validation.value.list': 'a list of {n}',
  'validation.value.object': 'an object',
  'validation.jsonDetail.at': 'at character {position}',
  'validation.jsonDetail.other': 'it breaks off or holds an unexpected character',
};
export type ValidationKey = keyof typeof LINE_EN | RuleKey;

const RULES_NL = {
  'validation.rule.number': 'moet een getal zijn',
  'validation.rule.atLeast': 'moet minstens {min} zijn',
  'validation.rule.atMost': 'mag hoogstens {max} zijn',
  'validation.rule.between': 'moet tussen {min} en {max} liggen',
  'validation.rule.whole': 'moet een geheel getal zijn',
  'validation.rule.positive': 'moet groter dan 0 zijn',
  'validation.rule.text': 'moet een tekst zijn',
  'validation.rule.maxChars': 'mag hoogstens {max} tekens lang zijn',
  'validation.rule.charsBetween': 'moet {min} tot {max} tekens lang zijn',
  'validation.rule.notEmpty': 'mag niet leeg zijn',
  'validation.rule.currency': 'moet een ISO 4217-code van 3 letters zijn, zoals EUR',
  'validation.rule.oneOf': 'moet een van deze zijn: {options}',
  'validation.rule.exactly': 'moet {expected} zijn',
  'validation.rule.list': 'moet een lijst zijn',
  'validation.rule.object': 'moet een object zijn',
  'validation.rule.maxEntries': 'mag hoogstens {max} regels hebben',
  'validation.rule.maxLineItems': 'mag hoogstens {max} creatorgroepen hebben',
  'validation.rule.unique': 'moet uniek zijn',
  'validation.rule.rate': 'moet een getal zijn of een bereik {"low": …, "high": …}',
  'validation.rule.lowAboveHigh': 'low mag niet hoger zijn dan high',
  'validation.rule.rangeTooWide': 'high mag hoogstens {spread} keer low zijn',
  'validation.rule.hybridFixed': 'hybrid heeft een vast deel nodig (feePerPost of giftCost)',
  'validation.rule.hybridPerformance': 'hybrid heeft een prestatiedeel nodig (amountPerAction, commissionRate of amountPerLead)',
  'validation.rule.requiredForModel': 'is verplicht bij model "{model}"',
  'validation.rule.notAllowedForModel': 'is niet toegestaan bij model "{model}"',
  'validation.rule.tiersNeedCommission': 'commissiestaffels hebben een commissionRate nodig',
  'validation.rule.tiersIncreasing': 'moet groter zijn dan de from van de vorige staffel',
  'validation.rule.capNeedsPerformance': 'een uitbetalingsplafond heeft een prestatiedeel nodig (amountPerAction, commissionRate of amountPerLead)',
  'validation.rule.noAudience': 'geen doelgroep "{id}" in audiences',
  'validation.rule.minAboveMax': 'minCreators mag niet hoger zijn dan maxCreators',
  'validation.rule.maxAudiences': 'mag hoogstens {max} doelgroepen bevatten',
  'validation.rule.noScenarios': 'moet minstens één scenario bevatten',
  'validation.rule.baselineIndex': 'moet naar een van de scenario’s wijzen',
  'validation.rule.unknownField': 'is geen bekend veld',
  'validation.rule.required': 'is verplicht',
  'validation.rule.metaTooDeep': 'is dieper genest dan {max} niveaus',
  'validation.rule.metaTooLarge': 'is als JSON-tekst groter dan {max} kB',
  'validation.rule.documentNotObject': 'moet een JSON-object zijn (een scenario of een werkruimte)',
  'validation.rule.format': 'moet "{scenario}" of "{workspace}" zijn',
  'validation.rule.versionRange': 'moet een geheel getal van 1 tot {max} zijn',
  'validation.rule.newerVersion':
    'dit bestand is gemaakt met een nieuwere versie van de app (formaatversie {version}; deze app leest tot en met {max}). Werk de app bij om het te openen',
  'validation.rule.noMigration': 'geen omzetting vanaf versie {version}',
  'validation.rule.tooLarge': 'is {size} MB; bestanden groter dan {max} MB worden geweigerd',
  'validation.rule.empty': 'is leeg',
  'validation.rule.invalidJson': 'is geen geldige JSON ({detail})',
  'validation.rule.tooDeep': 'is te diep genest om te lezen',
  'validation.rule.notUtf8': 'is geen UTF-8-tekst (is het wel een JSON-bestand?)',
  'validation.rule.unreadable': 'kon niet worden gelezen ({detail})',
  'validation.rule.notShareLink': 'is geen deellink (die begint met {prefix})',
  'validation.rule.damagedShareLink': 'de deellink is beschadigd of onvolledig (is hij bij het kopiëren afgekapt?)',
  'validation.rule.shareLinkTooLarge': 'bevat uitgepakt meer dan {max} MB; zulke grote links worden geweigerd (open zulk werk als bestand)',
} satisfies Record<RuleKey, string>;

const RULES_EN = Object.fromEntries(RULE_CODES.map((code) => [`validation.rule.${code}`, RULE_TEXT[code]])) as Record<RuleKey, string>;

export const validationMessages = {
  en: { ...LINE_EN, ...RULES_EN },
  nl: {
    'validation.file': 'bestand',
    'validation.line': '{path}: {rule}',
    'validation.lineWithValue': '{path}: {rule} (gevonden: {value})',
    'validation.value.nothing': 'niets',
    'validation.value.list': 'een lijst van {n}',
    'validation.value.object': 'een object',
    'validation.jsonDetail.at': 'fout bij teken {position}',
    'validation.jsonDetail.other': 'de tekst breekt af of bevat een onverwacht teken',
    ...RULES_NL,
  } satisfies Record<ValidationKey, string>,
};
