import { Alert, Button, Card, Checkbox, Select, Space, Table, Typography, message } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkForPrint, fillAcroForm, listAcroFields, type AcroFieldInfo } from '../../../shared/forms';
import { draftFieldMeta, type Draft, type ProgramId } from '../../../shared/schemas';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { listDrafts, loadDraft, type DraftSummary } from '../../db';
import { formFont } from '../../pdf/form-font';
import { safeName } from '../../pdf/print-draft';
import { fromStored, toEnvelope } from '../editor/draft-mapping';
import { BlankFormCard } from './blank-form-card';
import { saveMapping, savedMapping, suggestPath } from './saved-mappings';

const TYPE_LABELS: Record<AcroFieldInfo['type'], string> = {
  text: '文本',
  checkbox: '勾选框',
  dropdown: '下拉选项',
  'option-list': '列表',
  radio: '单选',
  button: '按钮',
  signature: '签名',
};

interface OfficialPdf {
  name: string;
  bytes: Uint8Array;
  fingerprint: string;
  fields: AcroFieldInfo[];
}

/** The draft fields a PDF field can take: scalar fields, the amount, and the first rows of each roster. */
function pathOptions(program: ProgramId): { value: string; label: string }[] {
  const meta = draftFieldMeta(program);
  const options: { value: string; label: string }[] = [];
  for (const [key, m] of Object.entries(meta)) {
    if (
      m.input === 'table' ||
      m.input === 'group' ||
      key.startsWith('attachments') ||
      ['format', 'id', 'policy', 'program'].includes(key)
    )
      continue;
    if (!key.includes('[]')) options.push({ value: key, label: m.label.zh });
    else if (key.split('[]').length === 2) {
      const list = meta[key.slice(0, key.indexOf('[]'))]?.label.zh ?? '';
      for (let i = 0; i < 3; i++)
        options.push({ value: key.replace('[]', `[${i}]`), label: `${list}第${i + 1}行 · ${m.label.zh}` });
    }
  }
  options.push(
    { value: 'amount.figures', label: '申请金额（数字）' },
    { value: 'amount.uppercase', label: '大写金额' },
  );
  return options;
}

