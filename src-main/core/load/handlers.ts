import type { Handlers } from '../context';
import { exportTariffing } from './export-tariffing';
import { groupLoad, unassignedHours } from './group-load';
import { createLine, deleteLine, updateLine } from './lines';
import { myLoad, viewableLine } from './my-load';
import { addSubstitution, removeSubstitution } from './substitutions';
import { tariffing } from './tariffing';
import { changeTeacher, listTeachers } from './teachers';

export const loadHandlers: Handlers<'load'> = {
  'load.listTeachers': (ctx) => ({ teachers: listTeachers(ctx.journal()) }),
  'load.createLine': (ctx, input) => ({ line: createLine(ctx.journal(), ctx.actor().id, input) }),
  'load.updateLine': (ctx, input) => ({ line: updateLine(ctx.journal(), ctx.actor().id, input) }),
  'load.deleteLine': (ctx, input) => ({ lineId: deleteLine(ctx.journal(), ctx.actor().id, input.lineId) }),
  'load.getLine': (ctx, input) => viewableLine(ctx.journal(), ctx.actor(), input.lineId),
  'load.listGroupLoad': (ctx, input) => groupLoad(ctx.journal(), input.groupId, input.yearId),
  'load.unassigned': (ctx, input) => unassignedHours(ctx.journal(), input.yearId),
  'load.tariffing': (ctx, input) => {
    const { teachers, total } = tariffing(ctx.journal(), input.yearId);
    return { teachers, total };
  },
  'load.exportTariffing': (ctx, input) => exportTariffing(ctx.journal(), input.yearId),
  'load.changeTeacher': (ctx, input) => changeTeacher(ctx.journal(), ctx.actor().id, input.lineId, input.teacherId, input.fromDate),
  'load.addSubstitution': (ctx, input) => addSubstitution(ctx.journal(), ctx.actor().id, input),
  'load.removeSubstitution': (ctx, input) => removeSubstitution(ctx.journal(), ctx.actor().id, input.substitutionId),
  'load.myLoad': (ctx, input) => myLoad(ctx.journal(), ctx.actor(), input.yearId),
};
