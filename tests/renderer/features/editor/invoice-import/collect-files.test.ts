import { describe, expect, it } from 'vitest';
import {
  batchProblem,
  filesFromFolder,
  MAX_INVOICE_FILES,
} from '../../../../../renderer/features/editor/invoice-import/collect-files';

const MB = 1024 * 1024;
const file = (name: string, size = 1000) => ({ name, size });

describe('a batch of invoice files is measured before it is read', () => {
  it('refuses by count, by one file and by the whole, naming what is over', () => {
    expect(batchProblem(Array.from({ length: MAX_INVOICE_FILES }, (_, i) => file(`${i}.pdf`)))).toBeNull();
    expect(batchProblem(Array.from({ length: MAX_INVOICE_FILES + 1 }, (_, i) => file(`${i}.pdf`)))).toEqual({
      code: 'too-many',
      count: MAX_INVOICE_FILES + 1,
    });
    expect(batchProblem([file('a.pdf'), file('大.zip', 33 * MB)])).toEqual({
      code: 'file-too-large',
      name: '大.zip',
      mb: 33,
    });
    expect(batchProblem(Array.from({ length: 7 }, (_, i) => file(`${i}.zip`, 30 * MB)))).toEqual({
      code: 'batch-too-large',
      mb: 210,
    });
  });

  it('takes only invoice files from a picked folder and counts the rest', () => {
    const list = ['a.pdf', 'b.OFD', 'c.xml', 'd.zip', 'Thumbs.db', '说明.docx'].map(
      (name) => new File(['x'], name),
    );
    const got = filesFromFolder(list);
    expect(got.files.map((f) => f.name)).toEqual(['a.pdf', 'b.OFD', 'c.xml', 'd.zip']);
    expect(got.skipped).toBe(2);
  });
});
