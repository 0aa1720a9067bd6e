import { z } from 'zod';

export const roles = ['admin', 'director', 'office', 'hr', 'teacher', 'curator', 'technician'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
