import { useCallback, useEffect, useState, type RefObject } from 'react';

/** The part of a scrolled area in view, in pixels. */
export interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Follows a scrolling element's viewport, at most once a frame: the grid renders only the rows and columns in view,
 * so a page of 40 students × 120 lessons stays a few hundred elements.
 */
export function useViewport(ref: RefObject<HTMLElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, left: 0, width: 1200, height: 600 });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    setViewport((v) =>
      v.top === el.scrollTop && v.left === el.scrollLeft && v.width === el.clientWidth && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, left: el.scrollLeft, width: el.clientWidth, height: el.clientHeight },
    );
  }, [ref]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, measure]);
  return viewport;
}

/** Indices of equal-sized items from `start` (pixels into the list) over `length` pixels, with a few spare on each side. */
export function visibleRange(count: number, size: number, start: number, length: number, overscan = 3): [number, number] {
  if (count === 0) return [0, -1];
  const first = Math.max(0, Math.floor(start / size) - overscan);
  const last = Math.min(count - 1, Math.ceil((start + length) / size) + overscan);
  return [first, Math.max(first - 1, last)];
}

/** A run of items to render, or a gap of `count` items left out (rendered as one spacer). */
export type Segment = { kind: 'items'; indices: number[] } | { kind: 'gap'; start: number; count: number };

/**
 * The items to render in order: the visible range plus the ones that must stay mounted (the focused cell keeps its
 * focus while the user scrolls it out of view), with gaps between them as spacers. Render them as one flat list
 * (flatMap) keyed by index: nested arrays would remount every item whenever a gap appears before them.
 */
export function segments(count: number, range: [number, number], keep: readonly number[]): Segment[] {
  const wanted = new Set<number>();
  for (let i = range[0]; i <= range[1]; i++) wanted.add(i);
  for (const k of keep) if (k >= 0 && k < count) wanted.add(k);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Segment[] = [];
  let next = 0;
  for (const i of sorted) {
    if (i > next) out.push({ kind: 'gap', start: next, count: i - next });
    const last = out.at(-1);
    if (last?.kind === 'items') last.indices.push(i);
    else out.push({ kind: 'items', indices: [i] });
    next = i + 1;
  }
  if (count > next) out.push({ kind: 'gap', start: next, count: count - next });
  return out;
}
