import { listPacks } from '../../../shared/policy/registry';

/** A place no pack covers: matches no pack's region name. */
export const OTHER_REGION = '其他地区';

/** The regions the registered packs cover (imported ones too), as the finder's region options. */
export const regionOptions = (): readonly { value: string; label: string }[] => [
  ...new Map(
    listPacks().map((p) => [
      p.region.name,
      { value: p.region.name, label: `${p.region.province}${p.region.name}` },
    ]),
  ).values(),
];

/** The region option an address lies in (`浙江省衢州市衢江区…` → `衢州市`), or `OTHER_REGION`. */
export function regionFromAddress(address: unknown): string | undefined {
  if (typeof address !== 'string' || !address.trim()) return undefined;
  return regionOptions().find((o) => address.includes(o.value))?.value ?? OTHER_REGION;
}
