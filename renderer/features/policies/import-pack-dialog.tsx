import { Alert, Button, Modal, Space, Spin, Tag, Typography, message } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import type { Pack } from '../../../shared/policy/types';
import { useServices } from '../../app/services';
import type { PackFiles } from '../../db';
import { errorText } from '../../i18n/error-text';
import { fill, joinList, useFeatureText } from '../../i18n/feature-text';
import { checkPackFiles, type CheckedPack } from './check-pack-upload';
import { importPack } from './imported-packs';
import { importMessages } from './import-messages';
import { packLabel } from './pack-pins';
import { PackUploadError, readPackUpload } from './read-pack-files';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; zh: string; en: string }
  | { step: 'checked'; files: PackFiles; ignored: string[]; checked: CheckedPack };

/** True when a checked pack may be stored: it loaded, no error, every test of its own passed. */
function importable(c: CheckedPack): c is CheckedPack & { pack: Pack } {
  return (
    c.pack !== undefined && !c.problems.some((p) => p.severity === 'error') && (c.tests?.failed ?? 0) === 0
  );
}

/** 政策库 → 导入政策包: read the files (limits first), check them and run their tests, show, then store. */
export function ImportPackButton(props: { onImported: (pack: Pack) => void }) {
  const { db } = useServices();
  const { text, lang } = useFeatureText(importMessages);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const choose = async (files: readonly File[]) => {
    setState({ step: 'reading' });
    try {
      const upload = await readPackUpload(files);
      setState({ step: 'checked', ...upload, checked: checkPackFiles(upload.files) });
    } catch (e) {
      if (e instanceof PackUploadError) setState({ step: 'refused', zh: e.message, en: e.messageEn });
      else setState({ step: 'refused', zh: errorText(e, 'zh'), en: errorText(e, 'en') });
    }
  };

  const store = async (pack: Pack, files: PackFiles) => {
    setBusy(true);
    try {
      const outcome = await importPack(db, pack, files);
      const label = packLabel(pack.id, pack.version);
      const say = { added: text.imported, unchanged: text.importedAgain, restored: text.restored }[outcome];
      void message.success(fill(say, { pack: label }));
      setOpen(false);
      setState({ step: 'idle' });
      props.onImported(pack);
    } catch (e) {
      void message.error(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const checked = state.step === 'checked' ? state.checked : null;
  const ready = checked !== null && importable(checked) ? checked : null;
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {text.open}
      </Button>
      <Modal
        open={open}
        title={text.title}
        width={760}
        onCancel={() => {
          setOpen(false);
          setState({ step: 'idle' });
        }}
        footer={[
          <Button key="cancel" onClick={() => setOpen(false)}>
            {text.cancel}
          </Button>,
          <Button
            key="import"
            type="primary"
            disabled={!ready || state.step !== 'checked'}
            loading={busy}
            onClick={() => ready && state.step === 'checked' && void store(ready.pack, state.files)}
          >
            {text.importIt}
          </Button>,
        ]}
      >
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-pack-dialog">
          <Typography.Paragraph type="secondary">{text.intro}</Typography.Paragraph>
          <input
            ref={input}
            type="file"
            multiple
            accept=".zip,.yaml,.yml,.txt"
            aria-label={text.choose}
            data-testid="import-pack-input"
            style={{ display: 'none' }}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length) void choose(files);
            }}
          />
          <Button onClick={() => input.current?.click()}>{text.choose}</Button>
          {state.step === 'reading' && <Spin description={text.reading} />}
          {state.step === 'refused' && (
            <Alert type="error" showIcon role="alert" title={lang === 'en' ? state.en : state.zh} />
          )}
          {state.step === 'checked' && <CheckedView state={state} />}
          {checked && !ready && <Alert type="warning" showIcon title={text.cannot} />}
        </Space>
      </Modal>
    </>
  );
}

function CheckedView(props: { state: Extract<State, { step: 'checked' }> }) {
  const { text, lang } = useFeatureText(importMessages);
  const { checked, ignored } = props.state;
  const { pack, problems, tests } = checked;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-pack-result">
      {pack && (
        <Typography.Text strong data-testid="import-pack-name">
          {lang === 'en' ? pack.titleEn : pack.title}
          <br />
          {fill(text.packLine, { doc: pack.docNumber, pack: packLabel(pack.id, pack.version) })}
        </Typography.Text>
      )}
      {problems.length === 0 ? (
        <Alert type="success" showIcon title={text.noProblems} />
      ) : (
        <Alert
          type={problems.some((p) => p.severity === 'error') ? 'error' : 'warning'}
          showIcon
          title={fill(text.problems, { n: problems.length })}
          description={
            <ol className="pack-problems" data-testid="import-pack-problems">
              {problems.map((p, i) => (
                <li key={i}>
                  <Typography.Text code>{p.place}</Typography.Text> {lang === 'en' ? p.textEn : p.text}
                </li>
              ))}
            </ol>
          }
        />
      )}
      {tests ? (
        <Typography.Text data-testid="import-pack-tests" type={tests.failed ? 'danger' : undefined}>
          {fill(text.testsLine, { passed: tests.passed, failed: tests.failed })}
          {tests.failures.length > 0 && (
            <ul>
              {tests.failures.map((f, i) => (
                <li key={i}>{lang === 'en' ? f.en : f.zh}</li>
              ))}
            </ul>
          )}
        </Typography.Text>
      ) : (
        pack && (
          <Typography.Text type="warning" data-testid="import-pack-tests">
            {checked.testsPresent ? text.testsNotRun : text.noTests}
          </Typography.Text>
        )
      )}
      {ignored.length > 0 && (
        <Typography.Text type="secondary">
          {fill(text.ignored, { files: joinList(ignored, lang) })}
        </Typography.Text>
      )}
      {pack && (
        <details open>
          <summary>{fill(text.clauses, { n: pack.clauses.length })}</summary>
          <ol className="policy-clauses import-pack-clauses" data-testid="import-pack-clauses">
            {pack.clauses.map((c) => (
              <li key={c.ref}>
                <Tag color="geekblue">{c.ref}</Tag>
                <blockquote className="policy-quote">{c.text}</blockquote>
              </li>
            ))}
          </ol>
        </details>
      )}
    </Space>
  );
}
