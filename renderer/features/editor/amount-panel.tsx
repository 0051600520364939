import { Typography } from 'antd';
import type { AmountResult } from '../../../shared/policy/types';
import { formatYuan } from '../../../shared/money';
import { memo } from 'react';
import { fill } from '../../i18n/feature-text';
import { messages, type EditorText } from './messages';

const STATUS: Record<AmountResult['status'], keyof EditorText> = {
  computed: 'amountComputed',
  'user-supplied': 'amountUserSupplied',
  'no-amount': 'amountNone',
  incomplete: 'amountIncomplete',
};

/** The claimable amount, how it was derived and 大写金额; or why there is none. */
export const AmountPanel = memo(function AmountPanel(props: { amount: AmountResult; lang: 'zh' | 'en' }) {
  const { amount, lang } = props;
  const text = messages[lang];
  const trace = lang === 'zh' ? amount.trace : amount.traceEn;
  return (
    <section className="amount-panel" aria-label={text.amountTitle}>
      <Typography.Title level={5}>{text.amountTitle}</Typography.Title>
      <Typography.Text type="secondary">{text[STATUS[amount.status]]}</Typography.Text>
      {amount.amountFen !== undefined && (
        <>
          <div className="amount-figure" data-testid="amount">
            ¥{formatYuan(amount.amountFen)}
          </div>
          <div className="amount-uppercase" data-testid="amount-uppercase">
            {text.amountInWords}
            <span className="amount-words">{amount.amountText}</span>
          </div>
        </>
      )}
      {amount.remainderFen !== undefined && (
        <div>{fill(text.amountRemainder, { amount: formatYuan(amount.remainderFen) })}</div>
      )}
      {trace.length > 0 && (
        <ol className="amount-trace">
          {trace.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {(lang === 'zh' ? amount.note : amount.noteEn) && (
        <Typography.Paragraph type="secondary" data-testid="amount-note">
          {lang === 'zh' ? amount.note : amount.noteEn}
        </Typography.Paragraph>
      )}
    </section>
  );
});
