import { create } from 'zustand';
import type { UserView } from '../../../src-shared/api';
import { call, errorMessage } from '../../api';

interface UsersState {
  users: UserView[];
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  replace(user: UserView): void;
}

export const useUsers = create<UsersState>((set, get) => ({
  users: [],
  loading: false,
  error: null,
  load: async () => {
    set({ loading: true, error: null });
    try {
      const { users } = await call('users.list', {});
      set({ users, loading: false });
    } catch (err) {
      set({ loading: false, error: errorMessage(err) });
    }
  },
  replace: (user) => {
    const users = get().users;
    const known = users.some((u) => u.id === user.id);
    set({ users: known ? users.map((u) => (u.id === user.id ? user : u)) : [...users, user] });
  },
}));
