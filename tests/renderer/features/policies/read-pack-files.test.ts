// A pack upload is read as text within its limits; every refusal names the file, Chinese first.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import {
  MAX_PACK_FILE_BYTES,
  MAX_PACK_ZIP_ENTRIES,
  readPackUpload,
} from '../../../../renderer/features/policies/read-pack-files';

const PACK = 'id: "xiangtan-2026"\nversion: "1"\n';
const SOURCE = '第六条 最高不超过50万元。\n';
const file = (name: string, content: string | Uint8Array) =>
  new File([typeof content === 'string' ? strToU8(content) : (content as BlobPart)], name);
const zip = (entries: Record<string, Uint8Array>, name = 'pack.zip') => file(name, zipSync(entries));

describe('readPackUpload', () => {
  it('reads a zipped folder: the three files in one folder, strays listed as ignored', async () => {
    const upload = await readPackUpload([
      zip({
        'xiangtan-2026/pack.yaml': strToU8(PACK),
        'xiangtan-2026/tests.yaml': strToU8('cases: []\n'),
        'xiangtan-2026/source.txt': strToU8(SOURCE),
        '__MACOSX/._pack.yaml': strToU8('junk'),
      }),
    ]);
    expect(upload.files).toEqual({ 'pack.yaml': PACK, 'tests.yaml': 'cases: []\n', 'source.txt': SOURCE });
    expect(upload.ignored).toEqual(['__MACOSX/._pack.yaml']);
  });

  it('reads the files chosen together; tests.yaml is optional', async () => {
    const upload = await readPackUpload([file('pack.yaml', PACK), file('source.txt', SOURCE)]);
    expect(upload.files).toEqual({ 'pack.yaml': PACK, 'source.txt': SOURCE });
  });

  it('refuses what is not a pack, by name and limit', async () => {
    await expect(readPackUpload([file('pack.yaml', PACK)])).rejects.toThrow(
      '缺少 source.txt：政策包至少需要 pack.yaml 和 source.txt（tests.yaml 可选）。',
    );
    await expect(readPackUpload([file('x.zip', 'not a zip at all')])).rejects.toThrow(
      '文件不是有效的 zip 压缩包。',
    );
    await expect(
      readPackUpload([file('pack.yaml', new Uint8Array([0xff, 0xfe, 0x00])), file('source.txt', SOURCE)]),
    ).rejects.toThrow('pack.yaml 不是 UTF-8 文本，请另存为 UTF-8 后再导入。');
    const many = Object.fromEntries(
      Array.from({ length: MAX_PACK_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.txt`, strToU8('x')]),
    );
    await expect(readPackUpload([zip(many)])).rejects.toThrow('压缩包中的文件超过 50 个，不是政策包。');
    await expect(
      readPackUpload([zip({ 'a/pack.yaml': strToU8(PACK), 'b/pack.yaml': strToU8(PACK) })]),
    ).rejects.toThrow('上传的内容中有两个 pack.yaml，一次只能导入一个政策包。');
  });

  it('refuses a zip bomb by its declared size before inflating it', async () => {
    // 5 MB of one byte deflates to a few KB: the directory says 5 MB, over the 4 MB a file may be.
    const big = new Uint8Array(MAX_PACK_FILE_BYTES + 1024 * 1024).fill(0x41);
    const bomb = zip({ 'source.txt': big, 'pack.yaml': strToU8(PACK) });
    expect(bomb.size).toBeLessThan(100_000);
    const started = Date.now();
    await expect(readPackUpload([bomb])).rejects.toThrow('source.txt 超过 4 MB，不是政策包文件。');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses an upload over 8 MB before reading it', async () => {
    const huge = new File([new Uint8Array(8 * 1024 * 1024 + 1)], 'pack.zip');
    await expect(readPackUpload([huge])).rejects.toThrow('所选文件共 8.0 MB，超过政策包上限 8 MB。');
  });
});
