// Code run inside the page, kept as source text: tsx would otherwise wrap functions in a __name() helper
// that does not exist in the page.

/** Copies drafts and intern rows inside the app's own database with the raw IndexedDB API. */
export const SEED = `async ({ drafts, rosterRows }) => {
  const req = indexedDB.open('grantdesk');
  const db = await new Promise((ok, fail) => { req.onsuccess = () => ok(req.result); req.onerror = () => fail(req.error); });
  const read = db.transaction(['drafts', 'rosterRows'], 'readonly');
  const draftsReq = read.objectStore('drafts').getAll();
  const rowsReq = read.objectStore('rosterRows').getAll();
  await new Promise((ok) => { read.oncomplete = ok; });
  const rows = draftsReq.result.filter((r) => !String(r.id).startsWith('bench-'));
  const intern = rows.find((r) => r.program === 'internship' && r.policy === 'quzhou-2025');
  const template = rowsReq.result.find((r) => r.draftId === intern.id && r.roster === 'interns');
  const tx = db.transaction(['drafts', 'rosterRows'], 'readwrite');
  const now = Date.now();
  for (let i = rows.length; i < drafts; i++) {
    const source = rows[i % rows.length];
    tx.objectStore('drafts').put({ ...source, id: 'bench-' + i, title: source.title + ' #' + i, updatedAt: now - i * 1000 });
  }
  // Distinct, valid 居民身份证号 (GB 11643 check digit), so the roster is what a real one looks like.
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  for (let i = 0; i < rosterRows; i++) {
    const body = '330802' + (2003 + (i % 3)) + '0' + (1 + (i % 9)) + '1' + (i % 10) + String(i).padStart(3, '0').slice(-3);
    let sum = 0;
    for (let j = 0; j < 17; j++) sum += Number(body[j]) * W[j];
    const idNumber = body + '10X98765432'[sum % 11];
    tx.objectStore('rosterRows').put({ ...template, id: 'bench-row-' + i, order: 100 + i, row: { ...template.row, idNumber, name: template.row.name + i } });
  }
  await new Promise((ok) => { tx.oncomplete = ok; });
  db.close();
  return intern.id;
}`;

/** Types into the 联系人 field one change at a time: the time to handle each, and to the next frame. */
export const TYPE = `async (count) => {
  const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent === '联系人');
  const el = document.getElementById(label.htmlFor);
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const sync = [];
  const frame = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    set.call(el, '张' + '伟'.repeat((i % 5) + 1));
    // React renders a discrete input event before dispatchEvent returns.
    el.dispatchEvent(new Event('input', { bubbles: true }));
    sync.push(performance.now() - t0);
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    frame.push(performance.now() - t0);
  }
  return { sync, frame };
}`;
