import type { Credit } from '@/lib/about/credits';

/** Props of {@link CreditTable}. */
export interface CreditTableProps {
  /** Sources to credit, each with its licence and what it is used for. */
  credits: Credit[];
  /** Accessible caption of the table. */
  caption: string;
}

/** A table of credited sources and their licences (options page, About). */
export function CreditTable({ credits, caption }: CreditTableProps) {
  return (
    <table>
      <caption class="fc-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Licence</th>
          <th scope="col">Used for</th>
        </tr>
      </thead>
      <tbody>
        {credits.map((c) => (
          <tr key={c.name}>
            <td>
              {c.url ? (
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {c.name}
                </a>
              ) : (
                c.name
              )}
            </td>
            <td>{c.licence}</td>
            <td>{c.use}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
