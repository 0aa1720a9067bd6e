import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Staff records kept by the HR inspector. The link to a user account is checked by the commands, not a foreign key. */
export const employees = sqliteTable(
  'employees',
  {
    id: text('id').primaryKey(),
    surname: text('surname').notNull().default(''),
    name: text('name').notNull().default(''),
    patronymic: text('patronymic').notNull().default(''),
    birthDate: text('birth_date').notNull().default(''),
    /** JSON array of position codes (teacher, curator, office, management…). */
    positions: text('positions').notNull().default('[]'),
    employmentType: text('employment_type').notNull().default('main'),
    education: text('education').notNull().default(''),
    category: text('category').notNull().default('none'),
    hireDate: text('hire_date').notNull().default(''),
    dismissalDate: text('dismissal_date'),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    snils: text('snils').notNull().default(''),
    userId: text('user_id'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted').notNull().default(0),
  },
  (t) => [index('employees_user').on(t.userId)],
);
