"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentProps } from "react";

const TrendChart = dynamic(() => import("./trend-chart"), {
  ssr: false,
  loading: () => <Placeholder />,
});

function Placeholder() {
  return <div className="h-48 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />;
}

/**
 * The chart, fetched only when it comes near the screen: Recharts is a large
 * library, and the dashboard's charts sit below its first screen, so a reader
 * who does not scroll to them never downloads it. Same height before and after
 * (no layout shift); the table beside each chart holds the same figures.
 */
export function TrendChartLoader(props: ComponentProps<typeof TrendChart>) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return <div ref={box}>{near ? <TrendChart {...props} /> : <Placeholder />}</div>;
}
