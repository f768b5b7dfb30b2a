import { describe, expect, it } from 'vitest';
import { attributeKind, humanizeAttributeName } from '../src/index.ts';
import { parseAttributeValue } from '../src/product/attributes.ts';

describe('attribute names and kinds', () => {
  it('humanises Icecat names, including their parenthesised parts', () => {
    expect(humanizeAttributeName('attr_t_product_colour')).toBe('Product colour');
    expect(humanizeAttributeName('attr_n_weight')).toBe('Weight');
    expect(humanizeAttributeName('attr_t_contrast_ratio__typical_')).toBe(
      'Contrast ratio (typical)',
    );
    expect(humanizeAttributeName('attr_n_ethernet_lan__rj_45__ports')).toBe(
      'Ethernet lan (rj 45) ports',
    );
    expect(humanizeAttributeName('screen_size')).toBe('Screen size');
    expect(humanizeAttributeName('Colour')).toBe('Colour');
  });

  it('reads the kind from an Icecat prefix, else from the value', () => {
    expect(attributeKind('attr_t_product_colour')).toBe('text');
    expect(attributeKind('attr_n_weight')).toBe('numeric');
    expect(attributeKind('attr_b_rohs_compliance')).toBe('boolean');
    expect(attributeKind('keys', 79)).toBe('numeric');
    expect(attributeKind('bluetooth', true)).toBe('boolean');
    expect(attributeKind('colour', 'Black')).toBe('text');
    expect(attributeKind('colour')).toBe('text');
  });

  it('parses cell text as the declared kind', () => {
    expect(parseAttributeValue('41.5', 'numeric')).toEqual({ ok: true, value: 41.5 });
    expect(parseAttributeValue('Yes', 'boolean')).toEqual({ ok: true, value: true });
    expect(parseAttributeValue('0', 'boolean')).toEqual({ ok: true, value: false });
    expect(parseAttributeValue(12, 'text')).toEqual({ ok: true, value: '12' });
    expect(parseAttributeValue('heavy', 'numeric')).toEqual({
      ok: false,
      reason: 'must be a number (got "heavy")',
    });
    expect(parseAttributeValue('maybe', 'boolean')).toMatchObject({ ok: false });
  });
});
