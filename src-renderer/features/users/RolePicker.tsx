import { roles, type Role } from '../../../src-shared/domain/roles';
import { roleLabels } from '../../../src-shared/i18n/ru';

export function RolePicker(props: { value: Role[]; onChange: (roles: Role[]) => void }) {
  const toggle = (role: Role, on: boolean) =>
    props.onChange(on ? [...props.value, role] : props.value.filter((r) => r !== role));
  return (
    <div className="role-picker">
      {roles.map((role) => (
        <label key={role} className="check">
          <input type="checkbox" checked={props.value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />{' '}
          {roleLabels[role]}
        </label>
      ))}
    </div>
  );
}
