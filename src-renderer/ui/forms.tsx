import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ui } from '../../src-shared/i18n/ui';

/** A form validated by a schema from the shared contract, so the UI and the core judge input alike. */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  // zodResolver's overloads cannot see through a generic schema; the types are the schema's own.
  const resolver = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  return useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues });
}

export function SubmitButton(props: { busy: boolean; label: string; busyLabel?: string }) {
  return (
    <button type="submit" className="button button--primary" disabled={props.busy}>
      {props.busy ? (props.busyLabel ?? ui.common.saving) : props.label}
    </button>
  );
}

/** Cancel and submit at the foot of a dialog's form. */
export function DialogButtons(props: { busy: boolean; submitLabel: string; onClose: () => void }) {
  return (
    <div className="row row--end">
      <button type="button" className="button" onClick={props.onClose}>
        {ui.common.cancel}
      </button>
      <SubmitButton busy={props.busy} label={props.submitLabel} />
    </div>
  );
}
