import { checkDraft } from '../../shared/policy';
import type { Pack } from '../../shared/policy/types';
import { DRAFT_FORMAT } from '../../shared/schemas';
import { type CliIo, EXIT } from '../io';
import { amountLines, clip, findingLines } from '../format';
import { draftPackMismatch, withPackOptionSync } from '../pack-option';
import { InputRefused } from '../read-input';

type Read = { ok: true; value: unknown } | { ok: false; message: string };

/** Reads a draft file; anything that is not a `grantdesk/draft@1` object is refused with file and path. */
export function readDraftFile(io: CliIo, file: string): Read {
  let text: string;
  const name = clip(file, 200);
  try {
    text = io.readFile(file);
  } catch (e) {
    if (e instanceof InputRefused) return { ok: false, message: `${name}: ${e.message}` };
    return { ok: false, message: `${name}: 无法读取文件 / cannot read (${clip((e as Error).message, 300)})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false,
      message: `${name}: $: 不是有效的 JSON / not JSON (${clip((e as Error).message, 200)})`,
    };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      message: `${name}: $: 不是 GrantDesk 草稿，应为 JSON 对象 / not a draft: expected an object`,
    };
  }
  const format = (value as { format?: unknown }).format;
  if (format !== DRAFT_FORMAT) {
    return {
      ok: false,
      message: `${name}: $.format: 不是 GrantDesk 草稿，format 应为 "${DRAFT_FORMAT}"，实为 ${clip(JSON.stringify(format) ?? '（缺失）')} / not a draft`,
    };
  }
  return { ok: true, value };
}

/** `grantdesk check FILE [--against OTHER...] [--json] [--pack PATH]`. */
export function checkCommand(
  io: CliIo,
  file: string | undefined,
  against: readonly string[],
  json: boolean,
  today?: string,
  packPath?: string,
): number {
  if (!file) {
    io.err('usage: grantdesk check FILE [--against OTHER...] [--json] [--pack PATH]');
    return EXIT.usage;
  }
  return withPackOptionSync(packPath, process.cwd(), io.err, (pack) => {
    // Only with --pack: the draft's own pack id is compared before the check (which reads it again).
    const read = pack ? readDraftFile(io, file) : null;
    const mismatch = read?.ok ? draftPackMismatch(read.value, pack) : null;
    if (mismatch) io.err(`${clip(file, 200)}: ${mismatch}`);
    return mismatch ? EXIT.usage : checkWith(io, file, against, json, today, pack?.pack);
  });
}

function checkWith(
  io: CliIo,
  file: string,
  against: readonly string[],
  json: boolean,
  today: string | undefined,
  pack: Pack | undefined,
): number {
  const reads = [file, ...against].map((f) => readDraftFile(io, f));
  const failed = reads.filter((r): r is { ok: false; message: string } => !r.ok);
  if (failed.length > 0) {
    for (const f of failed) io.err(f.message);
    return EXIT.usage;
  }
  const [draft, ...others] = reads.map((r) => (r.ok ? r.value : null));
  const result = checkDraft(draft, {
    otherDrafts: others,
    ...(today === undefined ? {} : { today }),
    ...(pack ? { pack } : {}),
  });
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (json) {
    io.out(
      JSON.stringify(
        {
          policy: result.policy,
          program: result.program,
          status: result.amount.status,
          amountFen: result.amount.amountFen ?? null,
          amountText: result.amount.amountText ?? null,
          trace: result.amount.trace,
          note: result.amount.note,
          findings: result.findings,
        },
        null,
        2,
      ),
    );
  } else {
    const warnings = result.findings.filter((f) => f.severity === 'warning').length;
    const infos = result.findings.length - errors - warnings;
    io.out(`${clip(file, 200)}  ${result.policy ?? '?'} / ${result.program ?? '?'}`);
    io.out(
      `错误 ${errors} · 警告 ${warnings} · 提示 ${infos}${errors > 0 ? '（有错误，不能作为正式稿打印）' : ''}`,
    );
    for (const line of findingLines(result.findings)) io.out(line);
    for (const line of amountLines(result.amount)) io.out(line);
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
