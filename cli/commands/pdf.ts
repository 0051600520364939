// grantdesk pdf FILE -o OUT.pdf [--force] [--typeface serif|sans] | grantdesk pdf --blank PROGRAM [--policy ID] -o OUT.pdf
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { checkForPrint, FormError, renderApplicationPdf, renderBlankFillable } from '../../shared/forms';
import {
  FONT_FILES,
  isTypeface,
  typefaceFonts,
  type FontFile,
  type PdfFonts,
  type Typeface,
} from '../../shared/pdf';
import { getPack, getProgram, listOfferings } from '../../shared/policy/registry';
import { isProgramId } from '../../shared/schemas';
import { formTemplate } from '../../templates';
import { clip } from '../format';
import {
  type FileCommandIo,
  type OutFile,
  outFile,
  readDraftJson,
  refuseUsage,
  writeOutFile,
} from '../file-command';
import { draftPackMismatch, packInputs, type PackOption, withPackOption } from '../pack-option';

/** The io of `grantdesk pdf` (docx and xlsx take the same). */
export type PdfCommandIo = FileCommandIo;

const USAGE = `用法：grantdesk pdf FILE -o OUT.pdf [--force] [--typeface serif|sans] [--pack PATH]
      grantdesk pdf --blank PROGRAM [--policy ID] -o OUT.pdf [--typeface serif|sans]
      --typeface serif：公文（宋体正文、黑体标题）/ official look (serif body, sans headings)
      --typeface sans：现代（黑体，默认）/ modern look (sans serif, the default)`;

const fontBytes = new Map<FontFile, Uint8Array>();

/** A bundled font file from node_modules, read once per process. */
function fontFile(file: FontFile): Uint8Array {
  let bytes = fontBytes.get(file);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FONT_FILES[file])));
    fontBytes.set(file, bytes);
  }
  return bytes;
}

const fontsOf = (typeface: Typeface): Promise<PdfFonts> => typefaceFonts(typeface, fontFile);

const VALUE_OF: Readonly<Record<string, string>> = {
  '-o': '输出文件 / -o needs a file name',
  '--out': '输出文件 / --out needs a file name',
  '--blank': '项目名 / --blank needs a PROGRAM',
  '--policy': '政策包 / --policy needs an ID',
  '--pack': '政策包文件夹或 zip / --pack needs a folder or .zip',
  '--typeface': '字体 serif 或 sans / --typeface needs serif or sans',
};

function parse(args: readonly string[]) {
  let out: string | undefined;
  let blank: string | undefined;
  let policy: string | undefined;
  let pack: string | undefined;
  let typeface: Typeface = 'sans';
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const needs = VALUE_OF[a];
    if (needs !== undefined) {
      const value = args[i + 1];
      // `pdf --blank -o x.pdf`: an option is not the value of the one before it.
      if (value === undefined || (value.startsWith('-') && value !== '-')) return `${a} 后缺少${needs}`;
      i += 1;
      if (a === '-o' || a === '--out') out = value;
      else if (a === '--blank') blank = value;
      else if (a === '--typeface') {
        if (!isTypeface(value))
          return `未知字体「${clip(value)}」，可选 serif 或 sans / unknown typeface, use serif or sans`;
        typeface = value;
      } else if (a === '--pack') pack = value;
      else policy = value;
    } else if (a === '--force') force = true;
    else if (a.startsWith('-')) return `未知选项 / unknown option ${clip(a)}`;
    else files.push(a);
  }
  if (!out) return '缺少 -o OUT.pdf / -o OUT.pdf is missing';
  if (blank === undefined && files.length !== 1) return '需要一个草稿文件 / one draft file is needed';
  return { out, blank, policy, pack, typeface, force, file: files[0] };
}

