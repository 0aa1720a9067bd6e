import { insertUser } from '../auth/users';
import { hashPassword } from '../auth/passwords';
import type { Journal } from '../journal';
import { generateDemoCollege, type DemoCollege, type DemoSize } from './generator';

/** Every demo account signs in with this password (printed in README and on the first-run screen). */
export const demoPassword = 'registrum-demo';

export interface DemoLoadResult {
  college: DemoCollege;
  users: number;
}

/**
 * Writes the demo college through the modules that exist, as ordinary operations of the administrator.
 * Specialties, groups and students join as their modules arrive.
 */
export async function loadDemoCollege(j: Journal, actorId: string, size: DemoSize, seed?: number): Promise<DemoLoadResult> {
  const college = generateDemoCollege(size, seed);
  // One hash for all demo accounts: hashing each with the full scrypt cost would take minutes for the large college.
  const passwordHash = await hashPassword(demoPassword);
  j.db.transaction(() => {
    for (const person of college.staff) {
      insertUser(j, actorId, {
        login: person.login,
        fullName: `${person.surname} ${person.name} ${person.patronymic}`,
        roles: person.roles,
        passwordHash,
        mustChangePassword: false,
      });
    }
  })();
  return { college, users: college.staff.length };
}
