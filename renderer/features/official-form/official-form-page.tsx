import { Alert, Button, Card, Checkbox, Select, Space, Typography, message } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillAcroForm, type AcroFieldInfo } from '../../../shared/forms';
import { checkForPrintUnderPin } from '../policies/pack-pins';
import { listAcroFieldsOffThread } from '../../workers/read-pdf-off-thread';
import { draftFieldMeta, type Draft, type ProgramId } from '../../../shared/schemas';
import { PageHeader } from '../../components/page-header';
import { useServices } from '../../app/services';
import { listDrafts, loadDraft, type DraftSummary } from '../../db';
import { formFonts } from '../../pdf/form-font';
import { savedTypeface } from '../../pdf/typeface-setting';
import { safeName } from '../../pdf/print-draft';
import { fromStored, toEnvelope } from '../editor/draft-mapping';
import { BlankFormCard } from './blank-form-card';
import { MappingTable } from './mapping-table';
import { DocxFormSteps, type DocxFile } from './docx-form-card';
import { scanDocxOffThread } from '../../workers/read-docx-off-thread';
import { saveMapping, savedMapping, suggestPath } from './saved-mappings';
import { fill, useFeatureText, type Lang } from '../../i18n/feature-text';
import { messages } from './messages';
import { errorText } from '../../i18n/error-text';

type Text = (typeof messages)['zh'];

const TYPE_KEYS: Record<AcroFieldInfo['type'], keyof Text> = {
  text: 'typeText',
  checkbox: 'typeCheckbox',
  dropdown: 'typeDropdown',
  'option-list': 'typeOptionList',
  radio: 'typeRadio',
  button: 'typeButton',
  signature: 'typeSignature',
};

interface OfficialPdf {
  name: string;
  bytes: Uint8Array;
  fingerprint: string;
  fields: AcroFieldInfo[];
}

/** The draft fields a PDF field can take: scalar fields, the amount, and the first rows of each roster. */
function pathOptions(program: ProgramId, lang: Lang, text: Text): { value: string; label: string }[] {
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
    if (!key.includes('[]')) options.push({ value: key, label: m.label[lang] });
    else if (key.split('[]').length === 2) {
      const list = meta[key.slice(0, key.indexOf('[]'))]?.label[lang] ?? '';
      for (let i = 0; i < 3; i++)
        options.push({
          value: key.replace('[]', `[${i}]`),
          label: fill(text.rowOf, { list, row: i + 1, field: m.label[lang] }),
        });
    }
  }
  options.push(
    { value: 'amount.figures', label: text.amountFigures },
    { value: 'amount.uppercase', label: text.amountWords },
  );
  return options;
}

