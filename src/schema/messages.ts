/**
 * What a problem with data or an attribute says, in English and Spanish, from one catalogue.
 *
 * An issue keeps its English `message` (the `cp-error` detail, the CLI and partners' code read it) and,
 * as non-enumerable properties, the key and arguments it was made from, so an element can say the same
 * problem in its reader's language. Both texts come from the templates below, so they cannot drift.
 * Non-enumerable: `JSON.stringify`, deep equality and the event detail still see `{ path, message }`.
 *
 * Arguments are text as written (values quoted from data, ids, enum lists: never translated or
 * reformatted), a nested message (`{ key, params }`: "a list", "one of …"), or a list of arguments
 * joined with "or".
 */
import { catalogue, type Catalogue } from '../i18n/translate.js';
import type { IssueArg, IssueParams, SaidAs } from './issue-params.js';
import { issueIn, sayIn } from './say.js';
import type { Issue } from './types.js';

export const issueMessages = catalogue(
  {
    // Descriptions of values, used inside the messages below.
    nothing: 'nothing',
    aList: 'a list',
    anObject: 'an object',
    text: 'text',
    aNumber: 'a number',
    aWholeNumber: 'a whole number',
    trueOrFalse: 'true or false',
    aValue: 'a value',
    jsString: 'string',
    jsNumber: 'number',
    jsBoolean: 'boolean',
    oneOf: 'one of {values}',
    aDate: 'a date written YYYY-MM-DD',
    aPartialDate: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
    aSoc: 'an SOC 2018 code such as "15-1252"',
    aCurrency: 'a three-letter currency code such as "USD"',
    matching: 'text matching {pattern}',
    or: ' or ',
    docA: 'a {type}',
    docAn: 'an {type}',
    // The JSON Schema checks (check.ts).
    expected: 'expected {expected}, got {got}',
    unknownValue: 'unknown value {value} (expected one of {values})',
    notFinite: 'must be a finite number, got {value}',
    negative: 'must not be negative, got {value}',
    atLeast: 'must be at least {min}, got {value}',
    atMost: 'must be at most {max}, got {value}',
    empty: 'must not be empty',
    isNot: '{value} is not {expected}',
    notDate: '{value} is not a date; write it YYYY-MM-DD',
    required: 'is required',
    requiredAdd: 'is required; add {expected}',
    anyOf: 'needs at least one of {names}',
    // The rules JSON Schema cannot express (semantic.ts).
    duplicate: 'duplicate {key} "{id}" (also used by {first}); give each a unique {key}',
    noNode: 'no node has id "{id}"',
    noNodeGuess: 'no node has id "{id}"; did you mean "{guess}"?',
    cycle: 'makes a cycle ({loop}); routes must lead forward, so remove or reverse one of these edges',
    unknownStage: 'unknown stage "{stage}" (expected one of {values})',
    noStages: 'unknown stage "{stage}"; add the stage to "stages"',
    selfEdge: 'an edge cannot lead from a node to itself',
    emptyLadder: 'a ladder needs at least one rung; list node ids, lowest first',
    deadline: '{deadline} is not after the start {start}; the deadline must come later',
    progressOrder: '{date} does not come after {previous} {previousDate}; list progress in date order, one entry per date',
    progressFalls: '{value} is less than the earlier count {previous}; progress is cumulative, so it cannot fall',
    // Translations of the document's own prose (semantic.ts).
    notLanguage: '"{tag}" is not a language tag; write one such as "es" or "es-MX"',
    noStageId: 'no stage has id "{id}" (expected one of {values})',
    noStageIdNone: 'no stage has id "{id}"; the document has no stages',
    noLadderId: 'no ladder has id "{id}" (expected one of {values})',
    noLadderIdNone: 'no ladder has id "{id}"; the document has no ladders',
    noNote: 'no edge has the note {text}; key each translation by the note as written in "edges"',
    noBreakdown: 'no breakdown item has the label {text}; key each translation by the label as written in "breakdown"',
    noSector: 'no occupation has the sector {text}; key each translation by the sector as written in "occupations"',
    // Figures and their sources (semantic.ts).
    wages: 'wages',
    wagesNational: 'national wages',
    growthFigures: 'projected growth',
    openingsFigures: 'annual openings',
    noSource: 'shows {what} ({count} in all) but no source covers "{field}"; add to "source" one whose "covers" lists "{field}"',
    countNoSource:
      'a count needs a source: add to "source" one whose "covers" lists "{field}", or set "sample": true if these are sample figures',
    // The document as a whole (validate.ts).
    notObject: 'expected a JSON object (a {types} document), got {got}',
    typeRequired: 'is required; add "type": "{type}"',
    unknownType: 'unknown document type {value} (expected {types})',
    wrongType: 'this element shows {wanted} document, but this is {actual} document',
    // Attributes the explorer checks (other elements keep theirs in their own catalogues: see `issue`).
    wage: 'expected a yearly wage in dollars, such as 50000',
    notJson: 'not valid JSON: {reason}',
  },
  {
    nothing: 'nada',
    aList: 'una lista',
    anObject: 'un objeto',
    text: 'texto',
    aNumber: 'un número',
    aWholeNumber: 'un número entero',
    trueOrFalse: 'true o false',
    aValue: 'un valor',
    jsString: 'texto',
    jsNumber: 'un número',
    jsBoolean: 'true o false',
    oneOf: 'uno de estos valores: {values}',
    aDate: 'una fecha con formato AAAA-MM-DD',
    aPartialDate: 'una fecha con formato AAAA, AAAA-MM o AAAA-MM-DD',
    aSoc: 'un código SOC 2018 como "15-1252"',
    aCurrency: 'un código de moneda de tres letras como "USD"',
    matching: 'texto con el patrón {pattern}',
    or: ' o ',
    docA: '"{type}"',
    docAn: '"{type}"',
    expected: 'se esperaba {expected}; valor recibido: {got}',
    unknownValue: 'valor desconocido {value} (se esperaba uno de estos: {values})',
    notFinite: 'debe ser un número finito; valor recibido: {value}',
    negative: 'no puede ser negativo; valor recibido: {value}',
    atLeast: 'debe ser como mínimo {min}; valor recibido: {value}',
    atMost: 'debe ser como máximo {max}; valor recibido: {value}',
    empty: 'no puede estar vacío',
    isNot: '{value} no es {expected}',
    notDate: '{value} no es una fecha; escríbala con formato AAAA-MM-DD',
    required: 'es obligatorio',
    requiredAdd: 'es obligatorio; agregue {expected}',
    anyOf: 'necesita al menos uno de estos campos: {names}',
    duplicate: '{key} "{id}" repetido (también lo usa {first}); asigne a cada uno un {key} distinto',
    noNode: 'ningún nodo tiene el id "{id}"',
    noNodeGuess: 'ningún nodo tiene el id "{id}"; ¿quiso decir "{guess}"?',
    cycle: 'forma un ciclo ({loop}); las rutas deben avanzar, así que quite o invierta una de estas conexiones',
    unknownStage: 'etapa desconocida "{stage}" (se esperaba una de estas: {values})',
    noStages: 'etapa desconocida "{stage}"; agregue la etapa a "stages"',
    selfEdge: 'una conexión no puede ir de un nodo a sí mismo',
    emptyLadder: 'una escalera necesita al menos un peldaño; indique ids de nodos, del más bajo al más alto',
    deadline: '{deadline} no es posterior al inicio {start}; la fecha límite debe ser más tarde',
    progressOrder: '{date} no es posterior a {previous} {previousDate}; ordene el progreso por fecha, con una entrada por fecha',
    progressFalls: '{value} es menor que el conteo anterior {previous}; el progreso es acumulado, así que no puede bajar',
    notLanguage: '"{tag}" no es una etiqueta de idioma; escriba una como "es" o "es-MX"',
    noStageId: 'ninguna etapa tiene el id "{id}" (se esperaba uno de estos: {values})',
    noStageIdNone: 'ninguna etapa tiene el id "{id}"; el documento no tiene etapas',
    noLadderId: 'ninguna escalera tiene el id "{id}" (se esperaba uno de estos: {values})',
    noLadderIdNone: 'ninguna escalera tiene el id "{id}"; el documento no tiene escaleras',
    noNote: 'ninguna conexión tiene la nota {text}; use como clave de cada traducción la nota tal como está escrita en "edges"',
    noBreakdown:
      'ninguna parte del desglose tiene la etiqueta {text}; use como clave de cada traducción la etiqueta tal como está escrita en "breakdown"',
    noSector:
      'ninguna ocupación tiene el sector {text}; use como clave de cada traducción el sector tal como está escrito en "occupations"',
    wages: 'salarios',
    wagesNational: 'salarios nacionales',
    growthFigures: 'crecimiento proyectado',
    openingsFigures: 'vacantes anuales',
    noSource:
      'muestra {what} ({count} en total), pero ninguna fuente cubre "{field}"; agregue a "source" una cuyo "covers" incluya "{field}"',
    countNoSource:
      'un conteo necesita una fuente: agregue a "source" una cuyo "covers" incluya "{field}", o ponga "sample": true si son cifras de muestra',
    notObject: 'se esperaba un objeto JSON (un documento de tipo {types}); valor recibido: {got}',
    typeRequired: 'es obligatorio; agregue "type": "{type}"',
    unknownType: 'tipo de documento desconocido {value} (se esperaba {types})',
    wrongType: 'este elemento muestra un documento de tipo {wanted}, pero este es de tipo {actual}',
    wage: 'se esperaba un salario anual en dólares, como 50000',
    notJson: 'no es JSON válido: {reason}',
  },
);

export type IssueKey = keyof typeof issueMessages.en;

/** A message and its arguments, before it is put into words. */
export type Said = SaidAs<IssueKey>;
export type { IssueArg, IssueParams };

/**
 * Puts a message into words in the language of `lang` (a BCP 47 tag; anything unsupported is English).
 * `messages` is the catalogue the key is in: by default the shared one above; an element can pass its own.
 */
export function say<K extends string = IssueKey>(
  key: K,
  params: IssueParams = {},
  lang = 'en',
  messages: Catalogue<K> = issueMessages as never,
): string {
  return sayIn(messages, key, params, lang, issueMessages);
}

/**
 * An issue whose English message comes from a catalogue, and which `issueText` can say in any language:
 *   issue('order', 'unknownValue', { value: '"up"', values: 'desc, asc' })
 *   issue('goal', 'badGoal', { text }, messages)   // a key of the element's own catalogue
 */
export function issue<K extends string = IssueKey>(path: string, key: K, params?: IssueParams, messages?: Catalogue<K>): Issue {
  return issueIn(messages ?? (issueMessages as never), path, key, params, issueMessages);
}

export { issueText } from './say.js';
