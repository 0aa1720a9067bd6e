import { z } from 'zod';

/**
 * ОП/ОГСЭ/ЕН/ОУД… общепрофессиональные и общие дисциплины (general), МДК (mdk), ПМ (module), УП (training practice),
 * ПП (work practice).
 */
export const disciplineKinds = ['general', 'mdk', 'module', 'training_practice', 'work_practice'] as const;
export const disciplineKindSchema = z.enum(disciplineKinds);
export type DisciplineKind = z.infer<typeof disciplineKindSchema>;

/** Экзамен, зачёт, дифференцированный зачёт, другая форма контроля, без аттестации в этом семестре. */
export const attestationForms = ['exam', 'pass', 'graded_pass', 'other', 'none'] as const;
export const attestationFormSchema = z.enum(attestationForms);
export type AttestationForm = z.infer<typeof attestationFormSchema>;

/** Kinds that sit inside a professional module: an МДК and the module's practices name it as their parent. */
export const kindsWithParent: ReadonlySet<DisciplineKind> = new Set(['mdk', 'training_practice', 'work_practice']);

/**
 * A discipline index as plans write it: capital Russian letters, then one to three numbered parts after dots
 * (ОП.01, ОГСЭ.03, ЕН.01, ОУД.05, МДК.01.01, ПМ.01, УП.01, ПП.01.01).
 */
export const disciplineCodePattern = /^[А-ЯЁ]{1,6}(?:\.\d{1,3}){1,3}$/u;

/** The prefixes that say what a discipline is; others (ОП, ОГСЭ, ЕН, ОУД, СГ…) leave the kind to the office. */
const kindByPrefix: Record<string, DisciplineKind> = {
  МДК: 'mdk',
  ПМ: 'module',
  УП: 'training_practice',
  ПП: 'work_practice',
};

/** The letters before the first dot: «МДК» of «МДК.01.01». */
export function codePrefix(code: string): string {
  return code.split('.', 1)[0] ?? '';
}

/** The kind a code's prefix fixes, or null when the prefix leaves it open. */
export function kindOfCode(code: string): DisciplineKind | null {
  return kindByPrefix[codePrefix(code)] ?? null;
}

/**
 * The module a code belongs to by its number: МДК.01.02, УП.01 and ПП.01.01 belong to ПМ.01. Null for a code
 * without a module number.
 */
export function moduleCodeOf(code: string): string | null {
  const number = code.split('.')[1];
  return number ? `ПМ.${number}` : null;
}
