import type { ThemeConfig } from 'antd';

/** System Chinese fonts first; the bundled Noto Sans SC only where none is installed. */
export const FONT_STACK =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'GrantDesk Noto Sans SC', sans-serif";

/** A restrained official look: government red for primary actions, small radii. */
export const THEME: ThemeConfig = {
  token: { colorPrimary: '#b3261e', borderRadius: 4, fontFamily: FONT_STACK },
};
