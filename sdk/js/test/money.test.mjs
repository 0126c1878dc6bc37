// Money helpers: fen ↔ RMB text and the runtime's fee formula (no node needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fenToRmb, rmbToFen, confirmationFee, toFen, bpToPercent, unitsToToken, tokenToUnits } from '@loanshare/sdk/money';

test('fen to RMB text: always two decimals, optional grouping and unit', () => {
  assert.equal(fenToRmb(8_000_000), '80000.00');
  assert.equal(fenToRmb(8_000_000n, { grouping: true }), '80,000.00');
  assert.equal(fenToRmb(1), '0.01');
  assert.equal(fenToRmb(0), '0.00');
  assert.equal(fenToRmb(-50), '-0.50');
  assert.equal(fenToRmb('123456789012345678901234567890', { grouping: true }), '1,234,567,890,123,456,789,012,345,678.90');
  assert.equal(fenToRmb(100, { unit: 'TOKEN' }), '1.00 TOKEN');
  assert.equal(fenToRmb({ toBigInt: () => 12_345n }), '123.45');
  assert.equal(unitsToToken(800), '8.00');
  assert.throws(() => fenToRmb(1.5));
  assert.throws(() => fenToRmb('1.5'));
});

test('RMB text to fen: exact, never rounded', () => {
  assert.equal(rmbToFen('80000'), 8_000_000n);
  assert.equal(rmbToFen('80,000.5'), 8_000_050n);
  assert.equal(rmbToFen(' 0.01 '), 1n);
  assert.equal(rmbToFen('-3.20'), -320n);
  assert.equal(rmbToFen('¥1,000.00'), 100_000n);
  assert.equal(rmbToFen('1000 RMB'), 100_000n);
  assert.equal(tokenToUnits('8.00 TOKEN'), 800n);
  for (const bad of ['', '1.234', '1,00', 'abc', '1e5', '.5', '1.', '--1', '12,34.00']) {
    assert.throws(() => rmbToFen(bad), RangeError, bad);
  }
  for (const fen of [0n, 1n, 99n, 100n, 123_456_789n, -7n]) assert.equal(rmbToFen(fenToRmb(fen)), fen);
});

test('the fee formula is the runtime\'s: max(ceil(amount × rate / 10,000), MinFee)', () => {
  // DOMAIN.md's worked example: 80,000 RMB at 1 TOKEN per 10,000 RMB → 800 units = 8.00 TOKEN.
  assert.equal(confirmationFee(8_000_000, 1), 800n);
  assert.equal(confirmationFee(rmbToFen('80000'), 1, 100), 800n);
  // Rounded up, never down.
  assert.equal(confirmationFee(10_001_000, 1), 1001n);
  assert.equal(confirmationFee(10_000_001, 1), 1001n);
  assert.equal(confirmationFee(10_000_000, 3), 3000n);
  // The floor: 1,000 RMB at 1 → 10 units, MinFee 100 applies.
  assert.equal(confirmationFee(100_000, 1), 100n);
  assert.equal(confirmationFee(500_000, 1, 100n), 100n);
  assert.equal(confirmationFee(500_000, 1, 0), 50n);
  assert.equal(toFen('42'), 42n);
  assert.equal(bpToPercent(1900), '19.00%');
});