async function blankForm(
  program: string,
  policy: string | undefined,
  typeface: Typeface,
  out: OutFile,
  io: PdfCommandIo,
) {
  if (!isProgramId(program)) {
    io.stderr(`未知项目「${clip(program)}」`);
    return 2;
  }
  const policyId = policy ?? listOfferings().find((o) => o.program === program)?.policy;
  const pack = policyId ? getPack(policyId) : undefined;
  const def = policyId ? getProgram(policyId, program) : undefined;
  if (!pack || !def) {
    io.stderr(`政策「${clip(policyId ?? '')}」不提供项目「${program}」`);
    return 2;
  }
  const pdf = await renderBlankFillable(
    formTemplate(program),
    { pack, program: def },
    await fontsOf(typeface),
  );
  if (!writeOutFile(io, out, pdf.bytes)) return 2;
  io.stdout(`已生成空白可填写申报表：${out.given}（${pdf.pageCount} 页，${pdf.fieldNames.length} 个字段）`);
  return 0;
}

/** Runs `grantdesk pdf`; exit 0 written, 1 the draft has errors (without --force), 2 usage or unreadable input. */
export async function pdfCommand(args: string[], io: PdfCommandIo): Promise<number> {
  const opts = parse(args);
  if (typeof opts === 'string') return refuseUsage(io, opts, USAGE);
  const out = outFile(io, opts.out, 'PDF', [opts.file, ...packInputs(io.cwd, opts.pack)]);
  if (!out) return 2;
  return withPackOption(opts.pack, io.cwd, io.stderr, (pack) => {
    if (opts.blank !== undefined)
      return blankForm(opts.blank, pack?.pack.id ?? opts.policy, opts.typeface, out, io);
    return draftPdf(opts, out, io, pack);
  });
}

async function draftPdf(
  opts: Exclude<ReturnType<typeof parse>, string>,
  out: OutFile,
  io: PdfCommandIo,
  packOption: PackOption | undefined,
): Promise<number> {
  const read = readDraftJson(io, opts.file!);
  if (!read) return 2;
  const { path, raw } = read;
  const mismatch = draftPackMismatch(raw, packOption);
  if (mismatch) {
    io.stderr(`${clip(path, 200)}：${mismatch}`);
    return 2;
  }
  const { check, draft, source } = checkForPrint(raw, {
    ...(io.today ? { today: io.today } : {}),
    ...(packOption ? { pack: packOption.pack } : {}),
  });
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (!check.program || !draft || !source) {
    const first = errors[0];
    io.stderr(
      `${clip(path, 200)} 不是可打印的 GrantDesk 草稿${first ? `：${clip(first.message, 300)}（${clip(first.path.join('.') || '根', 200)}）` : ''}`,
    );
    return 2;
  }
  if (errors.length > 0 && !opts.force) {
    io.stderr(`草稿有 ${errors.length} 处错误，未生成 PDF（可用 --force 打印带“草稿”水印的版本）：`);
    for (const f of errors)
      io.stderr(`  ✗ ${f.message}${f.clause ? `（依据${f.clause.docNumber} ${f.clause.ref}）` : ''}`);
    return 1;
  }
  try {
    const pdf = await renderApplicationPdf(draft, {
      template: formTemplate(draft.program),
      fonts: await fontsOf(opts.typeface),
      source,
      checkResult: check,
      // The version whose rules checked it: the draft's pin when bundled, else the newest (an error finding).
      packVersion: `${source.pack.id}@${source.pack.version}`,
      force: opts.force,
    });
    if (!writeOutFile(io, out, pdf.bytes)) return 2;
    io.stdout(
      `已生成 ${opts.out}：${pdf.pageCount} 页${pdf.watermarked ? '（有错误，已加“草稿”水印）' : ''}，SHA-256 ${pdf.sha256}`,
    );
    return 0;
  } catch (err) {
    if (err instanceof FormError) {
      io.stderr(err.message);
      return err.code === 'draft-has-errors' ? 1 : 2;
    }
    throw err;
  }
}
