'use client';
import { useState, type FormEvent } from 'react';
import { Button, FieldRow, InputField } from '~/components/ui';

/** Finds products by words of the title or brand, part of the SKU, or the start of the id. */
export function ProductSearchForm({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (query: string) => void;
}) {
  const [text, setText] = useState(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" onSubmit={onSubmit}>
      <FieldRow alignEnd>
        <InputField
          label="Find products"
          grow
          type="search"
          placeholder="Id, SKU, title or brand"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit">Search</Button>
      </FieldRow>
    </form>
  );
}
