import { expect } from './helpers/testing.js';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { check, conforms } from '../src/schema/check.js';
import { campaignSchema, occupationsSchema, type JsonSchema } from '../src/schema/json-schema.js';
import { campaignRules } from '../src/schema/documents/campaign.js';
import { occupationsRules } from '../src/schema/documents/occupations.js';
import { pathwayRules } from '../src/schema/documents/pathway.js';
import { quickValidate } from '../src/schema/quick.js';
import type { DocumentRules } from '../src/schema/semantic.js';
import { validateCampaign, validateDocument, validateOccupations, validatePathway, type ValidationResult } from '../src/schema/validate.js';
import type { AnyDocument, Issue } from '../src/schema/types.js';
import { arbitraryPathway } from './helpers/arbitrary.js';
import {
  anyValue,
  arbitraryCampaign,
  arbitraryOccupations,
  campaignMutations,
  junkCtdl,
  junkDocument,
  occupationsMutations,
  places,
  type DocumentMutation,
  type Mutated,
} from './helpers/arbitrary-documents.js';

/** Modest runs, so the file takes seconds; a failure shows the assertion that failed, not only the input. */
const runs = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

const issuesOf = (result: { issues: Issue[] }) => result.issues.map((issue) => `${issue.path}: ${issue.message}`);

/** The JSON Schema files the package ships (`schema/*.json`), read by an independent validator. */
const shipped = async (type: string): Promise<Validator> => {
  const schema = await (await fetch(new URL(`../schema/${type}.schema.json`, import.meta.url))).json();
  return new Validator(schema, '2020-12', false);
};

/** Every issue has a path (a string; '' is the document itself) and says something. */
function expectWellFormed(result: ValidationResult, label = ''): void {
  expect(result.valid, label).to.equal(result.issues.length === 0);
  for (const issue of result.issues) {
    expect(issue.path, label).to.be.a('string');
    expect(issue.message, `${label} ${issue.path}`).to.be.a('string').and.not.equal('');
  }
}

const VALIDATORS = [
  ['validatePathway', validatePathway],
  ['validateCampaign', validateCampaign],
  ['validateOccupations', validateOccupations],
  ['validateDocument', (input: unknown) => validateDocument(input)],
] as const;

/** The quick yes-or-no check answers as the full walk does: valid exactly when check() finds nothing. */
function expectAgrees(input: unknown, schema: JsonSchema): void {
  const issues = check(input, schema);
  expect(
    conforms(input, schema),
    `conforms() on ${fc.stringify(input)}, where check() says ${issues.map((i) => i.path).join(', ') || 'nothing'}`,
  ).to.equal(issues.length === 0);
}

const TYPES = ['pathway', 'campaign', 'occupations'] as const;
const RULES = { pathway: pathwayRules, campaign: campaignRules, occupations: occupationsRules };

/**
 * The elements' quick check (schema/quick.ts) lets a document through exactly when the full validator
 * has nothing to say about it: valid, no warnings, and not converted (CTDL). Whatever it turns away,
 * the elements hand to the full validator, so a wrong "no" costs a download; a wrong "yes" would show
 * a document that has problems.
 */
function expectQuickAgrees(input: unknown): void {
  for (const type of TYPES) {
    const full = validateDocument(input, [type]);
    const quiet = full.valid && full.warnings.length === 0 && full.document === input;
    expect(quickValidate(input, [RULES[type] as DocumentRules]), `quickValidate(${type}) on ${fc.stringify(input)}`).to.equal(
      quiet ? input : undefined,
    );
  }
}

/** Validation through every entry point never throws and always answers in the same form. */
function expectNeverThrows(input: unknown): void {
  expectQuickAgrees(input);
  for (const [name, validate] of VALIDATORS) {
    let result: ValidationResult | undefined;
    try {
      result = validate(input) as ValidationResult;
    } catch (error) {
      throw new Error(`${name} threw ${String(error)} on ${fc.stringify(input)}`, { cause: error });
    }
    expectWellFormed(result, name);
  }
}

interface Kind<D extends AnyDocument> {
  type: D['type'];
  arbitrary: fc.Arbitrary<D>;
  validate: (input: unknown) => ValidationResult<D>;
  schema: JsonSchema;
  mutations: DocumentMutation<D>[];
}

const KINDS = [
  { type: 'campaign', arbitrary: arbitraryCampaign, validate: validateCampaign, schema: campaignSchema, mutations: campaignMutations },
  {
    type: 'occupations',
    arbitrary: arbitraryOccupations,
    validate: validateOccupations,
    schema: occupationsSchema,
    mutations: occupationsMutations,
  },
] as const satisfies readonly Kind<AnyDocument>[];

