// What the web app's browser code may import: no database, no Node APIs (the package's main entry
// brings both).
export { LIMITS } from './product/limits.ts';
export { maxPriceText } from './product/price.ts';
export {
  attributeSlug,
  isAttributeUnit,
  parseTypedAttributeKey,
  typedAttributeKey,
  type TypedAttribute,
} from './mapping/typedAttribute.ts';
export {
  attributeKind,
  BOOLEAN_WORDS,
  humanizeAttributeName,
  type AttributeKind,
} from './product/attributes.ts';
