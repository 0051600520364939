// The invoice reader started as 导入发票 opens: the read that follows takes that worker (pdf.js already
// loading in it) instead of starting another; one never used is ended when the dialog closes.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  prestartInvoiceReader,
  readInvoicesOffThread,
} from '../../../renderer/workers/read-invoices-off-thread';

class FakeWorker {
  static started: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
    // A read is answered at once; the warm-up is not answered.
    if (!(message as { warm?: boolean }).warm)
      queueMicrotask(() => this.onmessage?.({ data: { ok: true, value: [] } }));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('prestartInvoiceReader', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  });
  afterEach(() => {
    delete (globalThis as { Worker?: unknown }).Worker;
  });

  test('the read takes the worker started as the dialog opened, after its warm-up message', async () => {
    const release = prestartInvoiceReader();
    const files = [{ name: 'a.xml', bytes: new Uint8Array([60]) }];
    expect(await readInvoicesOffThread(files)).toEqual([]);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.posted).toEqual([{ warm: true }, { files }]);
    expect(FakeWorker.started[0]!.terminated).toBe(true); // ended when it answered, as before
    release();
    // The next read starts its own worker.
    await readInvoicesOffThread(files);
    expect(FakeWorker.started).toHaveLength(2);
  });

  test('a dialog closed without reading ends its worker; a second dialog starts a fresh one', () => {
    const release = prestartInvoiceReader();
    expect(FakeWorker.started).toHaveLength(1);
    release();
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    const again = prestartInvoiceReader();
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1]!.terminated).toBe(false);
    again();
  });
});