for (const kind of KINDS as readonly Kind<AnyDocument>[]) {
  describe(`${kind.type} documents, property-based`, () => {
    let independent: Validator;
    before(async () => {
      independent = await shipped(kind.type);
    });

    it('accepts every generated valid document, as does the shipped JSON Schema', () => {
      fc.assert(
        fc.property(kind.arbitrary, (doc) => {
          const result = kind.validate(doc);
          expect(issuesOf(result)).to.deep.equal([]);
          expect(result.document).to.equal(doc);
          expect(conforms(doc, kind.schema)).to.equal(true);
          expect(issuesOf(validateDocument(doc))).to.deep.equal([]);
          expectQuickAgrees(doc);
          // Documents arrive as JSON: the same document after a round trip is still valid.
          expect(issuesOf(kind.validate(JSON.parse(JSON.stringify(doc))))).to.deep.equal([]);
          const verdict = independent.validate(doc);
          expect(verdict.valid, JSON.stringify(verdict.errors.slice(-1))).to.equal(true);
        }),
        runs(200),
      );
    });

    it('generates documents that exercise every field the schema describes', () => {
      // A guard on the generator: a field it never writes is a field no property here tests.
      const seen = new Set<string>();
      for (const doc of fc.sample(kind.arbitrary, { numRuns: 300, seed: 42 })) {
        for (const place of places(doc, kind.schema)) seen.add(place.path.replace(/\[\d+\]/g, '[]'));
      }
      const described: string[] = [];
      const walk = (schema: JsonSchema, path: string, depth: number) => {
        const s = schema.$ref ? kind.schema.$defs![schema.$ref.replace('#/$defs/', '')]! : schema;
        if (depth > 4) return;
        if (s.items) {
          described.push(`${path}[]`);
          walk(s.items, `${path}[]`, depth + 1);
        }
        for (const [key, sub] of Object.entries(s.properties ?? {})) {
          const at = path ? `${path}.${key}` : key;
          described.push(at);
          walk(sub, at, depth + 1);
        }
      };
      walk(kind.schema, '', 0);
      expect(described.filter((path) => !seen.has(path))).to.deep.equal([]);
    });

    it('is rejected, at "type", by the elements that show another kind of document', () => {
      const others = VALIDATORS.filter(([name]) => name !== 'validateDocument' && name.toLowerCase() !== `validate${kind.type}`);
      fc.assert(
        fc.property(kind.arbitrary, (doc) => {
          for (const [, validate] of others) {
            const result = validate(doc);
            expect(result.valid).to.equal(false);
            expect(result.issues.map((issue) => issue.path)).to.deep.equal(['type']);
            expect(result.issues[0]!.message).to.include(kind.type);
          }
        }),
        runs(50),
      );
    });

    for (const mutation of kind.mutations) {
      const title = `${mutation.name}: reported at the mutated path`;
      it(title, () => {
        fc.assert(
          fc.property(kind.arbitrary, fc.nat(), (doc, seed) => {
            const applied: Mutated | undefined = mutation.apply(structuredClone(doc), seed);
            fc.pre(applied !== undefined);
            const { document, path, structural, json } = applied!;
            const reported = applied!.reported ?? path;
            expect(
              path === reported || path.startsWith(`${reported}.`) || path.startsWith(`${reported}[`),
              'reported is the path or a prefix of it',
            ).to.equal(true);

            const result = kind.validate(document);
            expectWellFormed(result, mutation.name);
            expect(result.valid, `${mutation.name}: ${fc.stringify(document)}`).to.equal(false);
            const hit = result.issues.find((issue) => issue.path === reported);
            expect(hit, `${mutation.name}: no issue at ${reported} among ${issuesOf(result).join(' | ')}`).to.not.equal(undefined);
            expect(hit!.message.trim()).to.not.equal('');
            // The same verdict when no type is named (as a page that accepts any document would ask).
            expect(validateDocument(document).valid, mutation.name).to.equal(false);
            expectQuickAgrees(document);

            // Structural faults are ones JSON Schema can see: the run-time checker and the shipped schema
            // (where the fault can be written in JSON) must both see them; semantic ones neither.
            if (structural !== undefined) {
              expect(check(document, kind.schema).length > 0, `${mutation.name}: check() sees it`).to.equal(structural);
              expect(conforms(document, kind.schema), `${mutation.name}: conforms() sees it`).to.equal(!structural);
              if (json !== false) expect(independent.validate(document).valid, `${mutation.name}: shipped schema`).to.equal(!structural);
            }
          }),
          runs(100),
        );
      });
    }

    it('never throws when any field of a valid document is replaced by any value', () => {
      fc.assert(
        fc.property(kind.arbitrary, fc.nat(), anyValue, (doc, seed, value) => {
          const copy = structuredClone(doc);
          const targets = places(copy, kind.schema);
          const place = targets[seed % targets.length]!;
          (place.parent as Record<string | number, unknown>)[place.key] = value;
          expectNeverThrows(copy);
          expectAgrees(copy, kind.schema);
        }),
        runs(200),
      );
    });

    it(`never throws on junk with "type": "${kind.type}" in every field`, () => {
      fc.assert(
        fc.property(junkDocument(kind.schema, kind.type), (junk) => {
          expectNeverThrows(junk);
          expectAgrees(junk, kind.schema);
        }),
        runs(200),
      );
    });
  });
}

describe('validation never throws, whatever it is given', () => {
  it('on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), expectNeverThrows), runs(200));
  });

  it('on any value a data property could receive (null prototypes, sparse arrays, boxed values)', () => {
    fc.assert(fc.property(anyValue, expectNeverThrows), runs(200));
  });

  it('on a mutated pathway', () => {
    fc.assert(
      fc.property(arbitraryPathway, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (doc, seed, value) => {
        const copy = structuredClone(doc) as unknown as Record<string, unknown>;
        const keys = Object.keys(copy);
        copy[keys[seed % keys.length]!] = value;
        expectNeverThrows(copy);
      }),
      runs(100),
    );
  });

  it('on CTDL-looking JSON-LD with junk where the converter reads', () => {
    fc.assert(fc.property(junkCtdl, expectNeverThrows), runs(200));
  });
});

describe('dates, property-based', () => {
  const date: JsonSchema = { type: 'string', format: 'date' };
  const independent = new Validator(date as object, '2020-12', false);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('accepts exactly the YYYY-MM-DD strings the JSON Schema "date" format accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(check(value, date).length === 0, value).to.equal(independent.validate(value).valid);
      }),
      {
        ...runs(200),
        examples: [
          [99, 12, 31],
          [2024, 2, 29],
          [2023, 2, 29],
          [2000, 2, 29],
          [1900, 2, 29],
          [2030, 12, 31],
          [2030, 4, 31],
        ],
      },
    );
  });
});
