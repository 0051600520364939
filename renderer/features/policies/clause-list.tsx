import { Tag, Typography } from 'antd';
import { PROGRAM_SPECS } from '../../../shared/policy/registry';
import type { Pack } from '../../../shared/policy/types';
import { PROGRAM_IDS } from '../../../shared/schemas';
import { fill, joinList, useFeatureText } from '../../i18n/feature-text';
import { Highlight } from './highlight';
import { messages } from './messages';

/** The programs of `pack` that rely on the clause `ref`. */
function programsCiting(pack: Pack, ref: string) {
  return PROGRAM_IDS.filter((id) => pack.programs[id]?.clauses.includes(ref));
}

/** Every clause a pack quotes, with its reference, the programs relying on it and the match marked. */
export function ClauseList(props: { pack: Pack; query: string }) {
  const { text, lang } = useFeatureText(messages);
  return (
    <ol className="policy-clauses">
      {props.pack.clauses.map((clause) => {
        const users = programsCiting(props.pack, clause.ref);
        return (
          <li key={clause.ref} data-testid="clause">
            <div className="policy-clause-head">
              <Tag color="geekblue" className="policy-clause-ref">
                {clause.ref}
              </Tag>
              {users.length > 0 && (
                <Typography.Text type="secondary">
                  {fill(text.usedBy, {
                    list: joinList(
                      users.map((id) => PROGRAM_SPECS[id].title[lang]),
                      lang,
                    ),
                  })}
                </Typography.Text>
              )}
            </div>
            <blockquote className="policy-quote">
              <Highlight text={clause.text} query={props.query} />
            </blockquote>
          </li>
        );
      })}
    </ol>
  );
}
