import type { Handlers } from '../context';
import { createEmployee, employeeCard, listEmployees, updateEmployee } from './employees';
import { listLinkableUsers } from './links';

export const staffHandlers: Handlers<'staff'> = {
  'staff.list': (ctx, input) => ({ employees: listEmployees(ctx.journal(), input) }),
  'staff.get': (ctx, input) => ({ employee: employeeCard(ctx.journal(), input.employeeId) }),
  'staff.create': (ctx, input) => ({ employee: createEmployee(ctx.journal(), ctx.actor().id, input) }),
  'staff.update': (ctx, { employeeId, ...input }) => ({ employee: updateEmployee(ctx.journal(), ctx.actor().id, employeeId, input) }),
  'staff.listLinkableUsers': (ctx) => ({ users: listLinkableUsers(ctx.journal()) }),
};
