/**
 * A library chart: an SVG image named by its title and description (so a screen reader hears what the chart shows
 * without its shapes), in a figure with a caption that says the same in words.
 */
import type { ComponentChildren } from 'preact';

export interface ChartFigureProps {
  /** Prefix of the title's and description's ids; unique on the page. */
  id: string;
  width: number;
  height: number;
  title: ComponentChildren;
  description: ComponentChildren;
  caption: ComponentChildren;
  /** The chart's shapes. */
  children: ComponentChildren;
}

export function ChartFigure({ id, width, height, title, description, caption, children }: ChartFigureProps) {
  return (
    <figure class="lens-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        class="lens-chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {caption}
    </figure>
  );
}
