// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { baseOptions } from '@/components/dashboard/charts/StatsCharts';

describe('dashboard chart axes', () => {
  it('count findings in whole numbers (one reply made chart.js label the axis 0.2, 0.4 … findings)', () => {
    const counts = baseOptions('findings', undefined, true).scales!.y!.ticks as { precision?: number };
    expect(counts.precision).toBe(0);
  });

  it('leave rates and scores free to show fractions', () => {
    const score = baseOptions('score', 100).scales!.y!.ticks as { precision?: number };
    expect(score.precision).toBeUndefined();
  });
});
