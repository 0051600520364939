import { Typography } from 'antd';
import type { AmountResult } from '../../../shared/policy/types';
import { formatYuan } from '../../../shared/money';
import { memo } from 'react';

const STATUS: Record<AmountResult['status'], string> = {
  computed: '按政策文件计算',
  'user-supplied': '按自填标准计算',
  'no-amount': '本文件未规定金额',
  incomplete: '待补全后计算',
};

/** The claimable amount, how it was derived and 大写金额; or why there is none. */
export const AmountPanel = memo(function AmountPanel(props: { amount: AmountResult; lang: 'zh' | 'en' }) {
  const { amount, lang } = props;
  const trace = lang === 'zh' ? amount.trace : amount.traceEn;
  return (
    <section className="amount-panel" aria-label="可申报金额">
      <Typography.Title level={5}>可申报金额</Typography.Title>
      <Typography.Text type="secondary">{STATUS[amount.status]}</Typography.Text>
      {amount.amountFen !== undefined && (
        <>
          <div className="amount-figure" data-testid="amount">
            ¥{formatYuan(amount.amountFen)}
          </div>
          <div className="amount-uppercase" data-testid="amount-uppercase">
            大写：{amount.amountText}
          </div>
        </>
      )}
      {amount.remainderFen !== undefined && <div>结转余额：¥{formatYuan(amount.remainderFen)}</div>}
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
