import { listUsersWithRole } from '../auth/users';
import type { Handlers } from '../context';
import { createGroup, listGroups, updateGroup } from './groups';
import { createSpecialty, listSpecialties, updateSpecialty } from './specialties';

export const contingentHandlers: Handlers<'contingent'> = {
  'contingent.listSpecialties': (ctx) => ({ specialties: listSpecialties(ctx.journal()) }),
  'contingent.createSpecialty': (ctx, input) => ({ specialty: createSpecialty(ctx.journal(), ctx.actor().id, input) }),
  'contingent.updateSpecialty': (ctx, { specialtyId, ...input }) => ({
    specialty: updateSpecialty(ctx.journal(), ctx.actor().id, specialtyId, input),
  }),
  'contingent.listGroups': (ctx) => ({ groups: listGroups(ctx.journal()) }),
  'contingent.createGroup': (ctx, input) => ({ group: createGroup(ctx.journal(), ctx.actor().id, input) }),
  'contingent.updateGroup': (ctx, { groupId, ...input }) => ({ group: updateGroup(ctx.journal(), ctx.actor().id, groupId, input) }),
  'contingent.listCurators': (ctx) => ({
    curators: listUsersWithRole(ctx.journal(), 'curator').map((u) => ({ id: u.id, fullName: u.fullName })),
  }),
};
