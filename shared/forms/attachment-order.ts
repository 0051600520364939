// Attachments print in the order of the program's evidence checklist, so the bundle reads like the list.

/** An attachment to order: its own evidence tag, if the caller knows it, and its name. */
export interface OrderableAttachment {
  name: string;
  evidence?: string;
}

/**
 * `files` sorted by the position of their evidence item in `checklist`; a file's evidence is its own
 * tag or, failing that, the tag of the draft attachment with the same name. Files of no checklist item
 * (其他材料) come last; files of the same item keep their order.
 */
export function inChecklistOrder<T extends OrderableAttachment>(
  files: readonly T[],
  draftAttachments: readonly { name: string; evidence: string }[],
  checklist: readonly { id: string }[],
): T[] {
  const tagOf = new Map(draftAttachments.map((a) => [a.name, a.evidence]));
  const rank = new Map(checklist.map((e, i) => [e.id, i]));
  const position = (f: T) => rank.get(f.evidence ?? tagOf.get(f.name) ?? '') ?? checklist.length;
  return files
    .map((file, index) => ({ file, index, at: position(file) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((x) => x.file);
}
