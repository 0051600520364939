import { checkCommand } from './commands/check';
import { exampleCommand } from './commands/example';
import { packCheckCommand, packTestCommand } from './commands/pack';
import { policiesCommand } from './commands/policies';
import { schemaCommand } from './commands/schema';
import { clip } from './format';
import { type CliIo, EXIT, parseArgs } from './io';

const USAGE = `grantdesk — 职业教育补贴申报草稿检查 / GrantDesk command line

  grantdesk policies [--json]                         政策包及可申报项目
  grantdesk example PROGRAM --policy ID               输出一份完整有效的示例草稿
  grantdesk example PROGRAM --pack PATH               同上，政策包为未内置的文件夹或 zip（check/pdf/xlsx/docx 同样可加 --pack PATH）
  grantdesk check FILE [--against OTHER...] [--json]  检查草稿并计算金额（退出码 0 无错误，1 有错误，2 无法读取）
  grantdesk schema PROGRAM                            输出草稿的 JSON Schema
  grantdesk pack check FOLDER|pack.yaml               检查政策包（问题注明 文件:行:列；退出码 0 可用，1 有错误）
  grantdesk pack test FOLDER                          运行政策包的 tests.yaml，输出 N passed, N failed
  grantdesk pdf FILE -o OUT.pdf [--force]             生成申报表 PDF（有错误时拒绝；--force 生成每页带「草稿」的版本）
  grantdesk pdf --blank PROGRAM -o OUT.pdf            生成空白可填写申报表（AcroForm）
    --typeface serif|sans                             申报表字体：公文（宋体正文、黑体标题）或现代（黑体，默认）
  grantdesk docx FILE --form FORM.docx -o OUT.docx [--mapping MAP.json]  填写主管部门的 Word 申报表
  grantdesk xlsx FILE -o OUT.xlsx                     导出申报汇总表（申报表字段、金额及大写、全部名单）
  grantdesk invoices FILE... [--json]                 读取电子发票（数电 XML/OFD/PDF、旧版 OFD/PDF、批量下载 zip）`;

/** Runs one command line; returns the exit code. `today` pins the checking day (tests). */
export function run(argv: readonly string[], io: CliIo, today?: string): number {
  const [command, ...rest] = argv;
  const args = parseArgs(rest, { values: ['policy', 'pack'], multi: ['against'], flags: ['json'] });
  if (typeof args === 'string') {
    io.err(`${args}\n\n${USAGE}`);
    return EXIT.usage;
  }
  switch (command) {
    case 'policies':
      return policiesCommand(io, args.flags.has('json'));
    case 'example':
      return exampleCommand(io, args.positionals[0], args.values.get('policy'), args.values.get('pack'));
    case 'check':
      return checkCommand(
        io,
        args.positionals[0],
        args.multi.get('against') ?? [],
        args.flags.has('json'),
        today,
        args.values.get('pack'),
      );
    case 'schema':
      return schemaCommand(io, args.positionals[0]);
    case 'pack':
      if (args.positionals[0] === 'check') return packCheckCommand(io, args.positionals[1]);
      if (args.positionals[0] === 'test') return packTestCommand(io, args.positionals[1]);
      io.err(`usage: grantdesk pack check|test FOLDER\n\n${USAGE}`);
      return EXIT.usage;
    case undefined:
    case 'help':
    case '--help':
      io.out(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      io.err(`未知命令 / unknown command "${clip(command)}"\n\n${USAGE}`);
      return EXIT.usage;
  }
}
