// The shared primitives' markup, rendered with React's server renderer: what screen readers and
// the browser tests rely on (labels tied to controls, descriptions, scopes, live regions).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  Button,
  DataTable,
  fieldBinder,
  InputField,
  MetricGlossary,
  MetricTerm,
  Problem,
  SelectField,
  Success,
  type Column,
} from '../src/components/ui';

const html = (element: React.ReactElement) => renderToStaticMarkup(element);
const attribute = (markup: string, tag: string, name: string) =>
  new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(markup)?.[1];

describe('fields', () => {
  it('tie the label to the control, and describe the control by its hint and its error', () => {
    const markup = html(<InputField label="Currency" hint="Three letters" error="Unknown" />);
    const id = attribute(markup, 'input', 'id');
    expect(id).toBeTruthy();
    expect(attribute(markup, 'label', 'for')).toBe(id);
    expect(attribute(markup, 'input', 'aria-describedby')).toBe(`${id}-hint ${id}-error`);
    expect(attribute(markup, 'input', 'aria-invalid')).toBe('true');
    expect(attribute(markup, 'span', 'id')).toBe(`${id}-hint`);
    expect(markup).toContain(`<p id="${id}-error"`);
  });

  it('are neither invalid nor described when there is nothing to say', () => {
    const markup = html(<InputField label="Name" />);
    expect(attribute(markup, 'input', 'aria-describedby')).toBeUndefined();
    expect(attribute(markup, 'input', 'aria-invalid')).toBeUndefined();
  });

  it('keep a label note inside the label, and pass the control its own props', () => {
    const markup = html(
      <SelectField label="Run name" labelNote="optional" value="b" onChange={() => {}}>
        <option value="a">A</option>
        <option value="b">B</option>
      </SelectField>,
    );
    expect(markup).toMatch(/<label[^>]*>Run name<span[^>]*> optional<\/span><\/label>/);
    expect(markup).toMatch(/<option value="b" selected="">B<\/option>/);
  });
});

describe('field binder', () => {
  it('gives a field its value and error, and sets its own key on change', () => {
    const set: [string, string][] = [];
    const bind = fieldBinder({ name: 'Ada', slug: '' }, { slug: 'Taken' }, (key, value) =>
      set.push([key, value]),
    );
    expect(bind('name')).toMatchObject({ value: 'Ada', error: undefined });
    expect(bind('slug')).toMatchObject({ value: '', error: 'Taken' });
    const markup = html(<InputField label="Address name" {...bind('slug')} />);
    expect(attribute(markup, 'input', 'aria-invalid')).toBe('true');
    bind('slug').onChange({ target: { value: 'shop' } } as React.ChangeEvent<HTMLInputElement>);
    expect(set).toEqual([['slug', 'shop']]);
  });
});

describe('buttons', () => {
  it('are disabled while pending, with a spinner and the pending label', () => {
    const pending = html(
      <Button pending pendingText="Saving…">
        Save
      </Button>,
    );
    expect(pending).toMatch(/^<button type="button"[^>]* disabled="">/);
    expect(pending).toContain('aria-hidden="true"></span>Saving…</button>');
    const idle = html(<Button type="submit">Save</Button>);
    expect(idle).toMatch(/^<button type="submit"[^>]*>Save<\/button>$/);
    expect(idle).not.toContain('disabled');
  });
});

describe('notices', () => {
  it('keep an empty alert in the page, and hide an empty success', () => {
    expect(html(<Problem>{''}</Problem>)).toMatch(/^<p class="[^"]*" role="alert"><\/p>$/);
    expect(html(<Problem quiet>Stopped</Problem>)).not.toContain('role=');
    expect(html(<Success>{''}</Success>)).toContain('hidden=""');
    expect(html(<Success>Saved</Success>)).not.toContain('hidden');
  });
});

interface Row {
  name: string;
  count: number;
}

const columns: Column<Row>[] = [
  { header: 'Name', rowHeader: true, cell: (r) => r.name, footer: 'Total' },
  { header: 'Count', numeric: true, cell: (r) => r.count, footer: 3 },
  { header: 'Actions', hideHeader: true, cell: (r) => `Edit ${r.name}` },
];
const rows: Row[] = [
  { name: 'a', count: 1 },
  { name: 'b', count: 2 },
];

describe('data tables', () => {
  it('scope headers to columns and rows, hide a header for screen readers only, and add a footer', () => {
    const markup = html(
      <DataTable caption="Things" columns={columns} rows={rows} rowKey={(r) => r.name} />,
    );
    expect(markup).toContain('<caption>Things</caption>');
    expect(markup.match(/<th scope="col"/g)).toHaveLength(3);
    expect(markup).toContain('<span class="visually-hidden">Actions</span>');
    expect(markup).toContain('<th scope="row">a</th>');
    expect(markup).toMatch(
      /<tfoot><tr><th scope="row">Total<\/th><td[^>]*>3<\/td><td><\/td><\/tr><\/tfoot>/,
    );
    expect(markup).not.toContain('data-label');
  });

  it('say `empty` across every column when there are no rows', () => {
    const markup = html(
      <DataTable columns={columns} rows={[]} rowKey={(r) => r.name} empty="Nothing yet." />,
    );
    expect(markup).toMatch(/<tbody><tr><td colSpan="3"[^>]*>Nothing yet\.<\/td><\/tr><\/tbody>/);
  });

  it('name each cell by its column in the card layout, but not the row header or hidden headers', () => {
    const markup = html(
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.name} layout="cards" />,
    );
    expect(markup.match(/data-label="Count"/g)).toHaveLength(2);
    expect(markup).not.toContain('data-label="Name"');
    expect(markup).not.toContain('data-label="Actions"');
  });

  it('make a sortable header a button and say how the rows are sorted', () => {
    const sortable: Column<Row>[] = [
      { header: 'Name', cell: (r) => r.name, sort: { direction: 'descending', onSort: () => {} } },
      { header: 'Count', cell: (r) => r.count, sort: { direction: null, onSort: () => {} } },
    ];
    const markup = html(<DataTable columns={sortable} rows={rows} rowKey={(r) => r.name} />);
    expect(markup).toMatch(
      /<th scope="col" aria-sort="descending"><button type="button"[^>]*>Name<span[^>]*aria-hidden="true">▼<\/span><\/button><\/th>/,
    );
    expect(markup).toMatch(
      /<th scope="col" aria-sort="none"><button type="button"[^>]*>Count<\/button><\/th>/,
    );
  });
});

describe('metric definitions', () => {
  it('explain a metric header on hover, and leave unknown labels as plain text', () => {
    const term = html(<MetricTerm label="nDCG@10 (exp gain)" />);
    expect(attribute(term, 'span', 'title')).toMatch(
      /^graded relevance of the top k.*Range 0 to 1 \(1 = ideal order\); higher is better\.$/,
    );
    expect(html(<MetricTerm label="Latency p50" />)).toBe('Latency p50');
  });

  it('list what each number measures, its range and direction, under a table', () => {
    const markup = html(<MetricGlossary labels={['RBO_ext (p=0.9)', 'Kendall τ', 'Latency']} />);
    expect(markup).toContain('<summary>What these numbers mean</summary>');
    expect(markup.match(/<dt>/g)).toHaveLength(2);
    expect(markup).toMatch(
      /<dt>Kendall τ<\/dt><dd>[^<]*Range −1 to 1[^<]*higher means more alike\.<\/dd>/,
    );
    expect(html(<MetricGlossary labels={['Latency']} />)).toBe('');
  });
});
