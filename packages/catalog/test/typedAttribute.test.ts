// Typed attributes: keys that carry their type and unit, and cells read as that type.
import { describe, expect, it } from 'vitest';
import {
  humanizeAttributeName,
  parseTypedAttributeKey,
  readTypedValue,
  resolveColumnMapping,
  typedAttributeKey,
} from '../src/index.ts';
import { tabularRecordToDraft } from '../src/mapping/tabularRecord.ts';

describe('typed attribute keys', () => {
  it('builds Icecat-style keys from a name, a type and a unit, and reads them back', () => {
    expect(typedAttributeKey('Colour', 'text')).toBe('attr_t_colour');
    expect(typedAttributeKey('Screen size', 'numeric', 'in')).toBe('attr_n_screen_size__in_');
    expect(typedAttributeKey('Waterproof?', 'boolean', 'kg')).toBe('attr_b_waterproof');
    expect(typedAttributeKey('!!', 'text')).toBeUndefined();
    expect(typedAttributeKey('Weight', 'numeric', '12 kg')).toBe('attr_n_weight');
    expect(parseTypedAttributeKey('attr_n_weight__kg_')).toEqual({
      base: 'attr_n_weight',
      kind: 'numeric',
      unit: 'kg',
    });
    expect(parseTypedAttributeKey('attr_b_wi_fi')).toEqual({
      base: 'attr_b_wi_fi',
      kind: 'boolean',
    });
    expect(parseTypedAttributeKey('attr.colour')).toBeUndefined();
    expect(humanizeAttributeName('attr_n_weight__kg_')).toBe('Weight (kg)');
  });
});

describe('typed values', () => {
  const weightKg = parseTypedAttributeKey('attr_n_weight__kg_')!;
  const weight = parseTypedAttributeKey('attr_n_weight')!;
  const yesNo = parseTypedAttributeKey('attr_b_waterproof')!;

  it('reads numbers with or without the unit, and takes a unit from the cell', () => {
    expect(readTypedValue('1.5', weightKg)).toEqual({
      ok: true,
      key: 'attr_n_weight__kg_',
      value: 1.5,
    });
    expect(readTypedValue(' 2 KG ', weightKg)).toEqual({
      ok: true,
      key: 'attr_n_weight__kg_',
      value: 2,
    });
    expect(readTypedValue(0.5, weightKg)).toEqual({
      ok: true,
      key: 'attr_n_weight__kg_',
      value: 0.5,
    });
    expect(readTypedValue('12 cm', weight)).toEqual({
      ok: true,
      key: 'attr_n_weight__cm_',
      value: 12,
    });
    expect(readTypedValue('12', weight)).toEqual({ ok: true, key: 'attr_n_weight', value: 12 });
  });

  it('refuses another unit, words and separators with the reason', () => {
    expect(readTypedValue('3 lb', weightKg)).toEqual({
      ok: false,
      reason: 'must be a number in kg like "12" or "12 kg" (got "3 lb")',
    });
    expect(readTypedValue('heavy', weight)).toMatchObject({ ok: false });
    expect(readTypedValue('1,5 kg', weightKg)).toMatchObject({ ok: false });
  });

  it('reads yes/no in the documented words and refuses others', () => {
    for (const word of ['yes', 'Y', 'TRUE', '1']) {
      expect(readTypedValue(word, yesNo)).toMatchObject({ ok: true, value: true });
    }
    for (const word of ['no', 'N', 'false', '0']) {
      expect(readTypedValue(word, yesNo)).toMatchObject({ ok: true, value: false });
    }
    expect(readTypedValue('maybe', yesNo)).toEqual({
      ok: false,
      reason: 'must be yes or no (one of yes, y, true, 1, no, n, false, 0; got "maybe")',
    });
  });

  it('turns a bad cell into a row issue naming the column', () => {
    const mapping = resolveColumnMapping({
      attr_n_weight__kg_: 'Weight',
      attr_b_waterproof: 'Dry',
    });
    const { draft, issues } = tabularRecordToDraft(
      { id: 'A', title: 'T', Weight: 'lots', Dry: 'yes' },
      mapping,
    );
    expect(issues).toEqual([
      { field: 'Weight', reason: 'must be a number in kg like "12" or "12 kg" (got "lots")' },
    ]);
    expect(draft.attributes).toEqual({ attr_b_waterproof: true });
  });
});
