import { useId, type ComponentProps, type HTMLAttributes, type ReactNode, type Ref } from 'react';
import { classNames } from './classNames';
import styles from './Page.module.css';

/** The page's one h1, and the sentence or two under it that say what the page is for. */
export function PageHeader({
  title,
  id,
  children,
}: {
  title: ReactNode;
  /** For a block labelled by the heading. */
  id?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <h1 id={id} className={styles.pageHeading}>
        {title}
      </h1>
      {children && <p className={styles.lead}>{children}</p>}
    </>
  );
}

interface HeadingProps {
  title: ReactNode;
  /** The heading's id (one is made up when not given); the section is labelled by it. */
  headingId?: string;
  /** For moving focus to the heading (it is then focusable from script, not by Tab). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A section's h2 outside a panel (a section that is not a box). */
export function SectionHeading({ id, title, headingRef }: HeadingProps & { id: string }) {
  return (
    <h2
      id={id}
      ref={headingRef}
      tabIndex={headingRef ? -1 : undefined}
      className={styles.sectionHeading}
    >
      {title}
    </h2>
  );
}

/** A panel (`section` or `form`) with an h2 that labels it, so that it is a landmark. */
function labelledPanel<Tag extends 'section' | 'form'>(tag: Tag) {
  return function LabelledPanel({
    title,
    headingId,
    headingRef,
    className,
    children,
    ...props
  }: HeadingProps & Omit<ComponentProps<Tag>, 'title'>) {
    const made = useId();
    const id = headingId ?? made;
    const Panel = tag as 'section';
    return (
      <Panel
        className={classNames(styles.panel, className)}
        aria-labelledby={id}
        {...(props as ComponentProps<'section'>)}
      >
        <SectionHeading id={id} title={title} headingRef={headingRef} />
        {children}
      </Panel>
    );
  };
}

/** A panel with an h2, labelled by it (a region landmark). */
export const Section = labelledPanel('section');

/** A form as a panel with an h2, labelled by it (a form landmark). */
export const FormSection = labelledPanel('form');

/** A panel without a heading: a message in a box, or a block that names itself (aria-label). */
export function Panel({
  as: Tag = 'div',
  className,
  ...props
}: { as?: 'div' | 'p' | 'section' | 'form' } & HTMLAttributes<HTMLElement>) {
  return <Tag className={classNames(styles.panel, className)} {...props} />;
}

/** A row of buttons and links, wrapping on narrow screens. */
export function Actions({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={classNames(styles.actions, className)}>{children}</div>;
}

/** Two columns side by side on wide screens, one under the other on narrow ones. */
export function Columns({ children }: { children: ReactNode }) {
  return <div className={styles.columns}>{children}</div>;
}

/** A smaller, quieter paragraph: an explanation under a control or a table. */
export function Note({ className, ...props }: ComponentProps<'p'>) {
  return <p className={classNames(styles.note, className)} {...props} />;
}

/** Quieter text: "Loading…", "No runs yet.", a count beside a name. */
export function Muted({ as: Tag = 'p', children }: { as?: 'p' | 'span'; children: ReactNode }) {
  return <Tag className={styles.muted}>{children}</Tag>;
}
