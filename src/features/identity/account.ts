import { recordAudit } from "@/features/audit/record";
import { InvalidInputError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { passwordProblem } from "./password-policy";
import { hashPassword, verifyPassword } from "./passwords";

/** Changes one's own password; the current one is required when the account has one. */
export async function changeOwnPassword(
  tx: Db,
  options: { userId: string; currentPassword: string; newPassword: string; confirmation: string },
): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: options.userId },
    select: { email: true, passwordHash: true },
  });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw new InvalidInputError({ currentPassword: ["Le mot de passe actuel est incorrect."] });
  }
  const problem = passwordProblem(options.newPassword, { email: user.email });
  if (problem) throw new InvalidInputError({ newPassword: [problem] });
  if (options.newPassword !== options.confirmation) {
    throw new InvalidInputError({ confirmation: ["La confirmation ne correspond pas au nouveau mot de passe."] });
  }
  await tx.user.update({ where: { id: options.userId }, data: { passwordHash: await hashPassword(options.newPassword) } });
  await recordAudit(tx, { actorId: options.userId, action: "user.password", entity: "user", entityId: options.userId });
}
