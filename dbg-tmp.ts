import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { FORMS } from './tests/fixtures/docx/make-forms';
import { fillDocxForm, scanDocxForm } from './shared/office/docx';
import { checkForPrint } from './shared/forms';
const raw = JSON.parse(readFileSync('tests/fixtures/drafts/internship.quzhou-2025.json', 'utf8'));
const { check, draft } = checkForPrint(raw, { today: '2026-01-10' });
mkdirSync('/tmp/dx', { recursive: true });
for (const [name, make] of Object.entries(FORMS)) {
  const bytes = make();
  writeFileSync(`/tmp/dx/${name}.docx`, bytes);
  const info = await scanDocxForm(bytes, 'internship');
  const out = await fillDocxForm(bytes, { draft: draft!, amount: check.amount });
  writeFileSync(`/tmp/dx/${name}.out.docx`, out.bytes);
  console.log(name, info.fingerprint.slice(0, 8), JSON.stringify(out.report, null, 0));
}
