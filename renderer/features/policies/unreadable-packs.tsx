import { Alert } from 'antd';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { importMessages } from './import-messages';
import { packLabel, useUnreadablePacks } from './pack-pins';

/** The stored pack versions that no longer load, each with its problems; nothing when all load. */
export function UnreadablePacks() {
  const { text, lang } = useFeatureText(importMessages);
  const list = useUnreadablePacks();
  if (list.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unreadable-packs"
      className="policy-unreadable"
      title={fill(text.unreadableTitle, { n: list.length })}
      description={
        <>
          <ul>
            {list.map((u) => (
              <li key={`${u.packId}@${u.version}`} data-testid="unreadable-pack">
                {fill(text.unreadable, {
                  pack: packLabel(u.packId, u.version),
                  problems: (lang === 'en' ? u.problemsEn : u.problems).join('；'),
                })}
              </li>
            ))}
          </ul>
          <div>{text.unreadableKept}</div>
        </>
      }
    />
  );
}
