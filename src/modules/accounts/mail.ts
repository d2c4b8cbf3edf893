import { hostname } from 'node:os';
import { createTransport } from 'nodemailer';
import type { Ctx } from '../../platform/context.ts';
import { mutation, type Tx } from '../../platform/db/unit-of-work.ts';
import { insertOutbox, type OutboxRow } from './repo.ts';
import { accountSettings } from './settings.ts';

export interface Message {
  kind: OutboxRow['kind'];
  to: string;
  subject: string;
  text: string;
}

export type Delivery = 'smtp' | 'outbox';

/** The transport of an smtp:// URL and the sender named by its `from` parameter. */
function transport(smtpUrl: string): { send: (m: Message) => Promise<unknown>; from: string } {
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from') ?? `hwmo@${hostname()}`;
  url.searchParams.delete('from');
  const t = createTransport(url.href);
  return { from, send: (m) => t.sendMail({ from, to: m.to, subject: m.subject, text: m.text }) };
}

/**
 * Inside the change that produced the message: without SMTP, the message goes to the outbox in the same transaction.
 * Returns how it will be delivered; with SMTP, `sendAfterCommit` sends it.
 */
export async function queueMessage(tx: Tx, message: Message): Promise<Delivery> {
  if (accountSettings().smtpUrl) return 'smtp';
  await insertOutbox(tx, { ...message, at: tx.ctx.now() });
  return 'outbox';
}

/** Sends a message once its change is committed; when the SMTP server refuses it, it goes to the outbox. */
export async function sendAfterCommit(ctx: Ctx, message: Message, delivery: Delivery): Promise<Delivery> {
  const smtpUrl = accountSettings().smtpUrl;
  if (delivery !== 'smtp' || !smtpUrl) return delivery;
  try {
    await transport(smtpUrl).send(message);
    return 'smtp';
  } catch (err) {
    ctx.log.error(`SMTP delivery to ${message.to} failed; the message is in the outbox`, err);
    await mutation(
      ctx,
      'outbox.store',
      async (tx) => {
        await insertOutbox(tx, { ...message, at: ctx.now() });
      },
      { data: false },
    );
    return 'outbox';
  }
}
