import { useQuery } from '@tanstack/react-query';
import { RULE_LIMITS } from '@shopsearch/search/limits';
import { attributeKindOf, type BoostDraft } from '~/lib/admin/boostFilter';
import { useTRPC } from '~/trpc/react';
import { FieldRow, InputField, SelectField } from '~/components/ui';
import { OptionalInputs, type DraftChange } from './OptionalInputs';

const PRICE_FIELDS = [
  ['Price from', 'priceFrom'],
  ['Price to', 'priceTo'],
] as const;
const RANGE_FIELDS = [
  ['From', 'attributeFrom'],
  ['To', 'attributeTo'],
] as const;

type Change = DraftChange<keyof BoostDraft>;

/**
 * A boost's filter (any of brands, a price range, one attribute) and its factor. The attribute is
 * picked from the store's (typing a rarer one works too); its value fields follow its kind.
 */
export function BoostFields({
  store,
  draft,
  set,
}: {
  store: string;
  draft: BoostDraft;
  set: Change;
}) {
  const trpc = useTRPC();
  const attributes = useQuery(trpc.searchSettings.attributes.queryOptions({ store })).data ?? [];
  const pickAttribute = (e: { target: { value: string } }) => {
    set('attribute')(e);
    const kind = attributeKindOf(e.target.value, attributes);
    if (kind === draft.attributeKind) return;
    set('attributeKind')({ target: { value: kind } });
    for (const key of ['attributeValue', 'attributeFrom', 'attributeTo'] as const)
      set(key)({ target: { value: '' } });
  };
  return (
    <>
      <FieldRow>
        <InputField
          label="Factor"
          type="number"
          min={RULE_LIMITS.minFactor}
          max={RULE_LIMITS.maxFactor}
          step="0.1"
          value={draft.factor}
          onChange={set('factor')}
          hint="Above 1 boosts (2 lifts matching products level with the first), below 1 buries."
        />
        <InputField
          label="Brands"
          labelNote="(comma-separated)"
          value={draft.brands}
          onChange={set('brands')}
          grow
        />
      </FieldRow>
      <FieldRow>
        <OptionalInputs fields={PRICE_FIELDS} values={draft} set={set} type="number" min={0} />
      </FieldRow>
      <FieldRow>
        <InputField
          label="Attribute"
          labelNote="(optional)"
          list="boost-attributes"
          value={draft.attribute}
          onChange={pickAttribute}
          grow
        />
        <datalist id="boost-attributes">
          {attributes.map((a) => (
            <option key={a.name} value={a.name}>
              {`${a.label} (${a.kind}, ${a.products} products)`}
            </option>
          ))}
        </datalist>
        {draft.attribute.trim() !== '' && <AttributeValueFields draft={draft} set={set} />}
      </FieldRow>
    </>
  );
}

function AttributeValueFields({ draft, set }: { draft: BoostDraft; set: Change }) {
  switch (draft.attributeKind) {
    case 'numeric':
      return <OptionalInputs fields={RANGE_FIELDS} values={draft} set={set} type="number" />;
    case 'boolean':
      return (
        <SelectField
          label="Attribute value"
          value={draft.attributeValue || 'true'}
          onChange={set('attributeValue')}
        >
          <option value="true">yes</option>
          <option value="false">no</option>
        </SelectField>
      );
    case 'text':
      return (
        <InputField
          label="Attribute values"
          labelNote="(comma-separated)"
          value={draft.attributeValue}
          onChange={set('attributeValue')}
        />
      );
  }
}
