/** The shop's demo accounts. Passwords are shown on the login page: this is a lesson. */
export interface User {
  id: number;
  username: string;
  password: string;
  displayName: string;
  /** What the account may do beyond its own pages: an admin may open /admin. */
  role?: 'admin';
}

export const USERS: readonly User[] = [
  { id: 152, username: 'mina', password: 'sesame', displayName: 'Mina' },
  { id: 214, username: 'joon', password: 'tiger', displayName: 'Joon' },
  { id: 7, username: 'sora', password: 'owl', displayName: 'Sora', role: 'admin' },
];

export function findUser(username: string): User | undefined {
  return USERS.find((u) => u.username === username);
}

export function userById(id: number): User | undefined {
  return USERS.find((u) => u.id === id);
}

/** Authorization: whether this logged-in account may open the admin page. */
export const isAdmin = (id: number): boolean => userById(id)?.role === 'admin';
