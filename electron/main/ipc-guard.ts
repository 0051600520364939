// Checks every IPC message before a handler sees it; free of `electron` so plain Node tests run it.
import { ipcRequestSchemas, type IpcChannel, type IpcRequest } from '../../shared/ipc';
import { isInAppUrl } from './navigation-policy';

export class IpcRejected extends Error {
  override name = 'IpcRejected';
}

/** Drops messages whose sender frame is not the app's own page. */
export function assertTrustedSender(
  senderUrl: string | undefined,
  isOwnWindow: boolean,
  appUrl: string,
): void {
  if (!isOwnWindow || !senderUrl || !isInAppUrl(senderUrl, appUrl)) {
    throw new IpcRejected(`拒绝来自未知页面的请求：${senderUrl ?? '（无地址）'}`);
  }
}

/** Parses a payload with its channel's schema; the error names the field. */
export function parsePayload<C extends IpcChannel>(channel: C, payload: unknown): IpcRequest<C> {
  const result = ipcRequestSchemas[channel].safeParse(payload);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '（整体）';
    throw new IpcRejected(`请求 ${channel} 的字段 ${where} 无效：${issue?.message ?? '格式错误'}`);
  }
  return result.data as IpcRequest<C>;
}
