import { ROLE_LABELS, ROLES, type Role } from "~/domain/roles";

export function RoleSelect({ defaultValue, error }: { defaultValue: Role; error?: string | undefined }) {
  return (
    <div>
      <label htmlFor="role" className="block text-sm font-medium">
        Role
      </label>
      <select
        id="role"
        name="role"
        defaultValue={defaultValue}
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2"
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      {error ? <p className="mt-1 text-sm font-medium text-red-700">{error}</p> : null}
    </div>
  );
}
