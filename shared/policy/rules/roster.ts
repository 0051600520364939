import type { Claim, FieldPath, Finding } from '../types';
import { datesInOrder, duplicateRows, finding, rowFindings } from './common';

interface DatedPerson {
  name: string;
  idNumber: string;
  startDate: string;
  endDate: string;
}

/** Start before end on every row of a dated roster (error on the row's end date). */
export function rosterDatesInOrder(
  ruleId: string,
  rows: readonly DatedPerson[],
  listPath: FieldPath,
): Finding[] {
  const findings: Finding[] = [];
  rows.forEach((row, index) => {
    // Rows in order are the norm; only an out-of-order row builds its finding.
    if (row.startDate <= row.endDate) return;
    findings.push(
      ...datesInOrder(
        ruleId,
        {
          value: row.startDate,
          path: [...listPath, index, 'startDate'],
          label: '开始日期',
          labelEn: 'start date',
        },
        { value: row.endDate, path: [...listPath, index, 'endDate'], label: '结束日期', labelEn: 'end date' },
        { zh: `第${index + 1}行「${row.name}」的`, en: `Row ${index + 1} (${row.name})` },
      ),
    );
  });
  return findings;
}

/** The same 身份证号 twice in one roster (error on the later row). */
export function rosterDuplicateIds(
  ruleId: string,
  rows: readonly { name: string; idNumber: string }[],
  listPath: FieldPath,
): Finding[] {
  return duplicateRows(
    rows,
    (r) => r.idNumber,
    (r) => r.name,
    {
      ruleId,
      listPath,
      field: 'idNumber',
      label: '身份证号',
      labelEn: 'ID number',
    },
  );
}

/** A roster row that starts after the application date (warning: the period has not been served). */
export function rosterStartsAfter(
  ruleId: string,
  rows: readonly DatedPerson[],
  listPath: FieldPath,
  applicationDate: string,
): Finding[] {
  return rowFindings(rows, (row, index) =>
    row.startDate > applicationDate
      ? finding(
          null,
          ruleId,
          'warning',
          [...listPath, index, 'startDate'],
          null,
          `第${index + 1}行「${row.name}」的开始日期 ${row.startDate} 晚于申报日期 ${applicationDate}`,
          `Row ${index + 1} (${row.name}) starts ${row.startDate}, after the application date ${applicationDate}`,
        )
      : undefined,
  );
}

/** People of a dated roster as claims for their own period. */
export function datedPersonClaims(rows: readonly DatedPerson[], listPath: FieldPath, what: string): Claim[] {
  return rows.map((row, index) => ({
    kind: 'person',
    key: row.idNumber,
    label: `${what}${row.name}（${row.idNumber}）`,
    path: [...listPath, index, 'idNumber'],
    from: row.startDate,
    to: row.endDate,
  }));
}
