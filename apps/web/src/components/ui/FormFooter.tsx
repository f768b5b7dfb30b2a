import type { ReactNode } from 'react';
import { Button } from './Button';
import { Problem, Success } from './Notice';
import { Actions } from './Page';

/**
 * The end of a form: the refusal no field carries, what the last submit did, and the submit
 * button (disabled with a spinner while `pending`), with any other buttons after it.
 */
export function FormFooter({
  problem,
  notice,
  submit,
  pending,
  pendingText,
  disabled,
  children,
}: {
  /** Left out where every refusal is shown beside its field. */
  problem?: ReactNode;
  notice?: ReactNode;
  submit: string;
  pending: boolean;
  pendingText?: string;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      {problem !== undefined && <Problem>{problem}</Problem>}
      {notice !== undefined && <Success>{notice}</Success>}
      <Actions>
        <Button type="submit" pending={pending} pendingText={pendingText} disabled={disabled}>
          {submit}
        </Button>
        {children}
      </Actions>
    </>
  );
}
