import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadModel, type NerModel, type NerModelFile } from './perceptron-tagger.js';

// Weights ship in the repository (trained by scripts/train/train-ner.ts); nothing is fetched at run time.
const MODEL_URL = new URL('../../../models/ner-conll2003.json.gz', import.meta.url);

let cached: NerModel | undefined;

/** The committed CoNLL-2003 tagger, loaded once per process. */
export function defaultNerModel(): NerModel {
  if (!cached) {
    const file = JSON.parse(gunzipSync(readFileSync(MODEL_URL)).toString('utf8')) as NerModelFile;
    cached = loadModel(file);
  }
  return cached;
}
