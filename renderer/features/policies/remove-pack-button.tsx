import { Button, Modal, Tag, message } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { Pack } from '../../../shared/policy/types';
import { useServices } from '../../app/services';
import { errorText } from '../../i18n/error-text';
import { fill, useFeatureText } from '../../i18n/feature-text';
import { importedRow, removeImportedPack } from './imported-packs';
import { importMessages } from './import-messages';
import { packLabel, pinnedVersion } from './pack-pins';

/** 「已导入」 and 「删除此政策包」 on an imported pack version; nothing on a bundled one. */
export function RemovePackButton(props: { pack: Pack }) {
  const { db } = useServices();
  const { text, lang } = useFeatureText(importMessages);
  const { pack } = props;
  if (!importedRow(pack)) return null;
  const label = packLabel(pack.id, pack.version);
  const remove = async () => {
    const drafts = await db.drafts.where('policy').equals(pack.id).toArray();
    const using = drafts.filter((d) => pinnedVersion(d.policy, d.policyVersion) === pack.version).length;
    Modal.confirm({
      title: fill(text.removeTitle, { pack: label }),
      content: fill(text.removeBody, { n: using }),
      okText: text.remove,
      okButtonProps: { danger: true },
      cancelText: text.cancel,
      onOk: async () => {
        try {
          await removeImportedPack(db, pack);
          void message.success(fill(text.removed, { pack: label }));
        } catch (e) {
          void message.error(errorText(e, lang));
        }
      },
    });
  };
  return (
    <>
      <Tag color="purple" data-testid="pack-imported">
        {text.importedTag} {label}
      </Tag>
      <Button size="small" danger icon={<DeleteOutlined />} onClick={() => void remove()}>
        {text.remove}
      </Button>
    </>
  );
}
