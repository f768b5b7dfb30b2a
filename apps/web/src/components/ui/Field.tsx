import { createElement, useId, type ComponentProps, type ReactNode } from 'react';
import { classNames } from './classNames';
import styles from './Field.module.css';

/** What a labelled control needs: its id, and the hint and error it is described by. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** What every field shows around its control. */
export interface FieldFrameProps {
  label: ReactNode;
  /** A short qualifier beside the label, read as part of it ("optional"). */
  labelNote?: ReactNode;
  /** Guidance below the control, read as its description. */
  hint?: ReactNode;
  /** What is wrong with the value (the API's field error or the form's own check). */
  error?: string | undefined;
  /** Take the free width of the row. */
  grow?: boolean;
  className?: string;
}

/**
 * A label, its control, an optional hint, and the field's error right below it. The label is tied
 * to the control by id rather than by nesting (a select nested in its label would take its chosen
 * option into the label's text); the control is described by the hint and the error, and marked
 * aria-invalid while there is an error.
 */
export function Field({
  label,
  labelNote,
  hint,
  error,
  grow = false,
  className,
  children,
}: FieldFrameProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = classNames(hintId, errorId) || undefined;
  return (
    <div className={classNames(styles.field, grow && styles.grow, className)}>
      <label htmlFor={id}>
        {label}
        {labelNote && <span className={styles.hint}> {labelNote}</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}

type OwnProps<E extends 'input' | 'select' | 'textarea'> = Omit<ComponentProps<E>, 'id'> & {
  controlClassName?: string;
};

/**
 * A field whose control is the element `tag`: it gets the ids, the class `look` plus
 * `controlClassName`, and the rest of the props (the control's own).
 */
function TagField<E extends 'input' | 'select' | 'textarea'>({
  tag,
  look,
  props,
}: {
  tag: E;
  look: string | undefined;
  props: FieldFrameProps & OwnProps<E>;
}) {
  const { label, labelNote, hint, error, grow, className, controlClassName, ...control } = props;
  return (
    <Field {...{ label, labelNote, hint, error, grow, className }}>
      {(ids) =>
        createElement(tag, { ...ids, className: classNames(look, controlClassName), ...control })
      }
    </Field>
  );
}

/** A labelled input (text, email, password, search, date, file…). */
export function InputField(props: FieldFrameProps & OwnProps<'input'>) {
  const look = props.type === 'file' ? styles.file : styles.input;
  return <TagField tag="input" look={look} props={props} />;
}

/** A labelled select; its options are the children. */
export function SelectField(props: FieldFrameProps & OwnProps<'select'>) {
  return <TagField tag="select" look={styles.select} props={props} />;
}

/** One option per entry of a value → label record (a select's choices), in the record's order. */
export function LabelOptions({ labels }: { labels: Readonly<Record<string, string>> }) {
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** A labelled text area. */
export function TextAreaField(props: FieldFrameProps & OwnProps<'textarea'>) {
  return <TagField tag="textarea" look={styles.textarea} props={props} />;
}

/** Fields side by side, wrapping on narrow screens; `alignEnd` when the row ends in a button. */
export function FieldRow({
  alignEnd = false,
  className,
  children,
}: {
  alignEnd?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={classNames(styles.row, alignEnd && styles.alignEnd, className)}>{children}</div>
  );
}

/** A group of fields under a legend. */
export function Fieldset({
  legend,
  className,
  children,
}: {
  legend: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={classNames(styles.fieldset, className)}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A checkbox or radio button with its label beside it. */
export function Choice({
  label,
  className,
  ...input
}: Omit<ComponentProps<'input'>, 'children'> & {
  type: 'checkbox' | 'radio';
  label: ReactNode;
}) {
  return (
    <label className={classNames(styles.choice, className)}>
      <input {...input} />
      <span>{label}</span>
    </label>
  );
}

/** Small muted text inside a label or a header ("(shared items)"). */
export function Hint({ children }: { children: ReactNode }) {
  return <span className={styles.hint}>{children}</span>;
}
