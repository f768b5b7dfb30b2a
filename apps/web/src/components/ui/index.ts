// The web app's shared building blocks for the admin and the analyst workbench (and the
// storefront where they fit); see the README's "UI primitives".
export { Button, buttonClass, Spinner, type ButtonSize, type ButtonVariant } from './Button';
export { classNames } from './classNames';
export { DataTable, type Column, type RowAttributes } from './DataTable';
export { ConfirmDialog, Dialog } from './Dialog';
export {
  Choice,
  Field,
  FieldRow,
  Fieldset,
  Hint,
  InputField,
  LabelOptions,
  SelectField,
  TextAreaField,
  type ControlProps,
  type FieldFrameProps,
} from './Field';
export { MetricGlossary, MetricTerm, rangeSentence } from './MetricGlossary';
export { fieldBinder } from './fieldBinder';
export { FailureNotice, Problem, Success } from './Notice';
export { FormFooter } from './FormFooter';
export { NumberField } from './NumberField';
export {
  Actions,
  Columns,
  FormSection,
  Muted,
  Note,
  PageHeader,
  Panel,
  Section,
  SectionHeading,
} from './Page';
