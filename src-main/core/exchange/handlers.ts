import type { studentsExchangeApi } from '../../../src-shared/api/exchange';
import { checkEffectiveDateOpen, checkOrderNumberFree } from '../contingent/orders';
import type { HandlersFor } from '../context';
import { importStudents } from './commit';
import { exportContingent, exportGroup } from './export-xlsx';
import { previewImport } from './preview';

export const exchangeHandlers: HandlersFor<typeof studentsExchangeApi> = {
  'students.importPreview': (ctx, input) => previewImport(ctx.journal(), input),
  'students.importStart': (ctx, input) => {
    const j = ctx.journal();
    const actorId = ctx.actor().id;
    // The order's own problems are told at once, not after the whole file has been read; the write checks again.
    checkOrderNumberFree(j, input.order.number, input.order.date, 'order.number');
    checkEffectiveDateOpen(j, input.order.effectiveDate, 'order.effectiveDate');
    return { jobId: ctx.core.jobs.start(ctx.token ?? '', (progress) => importStudents(j, actorId, input, progress)) };
  },
  'students.exportGroup': (ctx, input) => exportGroup(ctx.journal(), ctx.actor(), input.groupId),
  'students.exportContingent': (ctx) => exportContingent(ctx.journal(), ctx.actor()),
};
