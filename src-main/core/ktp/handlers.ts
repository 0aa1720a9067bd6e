import type { Handlers } from '../context';
import { editableKtpLine } from './access';
import { copyKtp, saveKtp } from './commands';
import { exportKtpXlsx, importKtpXlsx } from './exchange';
import { copyCandidates, listKtp } from './view';

export const ktpHandlers: Handlers<'ktp'> = {
  'ktp.list': (ctx, input) => listKtp(ctx.journal(), ctx.actor(), input.lineId),
  'ktp.save': (ctx, input) => saveKtp(ctx.journal(), ctx.actor(), input.lineId, input.topics),
  'ktp.copyFrom': (ctx, input) => copyKtp(ctx.journal(), ctx.actor(), input),
  // Only the one who may change the plan is offered sources to copy from.
  'ktp.candidates': (ctx, input) => ({ lines: copyCandidates(ctx.journal(), editableKtpLine(ctx.journal(), ctx.actor(), input.lineId)) }),
  'ktp.exportXlsx': (ctx, input) => exportKtpXlsx(ctx.journal(), ctx.actor(), input.lineId),
  'ktp.importXlsx': (ctx, input) => importKtpXlsx(ctx.journal(), ctx.actor(), input),
};
