import type { Handlers } from '../context';
import { createDiscipline, listDisciplines, updateDiscipline } from './disciplines';
import { importPlanXlsx } from './plan-import';
import { copyPlan, createPlan, listPlans, planDetail, savePlanItems } from './plans';

export const curriculumHandlers: Handlers<'curriculum'> = {
  'curriculum.listDisciplines': (ctx) => ({ disciplines: listDisciplines(ctx.journal()) }),
  'curriculum.createDiscipline': (ctx, input) => ({ discipline: createDiscipline(ctx.journal(), ctx.actor().id, input) }),
  'curriculum.updateDiscipline': (ctx, { disciplineId, ...input }) => ({
    discipline: updateDiscipline(ctx.journal(), ctx.actor().id, disciplineId, input),
  }),
  'curriculum.listPlans': (ctx, input) => ({ plans: listPlans(ctx.journal(), input.specialtyId) }),
  'curriculum.getPlan': (ctx, input) => planDetail(ctx.journal(), input.planId),
  'curriculum.createPlan': (ctx, input) => createPlan(ctx.journal(), ctx.actor().id, input),
  'curriculum.savePlanItems': (ctx, input) => savePlanItems(ctx.journal(), ctx.actor().id, input.planId, input.items),
  'curriculum.copyPlan': (ctx, input) => copyPlan(ctx.journal(), ctx.actor().id, input),
  'curriculum.importPlanXlsx': (ctx, input) => importPlanXlsx(ctx.journal(), ctx.actor().id, input),
};
