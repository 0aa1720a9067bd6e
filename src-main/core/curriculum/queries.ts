import { and, asc, eq } from 'drizzle-orm';
import type { Journal } from '../journal';
import { oneRowPerCell } from './plan-items';
import { disciplines, planItems, studyPlans } from './schema';

export type DisciplineRow = typeof disciplines.$inferSelect;
export type PlanItemRow = typeof planItems.$inferSelect;

export function findDiscipline(j: Journal, id: string): DisciplineRow | undefined {
  return j.orm.select().from(disciplines).where(and(eq(disciplines.id, id), eq(disciplines.deleted, 0))).get();
}

/** What the plan of a specialty and admission year requires in one semester (counted from admission). */
export function planItemsFor(j: Journal, specialtyId: string, admissionYear: number, semester: number): PlanItemRow[] {
  // Two offices apart may each create the plan: every replica takes the older one.
  const plan = j.orm
    .select({ id: studyPlans.id })
    .from(studyPlans)
    .where(and(eq(studyPlans.specialtyId, specialtyId), eq(studyPlans.admissionYear, admissionYear), eq(studyPlans.deleted, 0)))
    .orderBy(asc(studyPlans.createdAt), asc(studyPlans.id))
    .get();
  if (!plan) return [];
  return oneRowPerCell(
    j.orm
      .select()
      .from(planItems)
      .where(and(eq(planItems.planId, plan.id), eq(planItems.semester, semester), eq(planItems.deleted, 0)))
      .all(),
  );
}
