import type { AcademicYearView } from '../../../src-shared/api';
import { ui } from '../../../src-shared/i18n/ui';
import { Field } from '../../ui/Field';

/** The academic year a load page shows; closed years stay readable. */
export function YearSelect(props: { years: readonly AcademicYearView[]; value: string; onChange: (yearId: string) => void }) {
  return (
    <Field label={ui.load.year}>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.years.map((y) => (
          <option key={y.id} value={y.id}>
            {y.closed ? ui.load.closedYear(y.name) : y.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
