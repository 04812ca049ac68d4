/** Mention-level precision/recall/F1 over exact token spans, per label. */

export interface LabelledSpan {
  doc: number;
  sentence: number;
  start: number;
  end: number;
  label: string;
}

export interface Score {
  /** Predictions that are right. */
  tp: number;
  fp: number;
  fn: number;
  /** Gold items found, when it differs from tp (one prediction may stand for several gold items): recall's numerator. */
  found?: number;
}

export function scoreSpans(gold: LabelledSpan[], predicted: LabelledSpan[], labels: string[]): Map<string, Score> {
  const key = (s: LabelledSpan) => `${s.doc}:${s.sentence}:${s.start}:${s.end}:${s.label}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const scores = new Map<string, Score>();
  for (const label of [...labels, 'ALL']) scores.set(label, { tp: 0, fp: 0, fn: 0 });
  const inScope = (s: LabelledSpan) => labels.includes(s.label);
  for (const p of predicted.filter(inScope)) {
    const hit = goldKeys.has(key(p));
    for (const l of [p.label, 'ALL']) {
      const s = scores.get(l)!;
      if (hit) s.tp++;
      else s.fp++;
    }
  }
  for (const g of gold.filter(inScope)) {
    if (predKeys.has(key(g))) continue;
    for (const l of [g.label, 'ALL']) scores.get(l)!.fn++;
  }
  return scores;
}

export function prf(s: Score): { p: number; r: number; f: number } {
  const p = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const found = s.found ?? s.tp;
  const r = found + s.fn === 0 ? 0 : found / (found + s.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

export function formatTable(title: string, rows: [string, Score][]): string {
  const lines = [title, 'label   tp     fp     fn     P      R      F1'];
  for (const [label, s] of rows) {
    const { p, r, f } = prf(s);
    lines.push(
      `${label.padEnd(7)} ${String(s.tp).padEnd(6)} ${String(s.fp).padEnd(6)} ${String(s.fn).padEnd(6)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}
