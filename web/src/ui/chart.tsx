// Charts drawn by uPlot, sized to their container. A canvas says nothing to a screen reader,
// so every chart carries a label and, one tap away, the numbers it draws as a table.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** A CSS custom property name (e.g. '--kind-easy') or a colour. */
  color: string;
  kind: 'bar' | 'line';
  /** Draw dashed (planned, expected). */
  dashed?: boolean;
  /** Bars of two series side by side: -1 left of the tick, 1 right. */
  align?: -1 | 1;
  /** Number shown in the table and the legend. */
  format?: (v: number) => string;
  /** Separate y-axis (scale) key; series sharing a key share an axis. */
  scale?: string;
}

export interface ChartProps {
  /** What the chart shows, for people who cannot see it. */
  label: string;
  /** x values: seconds since the epoch when time is true, else 0, 1, 2… */
  x: number[];
  time?: boolean;
  /** How an x value is written under the axis and in the table. */
  xLabel: (x: number) => string;
  series: ChartSeries[];
  height?: number;
  /** Start the y axes at zero (volumes, counts); off for values far from zero (body weight). */
  fromZero?: boolean;
  /** Band drawn behind the data on the main scale: [low, high] per x. */
  band?: { label: string; low: (number | null)[]; high: (number | null)[] };
}

function cssColor(color: string, el: Element): string {
  return color.startsWith('--')
    ? getComputedStyle(el).getPropertyValue(color).trim() || '#777'
    : color;
}

function build(props: ChartProps, el: HTMLElement, width: number): uPlot {
  const { x, series, height = 240, band } = props;
  const ink = cssColor('--ink-soft', el);
  const grid = cssColor('--line', el);
  const plotted = band
    ? [
        ...series,
        {
          label: `${band.label} (low)`,
          values: band.low,
          color: '--line-strong',
          kind: 'line' as const,
          dashed: true,
        },
        {
          label: `${band.label} (high)`,
          values: band.high,
          color: '--line-strong',
          kind: 'line' as const,
          dashed: true,
        },
      ]
    : series;
  const scales = [...new Set(plotted.map((s) => s.scale ?? 'y'))];
  const opts: uPlot.Options = {
    width,
    height,
    scales: {
      // Half a step of room at each end, so the first and last bars are drawn whole.
      x: props.time
        ? { time: true }
        : { time: false, range: (_u: uPlot, min: number, max: number) => [min - 0.5, max + 0.5] },
      ...Object.fromEntries(
        scales.map((k) => [
          k,
          props.fromZero === false
            ? { auto: true }
            : {
                auto: true,
                range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => {
                  const low = Math.min(0, min);
                  return [low, max <= low ? low + 1 : max + (max - low) * 0.08];
                },
              },
        ]),
      ),
    },
    legend: { live: false },
    cursor: { drag: { x: false, y: false } },
    axes: [
      {
        stroke: ink,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid },
        values: (_u, ticks) => ticks.map((t) => props.xLabel(t)),
        ...(props.time ? {} : { incrs: [1, 2, 4, 8, 13, 26, 52] }),
      },
      ...scales.map((scale, i) => ({
        scale,
        side: i === 0 ? 3 : 1,
        stroke: ink,
        grid: { stroke: grid, width: 1, show: i === 0 },
        ticks: { stroke: grid },
        size: 48,
      })),
    ],
    series: [
      { label: props.time ? 'Date' : 'Week' },
      ...plotted.map((s) => {
        const stroke = cssColor(s.color, el);
        return {
          label: s.label,
          scale: s.scale ?? 'y',
          stroke,
          width: s.kind === 'bar' ? 0 : 2,
          fill: s.kind === 'bar' ? (s.dashed ? `${stroke}55` : stroke) : undefined,
          dash: s.dashed && s.kind === 'line' ? [6, 4] : undefined,
          spanGaps: s.kind === 'line',
          points: { show: s.kind === 'line' && x.length < 30, size: 5 },
          value: (_u: uPlot, v: number | null) =>
            v === null ? '–' : s.format ? s.format(v) : String(Math.round(v * 10) / 10),
          ...(s.kind === 'bar' && {
            paths: uPlot.paths.bars!({ size: [s.align ? 0.4 : 0.6, 36], align: s.align ?? 0 }),
          }),
        };
      }),
    ],
  };
  return new uPlot(opts, [x, ...plotted.map((s) => s.values)] as uPlot.AlignedData, el);
}

export function Chart(props: ChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const plot = build(props, el, el.clientWidth || 320);
    // Follow the container's width (phone rotation, side bar) without rebuilding the data.
    const observer = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width > 0 && Math.abs(width - plot.width) > 1) {
        plot.setSize({ width, height: props.height ?? 240 });
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [props]);
  return (
    <figure className="chart-figure">
      <div className="chart" ref={holder} role="img" aria-label={props.label} />
      <details className="why">
        <summary>Show the numbers</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{props.label}</caption>
            <thead>
              <tr>
                <th scope="col">{props.time ? 'Date' : 'Week'}</th>
                {props.series.map((s) => (
                  <th key={s.label} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.x.map((xv, i) => (
                <tr key={xv}>
                  <th scope="row">{props.xLabel(xv)}</th>
                  {props.series.map((s) => {
                    const v = s.values[i];
                    return (
                      <td key={s.label} className="num">
                        {v === null || v === undefined
                          ? '–'
                          : s.format
                            ? s.format(v)
                            : String(Math.round(v * 10) / 10)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
