import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { changelogSchema, latestRelease } from '../../src/data/changelog';
import { DATA_LICENCE } from '../../src/data/project';
import { DATA_FILES, type LayerId } from '../../src/data/schema';
import profile from '../vendor/data-package.profile.json';
import { dataPackage, schemaKeys } from './descriptor';
import { FIELD_DOCS } from './fields';

const descriptor = JSON.parse(readFileSync('datapackage.json', 'utf8'));
const log = changelogSchema.parse(JSON.parse(readFileSync('data/changelog.json', 'utf8')));
const latest = latestRelease(log);

/** The published Data Package profile (draft-04). It is written for editors as well as
 * validators (`propertyOrder`, `context`, a `textarea` format, `required` without `type`), which
 * Ajv's strict mode refuses: not strict, but with every format it uses known. */
function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(profile);
}

describe('datapackage.json', () => {
  const validate = validator();

  it('validates against the published Data Package profile', () => {
    const valid = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the check can fail: a package without resources or with a bad licence is rejected', () => {
    expect(validate({ name: 'x' })).toBe(false);
    expect(validate({ ...descriptor, name: 'Not A Name' })).toBe(false);
    expect(validate({ ...descriptor, licenses: [{ name: 'CC BY 4.0' }] })).toBe(false);
  });

  it('is what the release script writes: every data file, the changelog, the version', () => {
    expect(latest).toBeDefined();
    if (!latest) return;
    expect(descriptor).toEqual(dataPackage('.', latest));
    expect(descriptor.version).toBe(latest.version);
    expect(descriptor.licenses).toEqual([DATA_LICENCE]);
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    for (const { file } of Object.values(DATA_FILES)) expect(paths).toContain(`data/${file}`);
    expect(paths).toContain('data/changelog.json');
  });

  it('describes every field of every file', () => {
    const undocumented = (Object.keys(DATA_FILES) as LayerId[]).flatMap((layer) =>
      schemaKeys(layer)
        .filter((k) => !FIELD_DOCS[k])
        .map((k) => `${layer}.${k}`),
    );
    expect(undocumented).toEqual([]);
    expect(schemaKeys('moves')).toEqual(expect.arrayContaining(['geometry', 'from', 'to']));
  });
});

describe('CITATION.cff', () => {
  it('names the latest release and both licences', () => {
    const cff = readFileSync('CITATION.cff', 'utf8');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toContain(`version: "${latest?.version}"`);
    expect(cff).toContain(`date-released: "${latest?.date}"`);
    expect(cff).toMatch(/- CC-BY-4\.0\n\s+- MIT/);
  });
});
