// grantdesk xlsx FILE -o OUT.xlsx: the draft's 申报汇总表 (form fields, amount with 大写, every roster).
import { checkForPrint } from '../../shared/forms';
import { rosterTables } from '../../shared/office/roster-columns';
import { buildDraftSummaryWorkbook } from '../../shared/office/xlsx-summary';
import { isProgramId } from '../../shared/schemas';
import { formTemplate } from '../../templates';
import { clip } from '../format';
import { EXIT } from '../io';
import {
  type FileCommandIo,
  type OutFile,
  outFile,
  readDraftJson,
  refuseUsage,
  writeOutFile,
} from '../file-command';
import { draftPackMismatch, packInputs, type PackOption, withPackOption } from '../pack-option';

/** The io of `grantdesk xlsx` (as pdf's). */
export type XlsxCommandIo = FileCommandIo;

/** The most rows one roster may have to be written (as many as the app imports). */
export const MAX_EXPORT_ROWS = 20_000;

const USAGE = '用法：grantdesk xlsx FILE -o OUT.xlsx [--pack PATH]';

function parse(args: readonly string[]): { file: string; out: string; pack?: string } | string {
  let out: string | undefined;
  let pack: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out' || a === '--pack') {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-'))
        return a === '--pack'
          ? '--pack 后缺少政策包文件夹或 zip / --pack needs a folder or .zip'
          : `${a} 后缺少输出文件 / ${a} needs a file name`;
      if (a === '--pack') pack = value;
      else out = value;
      i += 1;
    } else if (a.startsWith('-')) return `未知选项 / unknown option ${clip(a)}`;
    else files.push(a);
  }
  if (!out) return '缺少 -o OUT.xlsx / -o OUT.xlsx is missing';
  if (files.length !== 1) return '需要一个草稿文件 / one draft file is needed';
  return { file: files[0]!, out, ...(pack !== undefined ? { pack } : {}) };
}

/** Names a roster of the raw draft past MAX_EXPORT_ROWS (counted before any check reads the rows), or null. */
function longRoster(raw: unknown): string | null {
  const data = (raw as { data?: unknown } | null)?.data;
  if (data === null || typeof data !== 'object') return null;
  const program = (raw as { program?: unknown }).program;
  const tables = isProgramId(program) ? rosterTables(program) : [];
  for (const [field, rows] of Object.entries(data)) {
    if (!Array.isArray(rows) || rows.length <= MAX_EXPORT_ROWS) continue;
    const table = tables.find((t) => t.field === field);
    const zh = table?.label.zh ?? clip(field);
    const en = table?.label.en ?? clip(field);
    return `「${zh}」有 ${rows.length} 行，超过 ${MAX_EXPORT_ROWS} 行的上限 / ${en} has ${rows.length} rows, over the ${MAX_EXPORT_ROWS}-row limit`;
  }
  return null;
}

/** Runs `grantdesk xlsx`; exit 0 written (a draft with errors too: it is a summary, not the form), 2 usage or unreadable input. */
export async function xlsxCommand(args: string[], io: XlsxCommandIo): Promise<number> {
  const opts = parse(args);
  if (typeof opts === 'string') return refuseUsage(io, opts, USAGE);
  const out = outFile(io, opts.out, 'Excel', [opts.file, ...packInputs(io.cwd, opts.pack)]);
  if (!out) return EXIT.usage;
  return withPackOption(opts.pack, io.cwd, io.stderr, (pack) => summary(opts, out, io, pack));
}

async function summary(
  opts: { file: string; out: string },
  out: OutFile,
  io: XlsxCommandIo,
  pack: PackOption | undefined,
): Promise<number> {
  const read = readDraftJson(io, opts.file);
  if (!read) return EXIT.usage;
  const { path, raw } = read;
  const mismatch = draftPackMismatch(raw, pack);
  if (mismatch) {
    io.stderr(`${clip(path, 200)}：${mismatch}`);
    return EXIT.usage;
  }
  const tooLong = longRoster(raw);
  if (tooLong) {
    io.stderr(tooLong);
    return EXIT.usage;
  }
  const { check, draft, source } = checkForPrint(raw, {
    ...(io.today ? { today: io.today } : {}),
    ...(pack ? { pack: pack.pack } : {}),
  });
  if (!check.program || !source || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const first = check.findings.find((f) => f.severity === 'error');
    io.stderr(
      `${clip(path, 200)} 不是 GrantDesk 草稿 / not a GrantDesk draft${first ? `：${clip(first.message, 300)}` : ''}`,
    );
    return EXIT.usage;
  }
  const envelope = (draft ?? raw) as Record<string, unknown>;
  const bytes = await buildDraftSummaryWorkbook({
    draft: { ...envelope, program: check.program },
    template: formTemplate(check.program),
    source,
    amount: check.amount,
  });
  if (!writeOutFile(io, out, bytes)) return EXIT.usage;
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  io.stdout(
    `已生成 ${opts.out}：申报表及 ${rosterTables(check.program).length} 份名单${errors > 0 ? `（草稿有 ${errors} 处错误，按现状导出）` : ''}`,
  );
  return EXIT.ok;
}
