import type { z } from 'zod';
import { authApi } from './auth';
import { calendarApi } from './calendar';
import { contingentApi } from './contingent';
import { curriculumApi } from './curriculum';
import { studentsExchangeApi } from './exchange';
import { jobsApi } from './jobs';
import { journalApi } from './journal';
import { ktpApi } from './ktp';
import { loadApi } from './load';
import { ordersApi } from './orders';
import { periodsApi } from './periods';
import { rolloverApi } from './rollover';
import { studentsApi } from './students';
import { subgroupsApi } from './subgroups';
import { setupApi } from './setup';
import { staffApi } from './staff';
import { systemApi } from './system';
import { usersApi } from './users';

/** The whole API: one zod input and output schema per method, named `module.verb`. */
export const api = { ...setupApi, ...authApi, ...usersApi, ...systemApi, ...calendarApi, ...contingentApi, ...studentsApi, ...ordersApi, ...rolloverApi, ...staffApi, ...studentsExchangeApi, ...jobsApi, ...curriculumApi, ...loadApi, ...subgroupsApi, ...journalApi, ...periodsApi, ...ktpApi };

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;
export const methods = Object.keys(api) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export * from './result';
export type { UserView } from './users';
export type { Settings } from './system';
export type { AcademicYearView } from './calendar';
export type { GroupView, SpecialtyView } from './contingent';
export type { OrderView } from './orders';
export type { StudentCard, StudentSummary } from './students';
export type { EmployeeCard, EmployeeSummary, LinkableUser } from './staff';
