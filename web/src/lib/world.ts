import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import type { Area } from './api.ts';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface Shape {
  /** ISO 3166 alpha-3 code, or null for territories the reference list does not hold (e.g. N. Cyprus). */
  code: string | null;
  name: string;
  d: string;
}

// world-atlas names a few shapes without an ISO numeric code.
const BY_NAME: Record<string, string> = { Kosovo: 'XKX' };

/**
 * Country shapes from the packaged Natural Earth 1:110m TopoJSON, projected once (Equal Earth). The file is
 * fetched at once, beside the country list it is matched with.
 */
export async function loadWorld(countries: Promise<Map<string, Area>>): Promise<Shape[]> {
  const [topo, areas] = await Promise.all([
    fetch(worldUrl).then(
      (r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>,
    ),
    countries,
  ]);
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = fc.features.filter((f) => f.id !== '010');
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features },
  );
  const path = geoPath(projection);
  const byM49 = new Map<string, string>();
  for (const a of areas.values()) if (a.m49) byM49.set(a.m49.padStart(3, '0'), a.code);
  return features.map((f: Feature<Geometry, { name: string }>) => ({
    code: (f.id !== undefined ? byM49.get(String(f.id)) : BY_NAME[f.properties.name]) ?? null,
    name: f.properties.name,
    d: path(f) ?? '',
  }));
}
