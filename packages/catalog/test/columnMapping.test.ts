import { describe, expect, it } from 'vitest';
import { InvalidMappingError, resolveColumnMapping } from '../src/index.ts';
import { ignoredColumns, missingRequiredColumn } from '../src/mapping/columnMapping.ts';
import { tabularRecordToDraft } from '../src/mapping/tabularRecord.ts';

describe('column mapping', () => {
  it('defaults every field to the column of the same name', () => {
    const { columns } = resolveColumnMapping();
    expect(columns.image_url).toBe('image_url');
    expect(columns.released_at).toBe('released_at');
  });

  it('renames fields and declares attribute columns', () => {
    const mapping = resolveColumnMapping({
      id: 'product_id',
      title: 'name',
      'attr.weight_kg:number': 'Weight (kg)',
    });
    const { draft, issues } = tabularRecordToDraft(
      { product_id: 'M1', name: 'Kindle', 'Weight (kg)': '0.2', 'attr.colour': 'Black' },
      mapping,
    );
    expect(issues).toEqual([]);
    expect(draft).toMatchObject({
      id: 'M1',
      title: 'Kindle',
      attributes: { weight_kg: 0.2, colour: 'Black' },
    });
    expect(ignoredColumns(mapping, ['product_id', 'name', 'Weight (kg)', 'Notes'])).toEqual([
      'Notes',
    ]);
  });

  it('names the missing required column, mentioning the mapping', () => {
    const mapping = resolveColumnMapping({ id: 'product_id' });
    expect(missingRequiredColumn(mapping, ['id', 'title'])).toMatch(
      /^the header has no "product_id" column \(mapped to id\)/,
    );
    expect(missingRequiredColumn(mapping, ['product_id', 'title'])).toBeUndefined();
  });

  it('merges the attributes JSON column with attr.* columns, reporting bad cells by column', () => {
    const mapping = resolveColumnMapping();
    const { draft, issues, sourceField } = tabularRecordToDraft(
      {
        id: '1',
        attributes: '{"strap":"silicone","colour":"Red"}',
        'attr.colour': 'Black',
        'attr.waterproof:boolean': 'perhaps',
      },
      mapping,
    );
    expect(draft.attributes).toEqual({ strap: 'silicone', colour: 'Black' });
    expect(issues).toEqual([
      { field: 'attr.waterproof:boolean', reason: 'must be true or false (got "perhaps")' },
    ]);
    expect(sourceField(['attributes', 'colour'])).toBe('attr.colour');
    expect(sourceField(['attributes', 'strap'])).toBe('attributes.strap');
    expect(sourceField(['imageUrl'])).toBe('image_url');
  });

  it('rejects unknown fields and non-text column names', () => {
    expect(() => resolveColumnMapping({ titel: 'name' })).toThrow(InvalidMappingError);
    expect(() => resolveColumnMapping({ titel: 'name' })).toThrow(/unknown field "titel"/);
    expect(() => resolveColumnMapping({ title: 3 })).toThrow(/"title" must map to a column name/);
    expect(() => resolveColumnMapping(['id'])).toThrow(/column mapping is invalid/);
  });
});