/** 填写官方表格: fill a fillable PDF the issuing office hands out with a draft's data; mappings are kept per form. */
export function OfficialFormPage() {
  const { t } = useTranslation();
  const { text, lang } = useFeatureText(messages);
  const { db, platform } = useServices();
  const [pdf, setPdf] = useState<OfficialPdf | null>(null);
  const [docx, setDocx] = useState<DocxFile | null>(null);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [draftId, setDraftId] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [restored, setRestored] = useState(false);
  const [flatten, setFlatten] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const program = drafts.find((d) => d.id === draftId)?.program as ProgramId | undefined;
  const options = useMemo(() => (program ? pathOptions(program, lang, text) : []), [program, lang, text]);

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
    const file = await platform
      .pickFile([{ name: 'PDF', extensions: ['pdf'] }])
      .catch((e: unknown) => void setError(errorText(e, lang)));
    if (!file) return;
    setDocx(null);
    try {
      const info = await listAcroFieldsOffThread(file.bytes);
      if (info.fields.length === 0) throw new Error(text.noFields);
      setPdf({ name: file.name, bytes: file.bytes, ...info });
      const saved = savedMapping(info.fingerprint);
      setMapping(saved ? { ...saved.fields } : {});
      setRestored(saved !== null);
    } catch (e) {
      setPdf(null);
      setError(fill(text.unusable, { name: file.name, error: errorText(e, lang) }));
    }
  };

  // A Word form is measured and scanned here (limits refuse it by name); its steps follow below.
  const pickDocx = async () => {
    setError(null);
    setResult(null);
    const file = await platform
      .pickFile([{ name: 'Word', extensions: ['docx'] }])
      .catch((e: unknown) => void setError(errorText(e, lang)));
    if (!file) return;
    setPdf(null);
    try {
      const info = await scanDocxOffThread(file.bytes);
      // A form of running text only (「申报单位：____」) has blanks but no tables.
      if (info.tables === 0 && info.slots.length === 0) throw new Error(text.docxNoTables);
      const blanks = info.slots.filter((s) => s.place.table === 0).length;
      setDocx({
        name: file.name,
        bytes: file.bytes,
        fingerprint: info.fingerprint,
        tables: info.tables,
        blanks,
      });
    } catch (e) {
      setDocx(null);
      setError(fill(text.unusable, { name: file.name, error: errorText(e, lang) }));
    }
  };

  const chooseDraft = (id: string) => {
    setDraftId(id);
    const p = drafts.find((d) => d.id === id)?.program as ProgramId | undefined;
    if (!pdf || !p || restored) return;
    const opts = pathOptions(p, lang, text);
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
      if (!loaded) throw new Error(text.draftNotFound);
      const envelope = toEnvelope(fromStored(loaded.draft, loaded.rosterRows));
      const { check, draft } = checkForPrintUnderPin(envelope);
      const fields = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v));
      const saved = { formFingerprint: pdf.fingerprint, fields };
      saveMapping(saved);
      const filled = await fillAcroForm(
        pdf.bytes,
        draft ?? (envelope as unknown as Draft),
        saved,
        // The look chosen in 设置 → 申报表字体, as for the printed form.
        await formFonts(savedTypeface()),
        {
          flatten,
          amount: check.amount,
        },
      );
      const name = `${safeName(pdf.name.replace(/\.pdf$/i, ''))}${text.filledSuffix}.pdf`;
      await platform.saveFile(name, filled.bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
      const unmapped = pdf.fields.length - Object.keys(fields).length;
      const empty = filled.skipped.length ? fill(text.resultEmpty, { n: filled.skipped.length }) : '';
      setResult(fill(text.resultFilled, { filled: filled.filled.length, unmapped }) + empty);
      void message.success(text.generated);
    } catch (e) {
      setError(errorText(e, lang));
    }
  };

  return (
    <>
      <PageHeader title={t('nav.acroform')} description={text.descriptionAny} />
      <Space direction="vertical" style={{ width: '100%' }}>
        <Card size="small" title={text.step1Any}>
          <Space>
            <Button onClick={() => void pickPdf()}>{text.pickPdf}</Button>
            <Button onClick={() => void pickDocx()}>{text.pickDocx}</Button>
            {docx && (
              <Typography.Text data-testid="official-docx">
                {docx.tables > 0
                  ? fill(text.docxTables, { name: docx.name, n: docx.tables })
                  : fill(text.docxBlanksOnly, { name: docx.name, n: docx.blanks })}
              </Typography.Text>
            )}
            {pdf && (
              <Typography.Text data-testid="official-pdf">
                {fill(text.pdfFields, { name: pdf.name, n: pdf.fields.length })}
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
        {docx && <DocxFormSteps key={docx.fingerprint + docx.name} docx={docx} drafts={drafts} />}
        {pdf && (
          <Card size="small" title={text.step2}>
            <Select
              showSearch
              aria-label={text.draftLabel}
              style={{ width: '100%' }}
              placeholder={text.draftPlaceholder}
              value={draftId}
              onChange={chooseDraft}
              optionFilterProp="label"
              options={drafts.map((d) => ({ value: d.id, label: d.title }))}
            />
          </Card>
        )}
        {pdf && program && (
          <Card size="small" title={text.step3}>
            {restored && <Alert type="info" showIcon title={text.restored} data-testid="mapping-restored" />}
            <MappingTable
              rows={pdf.fields.map((f) => ({
                key: f.name,
                label: f.name,
                type: text[TYPE_KEYS[f.type]],
                options,
                ariaLabel: fill(text.fieldLabel, { name: f.name }),
              }))}
              mapping={mapping}
              onChange={(key, path) => setMapping((m) => ({ ...m, [key]: path }))}
              titles={{ label: text.colField, type: text.colType, path: text.colPath }}
            />
            <Space style={{ marginTop: 12 }}>
              <Checkbox checked={flatten} onChange={(e) => setFlatten(e.target.checked)}>
                {text.flatten}
              </Checkbox>
              <Button type="primary" onClick={() => void generate()}>
                {text.generate}
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
