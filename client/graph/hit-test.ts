// Which organisation is under a point: a d3-quadtree over the scene's positions, rebuilt only when they change.
import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Scene, SceneNode, ViewTransform } from './scene.ts';

export type HitTest = (scene: Scene, t: ViewTransform, x: number, y: number) => SceneNode | null;

export function createHitTest(): HitTest {
  let index: Quadtree<SceneNode> | null = null;
  let indexVersion = -1;
  let indexScene: Scene | null = null;
  let maxRadius = 0;

  return function find(scene, t, x, y) {
    if (!index || indexVersion !== scene.version || indexScene !== scene) {
      const placed = scene.nodes.filter((item) => item.node.x !== undefined && item.node.y !== undefined);
      index = quadtree<SceneNode>().x((item) => item.node.x!).y((item) => item.node.y!).addAll(placed);
      maxRadius = placed.reduce((max, item) => Math.max(max, item.node.radius), 0);
      indexVersion = scene.version;
      indexScene = scene;
    }
    const wx = (x - t.x) / t.k;
    const wy = (y - t.y) / t.k;
    // Small nodes get a few pixels of slack, so they can be hit on a touch screen or when zoomed out.
    const slack = 6 / t.k;
    let best: SceneNode | null = null;
    let bestDistance = Infinity;
    index.visit((quad, qx0, qy0, qx1, qy1) => {
      const reach = maxRadius + slack;
      if (qx0 > wx + reach || qx1 < wx - reach || qy0 > wy + reach || qy1 < wy - reach) return true;
      if (!('length' in quad)) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const item = leaf.data;
          const distance = Math.hypot(item.node.x! - wx, item.node.y! - wy);
          if (distance <= item.node.radius + slack && distance - item.node.radius < bestDistance) {
            best = item;
            bestDistance = distance - item.node.radius;
          }
        }
      }
      return false;
    });
    return best;
  };
}
