import { RULE_LIMITS } from '@shopsearch/search/limits';
import type { BoostDraft } from '~/lib/admin/boostFilter';
import { FieldRow, InputField } from '~/components/ui';
import { OptionalInputs, type DraftChange } from './OptionalInputs';

const PRICE_FIELDS = [
  ['Price from', 'priceFrom'],
  ['Price to', 'priceTo'],
] as const;

type Change = DraftChange<keyof BoostDraft>;

/** A boost's filter (any of brands, a price range, one text attribute) and its factor. */
export function BoostFields({ draft, set }: { draft: BoostDraft; set: Change }) {
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
        <InputField
          label="Attribute"
          labelNote="(optional)"
          value={draft.attribute}
          onChange={set('attribute')}
        />
        <InputField
          label="Attribute value"
          value={draft.attributeValue}
          onChange={set('attributeValue')}
        />
      </FieldRow>
    </>
  );
}
