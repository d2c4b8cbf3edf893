import type { Ctx } from '../../platform/context.ts';
import { listUsers } from './repo.ts';
import type { UserList } from './schemas.ts';
import { userView } from './views.ts';

export async function listUsersView(ctx: Ctx): Promise<UserList> {
  return { users: (await listUsers(ctx.db)).map(userView) };
}
