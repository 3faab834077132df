import type { Header } from '../../decode/types';
import type { DetailsWords } from '../../i18n/details-messages';

/** Headers as a name / value table (already masked by the caller). */
export function HeaderTable({ headers, t, class: extra }: { headers: Header[]; t: DetailsWords; class?: string }) {
  if (headers.length === 0) return <p class="muted">{t.noHeaders}</p>;
  return (
    <table class={extra ? `kv ${extra}` : 'kv'}>
      <tbody>
        {headers.map((h) => (
          <tr>
            <th scope="row">{h.name}</th>
            <td>{h.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
