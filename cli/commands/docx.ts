// grantdesk docx DRAFT.json --form FORM.docx -o OUT.docx [--mapping MAP.json] [--force]
import { resolve } from 'node:path';
import { z } from 'zod';
import { checkForPrint } from '../../shared/forms';
import { DOCX_LIMITS, DocxError, fillDocxForm, type DocxMapping } from '../../shared/office/docx';
import { clip } from '../format';
import {
  type FileCommandIo,
  type OutFile,
  outFile,
  readFailure,
  refuseUsage,
  writeOutFile,
} from '../file-command';
import { draftPackMismatch, packInputs, type PackOption, withPackOption } from '../pack-option';
import { readBoundedBytes, readInputText } from '../read-input';

const USAGE =
  '用法：grantdesk docx DRAFT.json --form FORM.docx -o OUT.docx [--mapping MAP.json] [--force] [--pack PATH]';

const mappingSchema = z.object({
  formFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  fields: z.record(z.string().max(200), z.string().max(200)),
});

const MAPPING_FILE = { zh: '字段对应文件', en: 'a mapping file' };

const VALUE_OF: Readonly<Record<string, string>> = {
  '-o': 'out',
  '--out': 'out',
  '--form': 'form',
  '--mapping': 'mapping',
  '--pack': 'pack',
};

function parse(args: readonly string[]) {
  const values: Record<string, string> = {};
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const key = VALUE_OF[a];
    if (key) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return `${a} 后缺少文件名 / ${a} needs a file name`;
      values[key] = value;
      i += 1;
    } else if (a === '--force') force = true;
    else if (a.startsWith('-')) return `未知选项 / unknown option ${clip(a)}`;
    else files.push(a);
  }
  if (files.length !== 1) return '需要一个草稿文件 / one draft file is needed';
  if (!values.form) return '缺少 --form FORM.docx / --form FORM.docx is missing';
  if (!values.out) return '缺少 -o OUT.docx / -o OUT.docx is missing';
  return {
    draft: files[0]!,
    form: values.form,
    out: values.out,
    mapping: values.mapping,
    pack: values.pack,
    force,
  };
}

/** Runs `grantdesk docx`; exit 0 written, 1 the draft has errors (without --force), 2 usage or unreadable input. */
export async function docxCommand(args: string[], io: FileCommandIo): Promise<number> {
  const opts = parse(args);
  if (typeof opts === 'string') return refuseUsage(io, opts, USAGE);
  const out = outFile(io, opts.out, 'Word', [
    opts.draft,
    opts.form,
    opts.mapping,
    ...packInputs(io.cwd, opts.pack),
  ]);
  if (!out) return 2;
  return withPackOption(opts.pack, io.cwd, io.stderr, (pack) => fillForm(opts, out, io, pack));
}

async function fillForm(
  opts: Exclude<ReturnType<typeof parse>, string>,
  out: OutFile,
  io: FileCommandIo,
  pack: PackOption | undefined,
): Promise<number> {
  const inputs: { raw?: unknown; form?: Uint8Array; mapping?: DocxMapping } = {};
  const steps: [string, string | undefined, (path: string) => void][] = [
    ['草稿文件', opts.draft, (p) => (inputs.raw = JSON.parse(readInputText(p)))],
    [
      'Word 表格',
      opts.form,
      (p) =>
        (inputs.form = readBoundedBytes(p, DOCX_LIMITS.fileBytes, { zh: 'Word 表格', en: 'a Word form' })),
    ],
    [
      '字段对应文件',
      opts.mapping,
      (p) => (inputs.mapping = mappingSchema.parse(JSON.parse(readInputText(p, 1 << 20, MAPPING_FILE)))),
    ],
  ];
  for (const [what, file, read] of steps) {
    if (file === undefined) continue;
    const path = resolve(io.cwd, file);
    try {
      read(path);
    } catch (err) {
      const reason =
        err instanceof z.ZodError
          ? '不是 GrantDesk 的字段对应（formFingerprint, fields）/ not a GrantDesk mapping'
          : readFailure(err);
      io.stderr(`无法读取${what} ${clip(path, 200)}：${reason}`);
      return 2;
    }
  }
  const mismatch = draftPackMismatch(inputs.raw, pack);
  if (mismatch) {
    io.stderr(`${clip(opts.draft, 200)}：${mismatch}`);
    return 2;
  }
  const { check, draft } = checkForPrint(inputs.raw, {
    ...(io.today ? { today: io.today } : {}),
    ...(pack ? { pack: pack.pack } : {}),
  });
  if (!draft) {
    io.stderr(
      `${clip(opts.draft, 200)} 不是可填写的 GrantDesk 草稿 / not a GrantDesk draft that can fill a form`,
    );
    return 2;
  }
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !opts.force) {
    io.stderr(`草稿有 ${errors.length} 处错误，未填写表格（可用 --force 仍然填写）：`);
    for (const f of errors) io.stderr(`  ✗ ${f.message}`);
    return 1;
  }
  try {
    const { bytes, fingerprint, report } = await fillDocxForm(
      inputs.form!,
      { draft, amount: check.amount },
      inputs.mapping,
    );
    if (!writeOutFile(io, out, bytes)) return 2;
    const rows = report.rosters.map(
      (r) => `${r.path} ${r.rows} 行${r.added ? `（新增 ${r.added} 行）` : ''}`,
    );
    io.stdout(
      `已生成 ${opts.out}：填写 ${report.filled.length} 项${rows.length ? `，名单 ${rows.join('、')}` : ''}`,
    );
    for (const e of report.empty) io.stdout(`  - ${e.label}：草稿中没有内容（${e.path}）`);
    if (report.unmatched.length) {
      io.stdout(
        `未识别的标签 ${report.unmatched.length} 个（可用 --mapping 指定，表格指纹 ${fingerprint}）：`,
      );
      for (const u of report.unmatched) io.stdout(`  ? ${JSON.stringify(u.key)}（${placeText(u.place)}）`);
    }
    return 0;
  } catch (err) {
    if (err instanceof DocxError) {
      io.stderr(`${clip(opts.form, 200)}：${err.message} / ${err.messageEn}`);
      return 2;
    }
    throw err;
  }
}

/** Where an unrecognised label sits: a table row, or a paragraph of running text (1-based). */
function placeText(place: { table: number; row: number; textBox?: boolean; paragraph?: number }): string {
  const where = place.paragraph ? `正文第${place.paragraph}段` : `表${place.table}第${place.row}行`;
  return `${where}${place.textBox ? '，文本框内' : ''}`;
}
