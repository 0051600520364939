import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkUscc } from '../../shared/ids';
import { QUZHOU_ENTERPRISE } from '../fixtures/rosters/roster-data';
import { EditorPage } from './page-models/editor-page';
import { WizardPage } from './page-models/wizard-page';
import { launchBrowser } from './support/chromium';

const fixture = (file: string) => resolve(import.meta.dirname, '../fixtures/rosters', file);

describe('产教融合实训基地建设补助 under 衢政办发〔2025〕10号, from an empty app', () => {
  let page: Page;
  let close: () => Promise<void>;

  beforeEach(async () => {
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
  });
  afterEach(async () => close());

  test('a draft filled through the UI with imported partners and invoices checks clean at ¥500,000.00', async () => {
    const wizard = new WizardPage(page);
    await wizard.open(inject('baseUrl'));
    await wizard.choosePolicy('quzhou-2025');
    await wizard.chooseProgram('training-base');
    await expect(wizard.citation()).resolves.toBe('依据：衢政办发〔2025〕10号 二(六)19');
    await wizard.createForNewApplicant();

    const editor = new EditorPage(page);
    expect(checkUscc(QUZHOU_ENTERPRISE.orgCode)).toMatchObject({
      ok: true,
      value: QUZHOU_ENTERPRISE.orgCode,
    });
    await editor.typeAll({
      企业名称: QUZHOU_ENTERPRISE.name,
      统一社会信用代码: QUZHOU_ENTERPRISE.orgCode,
      法定代表人: QUZHOU_ENTERPRISE.legalRepresentative,
      地址: QUZHOU_ENTERPRISE.address,
      联系人: QUZHOU_ENTERPRISE.contactPerson,
      联系电话: QUZHOU_ENTERPRISE.phone,
      开户银行: QUZHOU_ENTERPRISE.bankName,
      银行账号: QUZHOU_ENTERPRISE.bankAccount,
      实训基地名称: '衢州鼎衡精密机械产教融合实训基地',
      服务产业领域: '智能制造',
      实训工位数: '48',
      年实训能力: '1200',
    });
    await editor.pickDate('建设开始日期', '2025-03-01');
    await editor.pickDate('建设完成日期', '2026-06-30');
    await expect(editor.field('建设开始日期').inputValue()).resolves.toBe('2025-03-01');

    const partners = editor.roster('合作院校');
    await partners.importFile(fixture('quzhou-partner-schools.xlsx'));
    await expect.poll(() => partners.rowCount()).toBe(3);
    await expect(partners.cellText(3, '合作协议签订日期')).resolves.toBe('2025-02-26');

    const investments = editor.roster('投资明细');
    await investments.importFile(fixture('quzhou-investments.xlsx'));
    await expect.poll(() => investments.rowCount()).toBe(5);
    await expect(investments.cellText(3, '金额')).resolves.toBe('305,600.50');
    await expect(investments.cellText(4, '发票号码')).resolves.toBe('04418923');

    await expect.poll(() => editor.errorCount()).toBe(0);
    // What is left are reminders to attach the evidence, which this test does not upload.
    const messages = await editor.findingMessages();
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^缺少证明材料：/);
    await expect(editor.amount().innerText()).resolves.toBe('¥500,000.00');
    await expect(editor.amountUppercase().innerText()).resolves.toBe('大写：伍拾万元整');
    const trace = await page.locator('.amount-trace li').allInnerTexts();
    expect(trace).toEqual([
      '实际投资额 2,400,000.00（5 张发票）',
      '25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00',
    ]);

    await editor.waitSaved();
    await page.reload();
    await expect.poll(() => editor.amount().innerText()).toBe('¥500,000.00');
    await expect(editor.roster('投资明细').rowCount()).resolves.toBe(5);
    await editor.screenshot('program-training-base');
  });

  test('a wrong 统一社会信用代码 check character shows the exact message under the field, without repeating its name', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const editor = new EditorPage(page);
    const code = QUZHOU_ENTERPRISE.orgCode;
    const right = code.slice(17);
    const wrong = right === '0' ? '1' : '0';
    const expected = `统一社会信用代码第18位（校验码）应为「${right}」，实为「${wrong}」`;
    expect(checkUscc(code.slice(0, 17) + wrong)).toMatchObject({ ok: false, message: expected });

    await editor.type('统一社会信用代码', code.slice(0, 17) + wrong);
    await expect.poll(() => editor.findingMessages()).toContain(`「统一社会信用代码」：${expected}`);
    // One line ending in the message: the help line's swap animation is over.
    await expect
      .poll(() => editor.fieldMessage('统一社会信用代码').innerText())
      .toMatch(new RegExp(`^[^\\n]*${expected.replace(/[()（）「」]/g, '.')}$`));
    await editor.screenshot('program-training-base-wrong-uscc');
    // Under the field the message stands alone: the label above it already names the field.
    expect.soft(await editor.fieldMessage('统一社会信用代码').innerText()).toBe(expected);

    await editor.type('统一社会信用代码', code);
    await expect.poll(() => editor.findingMessages()).not.toContain(`「统一社会信用代码」：${expected}`);
    await expect
      .poll(() => editor.fieldMessage('统一社会信用代码').innerText())
      .not.toContain('校验码）应为');
  });

  test('rows copied from Excel and pasted into a roster are added, then edited inline', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const editor = new EditorPage(page);

    // Excel copies a block as tab-separated rows ending in CRLF; a copied header row maps by name.
    const partners = editor.roster('合作院校');
    await partners.paste(
      '院校名称\t合作协议签订日期\r\n衢州职业技术学院\t2025-01-15\r\n衢州市工程技术学校\t2025/2/20\r\n',
    );
    await expect.poll(() => partners.rowCount()).toBe(2);
    await expect(partners.cellText(2, '院校名称')).resolves.toBe('衢州市工程技术学校');
    await expect(partners.cellText(2, '合作协议签订日期')).resolves.toBe('2025-02-20');

    // Without a header the columns are taken in the grid's order.
    const investments = editor.roster('投资明细');
    await investments.paste(
      '设备购置\t五轴联动数控加工中心\t1,280,000.00\t25332000000031842517\t2025-05-12\r\n' +
        '场地建设改造\t实训车间改造及通风照明工程\t305600.5\t25332000000063385102\t2025-10-21\r\n',
    );
    await expect.poll(() => investments.rowCount()).toBe(2);
    await expect(investments.cellText(1, '金额')).resolves.toBe('1,280,000.00');
    await expect(investments.cellText(2, '类别')).resolves.toBe('场地建设改造');
    await expect(partners.rowCount()).resolves.toBe(2);

    await partners.paste('衢州市信安中等职业学校\t2025-02-26');
    await expect.poll(() => partners.rowCount()).toBe(3);
    await partners.editCell(1, '院校名称', '衢州职业技术学院（智造学院）');
    await expect.poll(() => partners.cellText(1, '院校名称')).toBe('衢州职业技术学院（智造学院）');
    await editor.waitSaved();
    await page.reload();
    await expect
      .poll(() => editor.roster('合作院校').cellText(1, '院校名称'))
      .toBe('衢州职业技术学院（智造学院）');
    await editor.screenshot('program-training-base-paste');
  });

  test('the 投资明细 grid, wider than its card, keeps its header over its columns', async () => {
    await new WizardPage(page).create(inject('baseUrl'), 'quzhou-2025', 'training-base');
    const investments = new EditorPage(page).roster('投资明细');
    await investments.paste('设备购置\t五轴联动数控加工中心\t1280000\t25332000000031842517\t2025-05-12');
    await expect.poll(() => investments.rowCount()).toBe(1);
    const { header, row } = await investments.columnEdges();
    // Selection box, 序号 and the six columns (来源文件 last): each header cell starts where its column starts.
    expect(row).toHaveLength(8);
    expect(header).toEqual(row);
  });
});
