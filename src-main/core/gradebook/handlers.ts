import type { Handlers } from '../context';
import { setAbsenceReason, setCells } from './cells';
import { listDebts, setFinal } from './finals';
import { deleteLesson, saveLesson } from './lessons';
import { journalLines } from './lines';
import { journalPage } from './page';

export const gradebookHandlers: Handlers<'journal'> = {
  'journal.lines': (ctx, input) => journalLines(ctx.journal(), ctx.actor(), input.yearId, input.groupId),
  'journal.page': (ctx, input) => journalPage(ctx.journal(), ctx.actor(), input.lineId),
  'journal.saveLesson': (ctx, input) => saveLesson(ctx.journal(), ctx.actor(), input),
  'journal.deleteLesson': (ctx, input) => ({ lessonId: deleteLesson(ctx.journal(), ctx.actor(), input.lessonId, input.reason) }),
  'journal.setCell': (ctx, input) => {
    const { lessonId, reason, ...entry } = input;
    return setCells(ctx.journal(), ctx.actor(), lessonId, [entry], reason, true)[0]!;
  },
  'journal.setCells': (ctx, input) => ({ cells: setCells(ctx.journal(), ctx.actor(), input.lessonId, input.entries, input.reason) }),
  'journal.setAbsenceReason': (ctx, input) => setAbsenceReason(ctx.journal(), ctx.actor(), input),
  'journal.setFinal': (ctx, input) => setFinal(ctx.journal(), ctx.actor(), input),
  'journal.debts': (ctx, input) => ({ debts: listDebts(ctx.journal(), ctx.actor(), input.groupId, input.yearId) }),
};
