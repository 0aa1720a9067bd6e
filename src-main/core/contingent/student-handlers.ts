import type { studentsApi } from '../../../src-shared/api/students';
import type { Handlers, HandlersFor } from '../context';
import { effectView } from './order-history';
import { applyOrder, cancelOrder, listOrders, planOrder } from './orders';
import { createStudent, listStudents, updateStudent, viewableStudentCard } from './students';

export const studentsHandlers: HandlersFor<typeof studentsApi> = {
  'students.list': (ctx, input) => ({ students: listStudents(ctx.journal(), ctx.actor(), input) }),
  'students.get': (ctx, input) => ({ student: viewableStudentCard(ctx.journal(), ctx.actor(), input.studentId) }),
  'students.create': (ctx, input) => ({ student: createStudent(ctx.journal(), ctx.actor().id, input) }),
  'students.update': (ctx, { studentId, ...input }) => ({ student: updateStudent(ctx.journal(), ctx.actor().id, studentId, input) }),
};

export const ordersHandlers: Handlers<'orders'> = {
  'orders.list': (ctx) => ({ orders: listOrders(ctx.journal()) }),
  'orders.preview': (ctx, input) => ({ effects: planOrder(ctx.journal(), input).effects.map(effectView) }),
  'orders.apply': (ctx, input) => ({ order: applyOrder(ctx.journal(), ctx.actor().id, input) }),
  'orders.cancel': (ctx, input) => ({ order: cancelOrder(ctx.journal(), ctx.actor().id, input.orderId, input.reason) }),
};
