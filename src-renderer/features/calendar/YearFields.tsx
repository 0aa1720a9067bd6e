import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { yearInput } from '../../../src-shared/api/calendar';
import { periodKinds, suggestPeriods, type PeriodKind } from '../../../src-shared/domain/calendar';
import { periodKindLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { Field, Options, TextField } from '../../ui/Field';

export type YearForm = UseFormReturn<z.input<typeof yearInput>, unknown, z.output<typeof yearInput>>;

/** Every field the editor shows, so the core's verdict lands under the field it concerns. */
export const yearFieldNames = ['name', 'startDate', 'endDate', 'periodKind', 'periods'] as const;

const y = ui.years;

/** An academic year's name, dates, division and periods: the year dialog and the rollover's next year edit it alike. */
export function YearFields(props: { form: YearForm; autoFocus?: boolean }) {
  const { form } = props;
  const periods = useFieldArray({ control: form.control, name: 'periods' });
  const { errors } = form.formState;

  // Only a suggestion from the dates and the division; the core checks the periods finally sent.
  const fillDefaults = () => {
    const { periodKind, startDate, endDate } = form.getValues();
    periods.replace(suggestPeriods(periodKind as PeriodKind, startDate, endDate));
  };

  return (
    <>
      <TextField label={y.name} error={errors.name?.message} hint={y.nameHint} inputProps={{ autoFocus: props.autoFocus, ...form.register('name') }} />
      <div className="row">
        <TextField label={y.startDate} error={errors.startDate?.message} inputProps={{ type: 'date', ...form.register('startDate') }} />
        <TextField label={y.endDate} error={errors.endDate?.message} inputProps={{ type: 'date', ...form.register('endDate') }} />
      </div>
      <Field label={y.periodKind} error={errors.periodKind?.message}>
        <select {...form.register('periodKind')}>
          <Options values={periodKinds} labels={periodKindLabels} />
        </select>
      </Field>
      <fieldset className="fieldset">
        <legend>{y.periods}</legend>
        {errors.periods?.message ? (
          <span className="field__error" role="alert">
            {errors.periods.message}
          </span>
        ) : null}
        {periods.fields.map((field, index) => (
          <div key={field.id} className="row row--tight">
            <TextField label={y.periodName} error={errors.periods?.[index]?.name?.message} inputProps={form.register(`periods.${index}.name`)} />
            <TextField label={y.startDate} error={errors.periods?.[index]?.startDate?.message} inputProps={{ type: 'date', ...form.register(`periods.${index}.startDate`) }} />
            <TextField label={y.endDate} error={errors.periods?.[index]?.endDate?.message} inputProps={{ type: 'date', ...form.register(`periods.${index}.endDate`) }} />
            <button type="button" className="button button--small" onClick={() => periods.remove(index)}>
              {y.removePeriod}
            </button>
          </div>
        ))}
        <div className="row">
          <button type="button" className="button button--small" onClick={() => periods.append({ name: '', startDate: '', endDate: '' })}>
            {y.addPeriod}
          </button>
          <button type="button" className="button button--small" onClick={fillDefaults}>
            {y.suggest}
          </button>
        </div>
      </fieldset>
    </>
  );
}