/** 填写官方表格: fill a fillable PDF the issuing office hands out with a draft's data; mappings are kept per form. */
export function OfficialFormPage() {
  const { t } = useTranslation();
  const { db, platform } = useServices();
  const [pdf, setPdf] = useState<OfficialPdf | null>(null);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [draftId, setDraftId] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [restored, setRestored] = useState(false);
  const [flatten, setFlatten] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const program = drafts.find((d) => d.id === draftId)?.program as ProgramId | undefined;
  const options = useMemo(() => (program ? pathOptions(program) : []), [program]);

  useEffect(() => {
    let live = true;
    listDrafts(db, { limit: 500 }).then(
      (page) => live && setDrafts(page.items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db]);

  const pickPdf = async () => {
    setError(null);
    setResult(null);
    const file = await platform.pickFile([{ name: 'PDF', extensions: ['pdf'] }]);
    if (!file) return;
    try {
      const info = await listAcroFields(file.bytes);
      if (info.fields.length === 0) throw new Error('这份 PDF 没有可填写的字段');
      setPdf({ name: file.name, bytes: file.bytes, ...info });
      const saved = savedMapping(info.fingerprint);
      setMapping(saved ? { ...saved.fields } : {});
      setRestored(saved !== null);
    } catch (e) {
      setPdf(null);
      setError(`「${file.name}」无法使用：${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const chooseDraft = (id: string) => {
    setDraftId(id);
    const p = drafts.find((d) => d.id === id)?.program as ProgramId | undefined;
    if (!pdf || !p || restored) return;
    const opts = pathOptions(p);
    const guessed: Record<string, string> = {};
    for (const f of pdf.fields) {
      const path = suggestPath(f.name, opts);
      if (path) guessed[f.name] = path;
    }
    setMapping(guessed);
  };

  const generate = async () => {
    if (!pdf || !draftId) return;
    setError(null);
    try {
      const loaded = await loadDraft(db, draftId);
      if (!loaded) throw new Error('找不到这份申报');
      const envelope = toEnvelope(fromStored(loaded.draft, loaded.rosterRows));
      const { check, draft } = checkForPrint(envelope);
      const fields = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
      const saved = { formFingerprint: pdf.fingerprint, fields };
      saveMapping(saved);
      const filled = await fillAcroForm(
        pdf.bytes,
        draft ?? (envelope as unknown as Draft),
        saved,
        { regular: await formFont() },
        {
          flatten,
          amount: check.amount,
        },
      );
      const name = `${safeName(pdf.name.replace(/\.pdf$/i, ''))}（已填写）.pdf`;
      await platform.saveFile(name, filled.bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
      const unmapped = pdf.fields.length - Object.keys(fields).length;
      const empty = filled.skipped.length ? `，${filled.skipped.length} 个字段在草稿中没有内容` : '';
      setResult(`已填写 ${filled.filled.length} 个字段；${unmapped} 个字段未设置对应${empty}`);
      void message.success('已生成已填写的表格');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <PageHeader
        title={t('nav.acroform')}
        description="使用主管部门下发的可填写 PDF 申报表：选择表格和草稿，设置一次字段对应，之后自动填写。"
      />
      <Space direction="vertical" style={{ width: '100%' }}>
        <Card size="small" title="1. 选择官方表格（可填写的 PDF）">
          <Space>
            <Button onClick={() => void pickPdf()}>选择 PDF 表格…</Button>
            {pdf && (
              <Typography.Text data-testid="official-pdf">
                {pdf.name}：{pdf.fields.length} 个可填写字段
              </Typography.Text>
            )}
          </Space>
          {error && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={error}
              data-testid="official-error"
            />
          )}
        </Card>
        {pdf && (
          <Card size="small" title="2. 选择要填入的申报草稿">
            <Select
              showSearch
              aria-label="申报草稿"
              style={{ width: '100%' }}
              placeholder="选择草稿"
              value={draftId}
              onChange={chooseDraft}
              optionFilterProp="label"
              options={drafts.map((d) => ({ value: d.id, label: d.title }))}
            />
          </Card>
        )}
        {pdf && program && (
          <Card size="small" title="3. 字段对应">
            {restored && (
              <Alert
                type="info"
                showIcon
                title="已套用上次为这份表格保存的字段对应"
                data-testid="mapping-restored"
              />
            )}
            <Table<AcroFieldInfo>
              size="small"
              rowKey="name"
              pagination={false}
              dataSource={pdf.fields}
              columns={[
                { title: '表格字段', dataIndex: 'name', width: 220 },
                {
                  title: '类型',
                  key: 'type',
                  width: 90,
                  render: (_: unknown, f: AcroFieldInfo) => TYPE_LABELS[f.type],
                },
                {
                  title: '填入草稿中的',
                  key: 'path',
                  render: (_: unknown, f: AcroFieldInfo) => (
                    <Select
                      allowClear
                      showSearch
                      aria-label={`字段 ${f.name}`}
                      style={{ width: '100%' }}
                      value={mapping[f.name]}
                      optionFilterProp="label"
                      options={options}
                      onChange={(v?: string) => setMapping((m) => ({ ...m, [f.name]: v ?? '' }))}
                    />
                  ),
                },
              ]}
            />
            <Space style={{ marginTop: 12 }}>
              <Checkbox checked={flatten} onChange={(e) => setFlatten(e.target.checked)}>
                扁平化（填好后不可再编辑）
              </Checkbox>
              <Button type="primary" onClick={() => void generate()}>
                生成已填写的 PDF
              </Button>
            </Space>
            {result && (
              <Alert
                style={{ marginTop: 12 }}
                type="success"
                showIcon
                title={result}
                data-testid="official-result"
              />
            )}
          </Card>
        )}
        <BlankFormCard />
      </Space>
    </>
  );
}
