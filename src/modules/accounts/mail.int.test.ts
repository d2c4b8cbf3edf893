import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { testDatabase } from '../../../test/db.ts';
import { loadConfig } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { inviteUser } from './invite-user.ts';
import { listOutbox } from './repo.ts';
import { configureAccounts } from './settings.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

describe('e-mail through SMTP when configured, else the outbox', () => {
  let db: Database;
  const received: Received[] = [];
  let port = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });

  before(async () => {
    db = await testDatabase();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  after(async () => {
    configureAccounts(loadConfig({}));
    await new Promise<void>((resolve) => server.close(resolve));
    await db.close();
  });

  test('with HWMO_SMTP_URL, an invitation is sent by SMTP from the address named, and not put in the outbox', async () => {
    configureAccounts(loadConfig({ HWMO_SMTP_URL: `smtp://127.0.0.1:${port}?from=observatory@example.org` }));
    const made = await inviteUser(operatorContext(db), {
      email: 'ama@moh.gov.gh',
      role: 'national_authority',
      area: 'GHA',
      baseUrl: 'http://127.0.0.1:8080',
    });
    assert.equal(made.delivery, 'smtp');
    const mail = received.find((m) => m.to.includes('ama@moh.gov.gh'));
    assert.ok(mail, 'the message reached the SMTP server');
    assert.equal(mail.from, 'observatory@example.org');
    assert.ok(mail.data.replace(/=\r\n/g, '').replace(/=3D/g, '=').includes(made.link));
    assert.equal((await listOutbox(db)).length, 0);
  });

  test('when the SMTP server cannot be reached, the message goes to the outbox', async () => {
    configureAccounts(loadConfig({ HWMO_SMTP_URL: 'smtp://127.0.0.1:1?from=observatory@example.org' }));
    const logged: string[] = [];
    const log = { ...operatorContext(db).log, error: (m: string) => void logged.push(m) };
    const made = await inviteUser(operatorContext(db, { log }), {
      email: 'kwame@moh.gov.gh',
      role: 'stakeholder',
      baseUrl: 'http://127.0.0.1:8080',
    });
    assert.equal(made.delivery, 'outbox');
    assert.match(logged.join('\n'), /SMTP delivery to kwame@moh.gov.gh failed/);
    const outbox = await listOutbox(db);
    assert.equal(outbox.length, 1);
    assert.ok(outbox[0]?.text.includes(made.link));
  });

  test('without SMTP the message is in the outbox, in the language of the request', async () => {
    configureAccounts(loadConfig({}));
    const made = await inviteUser(operatorContext(db, { lang: 'fr' }), {
      email: 'awa@sante.gouv.sn',
      role: 'data_approver',
      area: 'SEN',
      baseUrl: 'http://127.0.0.1:8080',
    });
    assert.equal(made.delivery, 'outbox');
    const message = (await listOutbox(db)).find((m) => m.to === 'awa@sante.gouv.sn');
    assert.match(message?.subject ?? '', /Invitation à/);
    assert.match(message?.text ?? '', /Sénégal|Senegal/);
    assert.ok(message?.text.includes(made.link));
  });

  test('an SMTP URL of another scheme is refused by the configuration', () => {
    assert.throws(
      () => loadConfig({ HWMO_SMTP_URL: 'http://mail.example.org' }),
      (err: Error & { detail?: string }) => /HWMO_SMTP_URL: must be an smtp/.test(err.detail ?? ''),
    );
  });
});
