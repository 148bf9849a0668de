/** The shop's demo accounts. Passwords are shown on the login page: this is a lesson. */
export interface User {
  id: number;
  username: string;
  password: string;
  displayName: string;
}

export const USERS: readonly User[] = [
  { id: 152, username: 'mina', password: 'sesame', displayName: 'Mina' },
  { id: 214, username: 'joon', password: 'tiger', displayName: 'Joon' },
];

export function findUser(username: string): User | undefined {
  return USERS.find((u) => u.username === username);
}

export function userById(id: number): User | undefined {
  return USERS.find((u) => u.id === id);
}
