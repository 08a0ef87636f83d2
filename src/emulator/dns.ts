import { createSocket, type Socket } from 'node:dgram';

/**
 * The public DNS of managed online endpoints, for the emulator's region: a managed online endpoint
 * answers at `<name>.<region>.inference.ml.azure.com` (its scoring URI), and its name must be
 * unique in the region (Microsoft Learn, how-to-deploy-online-endpoints: "The endpoint name must
 * be unique in the Azure region"). A loopback UDP server answering A queries for those names: an
 * address for an endpoint that exists in any of the emulator's workspaces (or that a test marks as
 * taken elsewhere), NXDOMAIN for any other, as the real zone answers names nobody holds.
 */
export class EndpointDns {
  private socket?: Socket;
  port = 0;

  constructor(private readonly taken: (name: string, region: string) => boolean) {}

  async start(): Promise<void> {
    const socket = createSocket('udp4');
    this.socket = socket;
    socket.on('message', (query, peer) => {
      const answer = this.answer(query);
      if (answer) socket.send(answer, peer.port, peer.address);
    });
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
    this.port = socket.address().port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.socket ? this.socket.close(() => resolve()) : resolve()));
  }

  /** RFC 1035: one question in, the same question out with an A record or NXDOMAIN. */
  private answer(query: Buffer): Buffer | undefined {
    if (query.length < 12) return undefined;
    const labels: string[] = [];
    let offset = 12;
    while (offset < query.length && query[offset]! > 0) {
      const length = query[offset]!;
      labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
      offset += length + 1;
    }
    const questionEnd = offset + 5; // the zero byte, QTYPE and QCLASS
    if (questionEnd > query.length) return undefined;
    const type = query.readUInt16BE(offset + 1);
    const name = labels.join('.').toLowerCase();
    const match = /^([a-z0-9-]+)\.([a-z0-9]+)\.inference\.ml\.azure\.com$/.exec(name);
    const exists = !!match && this.taken(match[1]!, match[2]!);
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // the query's id
    header.writeUInt16BE(0x8180 | (exists ? 0 : 3), 2); // response, recursion desired and available; NXDOMAIN when absent
    header.writeUInt16BE(1, 4); // one question
    header.writeUInt16BE(exists && type === 1 ? 1 : 0, 6); // one answer for an A query of a name that exists
    const question = query.subarray(12, questionEnd);
    if (!exists || type !== 1) return Buffer.concat([header, question]);
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // the name, pointing at the question's
    record.writeUInt16BE(1, 2); // A
    record.writeUInt16BE(1, 4); // IN
    record.writeUInt32BE(60, 6); // TTL
    record.writeUInt16BE(4, 10);
    Buffer.from([127, 0, 0, 1]).copy(record, 12);
    return Buffer.concat([header, question, record]);
  }
}
