// gen.js writes js.jsonl, the JavaScript reference values that
// golden_test.go checks the package against. Run: node gen.js > js.jsonl
// Each line is [kind, input..., result]; numbers travel as their 16-hex-digit
// IEEE bit patterns so that -0 and NaN survive.
'use strict';

let seed = 20240601;
function rand() { // xorshift32, so the file is reproducible
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
function pick(a) { return a[Math.floor(rand() * a.length)]; }
const dv = new DataView(new ArrayBuffer(8));
function bits(x) {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}
function fromBits(hi, lo) {
  dv.setUint32(0, hi); dv.setUint32(4, lo);
  return dv.getFloat64(0);
}
const out = [];
const emit = (...a) => out.push(JSON.stringify(a));

// FormatNumber: String(x).
const nums = [0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 1e-6, 1e20, 0.1 + 0.2,
  123456789012345680000, 2 ** 53, 2 ** 53 + 2, -(2 ** 63), 5e-324, 1.7976931348623157e308,
  999999999999999900000, 1e21 - 65536, 0.000001, 0.0000001, 1.5e-7, 123e-20, 1 / 3];
for (let i = 0; i < 1000; i++) {
  nums.push(fromBits(Math.floor(rand() * 2 ** 32), Math.floor(rand() * 2 ** 32)));
}
for (let i = 0; i < 1000; i++) {
  const digits = Math.floor(rand() * 10 ** (1 + Math.floor(rand() * 17)));
  const e = Math.floor(rand() * 60) - 30;
  nums.push((rand() < 0.5 ? -1 : 1) * Number(digits + 'e' + e));
}
for (const x of nums) emit('fmt', bits(x), String(x));

// ParseNumber: Number(s).
const pieces = ['0', '1', '7', '9', '12', '.', '.', 'e', 'E', '+', '-', ' ', '\t', '\n',
  '\u00a0', '\u2003', '\ufeff', '\u180e', '\u0085', '\u3000', 'x', 'X', '0x', '0b', '0o', '0B',
  'f', 'F', 'a', '_', ',', 'Infinity', 'infinity', 'inf', 'NaN', 'n', 'i', '1e5', '00', '١'];
const strs = ['', ' ', '0x', '0x1F', '0X1f', '0b101', '0o17', '0b2', '-0x10', '+0x10', '1_000',
  'inf', 'nan', '1e', '--1', '1,5', '.', '.5', '5.', '+.5', '5.e3', '.e3', '1e+', '1e400',
  '-1e400', '1e-400', '-0', '+Infinity', '-Infinity', 'Infinity', ' 12 ', '\u00a012\u2028',
  '0x1fffffffffffff1', '0x' + 'f'.repeat(40), '0b' + '1'.repeat(70), '0o' + '7'.repeat(30),
  '9007199254740993', '1' + '0'.repeat(400), '0.' + '0'.repeat(400) + '1',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '0x10p0', '1p5', '0x1.8', '1e1_0',
  '１２', '12\u0000', '+-1', '-+1', '1e+-1', '0e0', '00012', '-00.0100', '1.', '-.', '+'];
for (let i = 0; i < 2000; i++) {
  let s = '';
  const n = 1 + Math.floor(rand() * 6);
  for (let j = 0; j < n; j++) s += pick(pieces);
  strs.push(s);
}
for (const s of strs) emit('num', s, bits(Number(s)));

// Case-insensitive ordering and containment: toLowerCase, then < and includes.
const chars = ['a', 'B', 'z', 'Z', '_', '.', "'", ' ', 'Σ', 'σ', 'ς', 'İ', 'i', '\u0307', 'ß',
  'Å', 'Ω', 'Ω', 'K', 'k', 'ǅ', 'ǆ', 'Ǆ', '😀', '𐐀', '𐐨', '\uff21', '\uff41', '\ue000',
  '\uffee', 'に', 'ほ', 'ん', 'ご', 'é', 'É', 'ʰ', '\u00ad', '1', '0'];
function word() {
  let s = '';
  const n = Math.floor(rand() * 5);
  for (let j = 0; j < n; j++) s += pick(chars);
  return s;
}
for (let i = 0; i < 1500; i++) {
  const a = word();
  const b = rand() < 0.3 ? a.toUpperCase() : word();
  const la = a.toLowerCase(), lb = b.toLowerCase();
  emit('cmp', a, b, la < lb ? -1 : la > lb ? 1 : 0);
  emit('has', a, b, la.includes(lb));
}

// sin, cos, tan in degrees, rounded to 10 places as Scratch does.
const round10 = x => parseFloat(x.toFixed(10));
const degs = [];
for (let d = -360; d <= 360; d++) degs.push(d);
for (let i = 0; i < 500; i++) degs.push((rand() - 0.5) * 2000);
for (let i = 0; i < 200; i++) degs.push(Math.round((rand() - 0.5) * 4000) / 8);
for (const d of degs) {
  emit('sin', bits(d), bits(round10(Math.sin((Math.PI * d) / 180))));
  emit('cos', bits(d), bits(round10(Math.cos((Math.PI * d) / 180))));
  const a = d % 360;
  const t = a === 90 || a === -270 ? Infinity : a === -90 || a === 270 ? -Infinity :
    round10(Math.tan((Math.PI * a) / 180));
  emit('tan', bits(d), bits(t));
}

// toFixed(2), toFixed(10), Math.round and %.
const fx = [0.125, 0.375, -0.125, 1.005, 2.675, 9.995, 99.995, 0.015, 1e20 + 0.5, 1 / 2048,
  4503599627370495.5, 0.5, 1234.5678, -1.005];
for (let i = 0; i < 800; i++) {
  const k = Math.floor(rand() * 100000);
  fx.push(rand() < 0.5 ? k / 8 : k / 1000, (rand() - 0.5) * 10 ** Math.floor(rand() * 20));
}
for (let i = 0; i < 200; i++) fx.push(Math.floor(rand() * 2 ** 20) / 2048);
for (const x of fx) {
  emit('fix2', bits(x), x.toFixed(2));
  emit('fix10', bits(x), x.toFixed(10));
  emit('round', bits(x), bits(Math.round(x)));
}
const ms = [[-1, 3], [1, -3], [5, 0], [-5, Infinity], [5, -Infinity], [Infinity, 3], [-0, 3],
  [-3, 3], [7.5, 2], [-7.5, 2], [7.5, -2], [0.3, 0.1], [-1e-320, 1]];
for (let i = 0; i < 300; i++) ms.push([(rand() - 0.5) * 1000, (rand() - 0.5) * 20]);
for (const [a, b] of ms) {
  let r = a % b;
  if (r / b < 0) r += b;
  emit('mod', bits(a), bits(b), bits(r));
}
process.stdout.write(out.join('\n') + '\n');
