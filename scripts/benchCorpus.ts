/**
 * A generated corpus for the export bench: the seeds again and again, each copy with its own
 * place, its years shifted by up to four and every other figure scaled by 0.8–1.2 (decimals kept),
 * so that no two copies are alike but each still reads as a report.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PLACES: readonly (readonly [string, string])[] = [
  ['洛阳', '河南'], ['开封', '河南'], ['襄阳', '湖北'], ['宜昌', '湖北'], ['岳阳', '湖南'], ['常德', '湖南'],
  ['赣州', '江西'], ['九江', '江西'], ['绵阳', '四川'], ['南充', '四川'], ['遵义', '贵州'], ['曲靖', '云南'],
  ['宝鸡', '陕西'], ['天水', '甘肃'], ['大同', '山西'], ['保定', '河北'], ['潍坊', '山东'], ['临沂', '山东'],
  ['徐州', '江苏'], ['盐城', '江苏'], ['金华', '浙江'], ['台州', '浙江'], ['芜湖', '安徽'], ['泉州', '福建'],
];
const DISTRICTS = ['洛龙', '西工', '涧西', '老城', '瀍河', '吉利'];

/** A small seeded generator (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function alteredReport(seed: string, copy: number): string {
  const next = random(copy + 1);
  const [city, province] = PLACES[copy % PLACES.length]!;
  const district = DISTRICTS[copy % DISTRICTS.length]!;
  const shift = copy % 5;
  return seed
    .replaceAll('洛阳', city)
    .replaceAll('河南', province)
    .replaceAll('洛龙', district)
    .replace(/\d+(?:\.\d+)?/g, (figure) => {
      const year = Number(figure);
      if (/^(19|20)\d\d$/.test(figure)) return String(year + shift);
      const decimals = figure.split('.')[1]?.length ?? 0;
      const scaled = Number(figure) * (0.8 + 0.4 * next());
      return scaled.toFixed(decimals);
    });
}

/** Writes `count` reports into `dir`, 100 a folder (000/, 001/ …); returns their paths and total bytes. */
export function writeCorpus(seedsDir: string, dir: string, count: number): { files: string[]; bytes: number } {
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(path.join(seedsDir, name), 'utf8'));
  const files: string[] = [];
  let bytes = 0;
  for (let copy = 0; copy < count; copy++) {
    const folder = path.join(dir, String(Math.floor(copy / 100)).padStart(3, '0'));
    if (copy % 100 === 0) mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${String(copy).padStart(5, '0')}.txt`);
    const text = alteredReport(seeds[copy % seeds.length]!, copy);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
