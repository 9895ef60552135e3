// Country shapes for the venue map: world-atlas's 1:110m countries (enough at the map's scale, a few pixels a degree), cut to Eurasia and Northeast Asia
// (and all of Russia, which reaches across the antimeridian), coordinates rounded to 0.1°.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { Topology, GeometryObject } from "topojson-specification";
import type { FeatureCollection, Geometry, Position } from "geojson";

const [west, south, east, north] = [10, 15, 160, 78];
const russia = "643";


const rings = (g: Geometry): Position[][] =>
  g.type === "Polygon" ? g.coordinates : g.type === "MultiPolygon" ? g.coordinates.flat() : [];
const inside = ([x, y]: Position) => x! >= west && x! <= east && y! >= south && y! <= north;
const round = (ring: Position[]) =>
  ring.map(([x, y]) => [Math.round(x! * 10) / 10, Math.round(y! * 10) / 10]).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);

/** The venue map's land layer, and how many of world-atlas's countries it keeps. */
export async function worldLayer(): Promise<{ layer: FeatureCollection<Geometry>; kept: number; of: number }> {
  const path = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
  const topology = JSON.parse(await readFile(path, "utf-8")) as Topology<{ countries: GeometryObject }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const features = world.features
  .filter((f) => f.geometry && (f.id === russia || rings(f.geometry).some((ring) => ring.some(inside))))
  .map((f) => {
    const g = f.geometry;
    // Rounding can shrink a small island to fewer than the 4 positions a ring needs: drop those.
    const polygon = (p: Position[][]) => p.map(round).filter((ring) => ring.length >= 4);
    const geometry = g.type === "Polygon" ? { type: g.type, coordinates: polygon(g.coordinates) } : g.type === "MultiPolygon" ? { type: g.type, coordinates: g.coordinates.map(polygon).filter((p) => p.length > 0) } : g;
    return { type: "Feature", id: f.id, properties: { name: f.properties?.name }, geometry };
  });
  return { layer: { type: "FeatureCollection", features } as FeatureCollection<Geometry>, kept: features.length, of: world.features.length };
}
