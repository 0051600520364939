import { Alert, Button, Card, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { checkForPrintUnderPin } from '../policies/pack-pins';
import type { DocxFillReport, DocxSlot } from '../../../shared/office/docx';
import { fillDocxOffThread, scanDocxOffThread } from '../../workers/read-docx-off-thread';
import type { Draft, ProgramId } from '../../../shared/schemas';
import { useServices } from '../../app/services';
import { loadDraft, type DraftSummary } from '../../db';
import { safeName } from '../../pdf/print-draft';
import { fromStored, toEnvelope } from '../editor/draft-mapping';
import { errorText } from '../../i18n/error-text';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { docxPathOptions, optionsFor } from './docx-path-options';
import { MappingTable } from './mapping-table';
import { messages } from './messages';
import { saveMapping, savedMapping } from './saved-mappings';

export interface DocxFile {
  name: string;
  bytes: Uint8Array;
  fingerprint: string;
  tables: number;
  /** Blanks in running text outside tables. */
  blanks: number;
}

const DOCX_TYPE = [{ name: 'Word', extensions: ['docx'] }];

/** Steps 2 and 3 for a Word form: the draft, then each label the form asks for, mapped to a draft field. */
export function DocxFormSteps({ docx, drafts }: { docx: DocxFile; drafts: DraftSummary[] }) {
  const { text, lang } = useFeatureText(messages);
  const { db, platform } = useServices();
  const [draftId, setDraftId] = useState<string | undefined>();
  const [slots, setSlots] = useState<DocxSlot[] | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [restored, setRestored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<DocxFillReport | null>(null);
  const program = drafts.find((d) => d.id === draftId)?.program as ProgramId | undefined;
  const options = useMemo(
    () => (program ? docxPathOptions(program, lang, text) : null),
    [program, lang, text],
  );

  // The slots depend on the program (its roster columns and own labels): scanned again per draft.
  useEffect(() => {
    if (!program) return;
    let live = true;
    scanDocxOffThread(docx.bytes, program).then(
      (info) => {
        if (!live) return;
        const saved = savedMapping(docx.fingerprint);
        const auto = Object.fromEntries(info.slots.filter((s) => s.auto).map((s) => [s.key, s.auto!]));
        setSlots(info.slots);
        setMapping(saved ? { ...auto, ...saved.fields } : auto);
        setRestored(saved !== null);
      },
      (e: unknown) => live && setError(errorText(e, lang)),
    );
    return () => {
      live = false;
    };
  }, [docx, program, lang]);

  const generate = async () => {
    if (!draftId || !slots) return;
    setError(null);
    try {
      const loaded = await loadDraft(db, draftId);
      if (!loaded) throw new Error(text.draftNotFound);
      const envelope = toEnvelope(fromStored(loaded.draft, loaded.rosterRows));
      const { check, draft } = checkForPrintUnderPin(envelope);
      // Only the user's choices that differ from what the form's labels say are saved.
      const fields = Object.fromEntries(
        slots
          .filter((s) => (mapping[s.key] ?? '') !== (s.auto ?? ''))
          .map((s) => [s.key, mapping[s.key] ?? '']),
      );
      const saved = { formFingerprint: docx.fingerprint, fields };
      saveMapping(saved);
      const out = await fillDocxOffThread(
        docx.bytes,
        { draft: draft ?? (envelope as unknown as Draft), amount: check.amount },
        saved,
      );
      const name = `${safeName(docx.name.replace(/\.docx$/i, ''))}${text.filledSuffix}.docx`;
      await platform.saveFile(name, out.bytes, DOCX_TYPE);
      setReport(out.report);
    } catch (e) {
      setError(errorText(e, lang));
    }
  };

  const unmatched = slots?.filter((s) => !mapping[s.key]).length ?? 0;
  const placeText = (place: DocxSlot['place']) =>
    place.paragraph
      ? fill(place.textBox ? text.docxPlaceTextBoxText : text.docxPlaceText, { paragraph: place.paragraph })
      : fill(place.textBox ? text.docxPlaceTextBox : text.docxPlace, { table: place.table, row: place.row });
  return (
    <>
      <Card size="small" title={text.step2}>
        <Select
          showSearch
          aria-label={text.draftLabel}
          style={{ width: '100%' }}
          placeholder={text.draftPlaceholder}
          value={draftId}
          onChange={(id: string) => {
            setReport(null);
            setDraftId(id);
          }}
          optionFilterProp="label"
          options={drafts.map((d) => ({ value: d.id, label: d.title }))}
        />
      </Card>
      {slots && options && (
        <Card size="small" title={text.docxStep3}>
          {restored && <Alert type="info" showIcon title={text.restored} data-testid="mapping-restored" />}
          {unmatched > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              title={fill(text.docxUnmatched, { n: unmatched })}
              data-testid="docx-unmatched"
            />
          )}
          <MappingTable
            rows={slots.map((s) => ({
              key: s.key,
              label: s.label,
              where: placeText(s.place),
              type:
                s.kind === 'choice'
                  ? text.docxKindChoice
                  : s.kind === 'column'
                    ? text.docxKindColumn
                    : text.typeText,
              options: optionsFor(s, options),
              ariaLabel: fill(text.docxSlotLabel, { name: s.label }),
            }))}
            mapping={mapping}
            onChange={(key, path) => setMapping((m) => ({ ...m, [key]: path }))}
            titles={{
              label: text.docxColLabel,
              where: text.docxColWhere,
              type: text.colType,
              path: text.colPath,
            }}
            unmapped={{ placeholder: text.docxNotMatched, tag: text.docxUnknown }}
          />
          <Button type="primary" style={{ marginTop: 12 }} onClick={() => void generate()}>
            {text.docxGenerate}
          </Button>
          {report && (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              data-testid="official-result"
              title={fill(text.docxResult, {
                filled: report.filled.length,
                rows: report.rosters.reduce((n, r) => n + r.rows, 0),
                unmatched: report.unmatched.length,
              })}
            />
          )}
        </Card>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="official-error" />}
    </>
  );
}
