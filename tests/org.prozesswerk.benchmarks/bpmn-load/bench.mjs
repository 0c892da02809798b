// Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
// bpmn-moddle side of compare.sh: same files, same protocol (in-memory strings, warm-up, median/best).
import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';

const [big, ...miwg] = process.argv.slice(2);
const texts = miwg.map(f => readFileSync(f, 'utf8'));
const bigText = readFileSync(big, 'utf8');
const moddle = new BpmnModdle();

async function pass() {
  for (const t of texts) {
    const { warnings } = await moddle.fromXML(t);
    if (warnings.length > 1000) console.error('warnings', warnings.length);
  }
}
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

for (let i = 0; i < 30; i++) { await pass(); await moddle.fromXML(bigText); }
// Wall time and process CPU time (user + system; node parses on one thread, GC adds a little).
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const passes = [], passesCpu = [];
for (let i = 0; i < 30; i++) { const c = cpu(), t = now(); await pass(); passes.push(now() - t); passesCpu.push(cpu() - c); }
const bigs = [], bigsCpu = [];
for (let i = 0; i < 15; i++) { const c = cpu(), t = now(); await moddle.fromXML(bigText); bigs.push(now() - t); bigsCpu.push(cpu() - c); }
console.log(`node.miwg.files ${texts.length}`);
console.log(`node.miwg.pass.median.ms ${median(passes).toFixed(2)}`);
console.log(`node.miwg.pass.best.ms ${Math.min(...passes).toFixed(2)}`);
console.log(`node.miwg.pass.cpu.median.ms ${median(passesCpu).toFixed(2)}`);
console.log(`node.big.load.median.ms ${median(bigs).toFixed(2)}`);
console.log(`node.big.load.best.ms ${Math.min(...bigs).toFixed(2)}`);
console.log(`node.big.load.cpu.median.ms ${median(bigsCpu).toFixed(2)}`);
