#include "finger_pick.h"

#include <algorithm>
#include <cmath>

#include "hit_test.h"
#include "polygon_math.h"

namespace knotmap {

namespace {

// The other side's zone of the same family, if any.
bool twins(const Zone& a, const Zone& b) { return a.family == b.family && a.side != b.side && a.side != Side::None; }

}  // namespace

FingerPick pick_by_finger(const MapGeometry& geometry, Vec2 tap, float sigma, float target) {
    FingerPick pick;
    // The share of the fingertip over each zone: a 9 x 9 grid over three sigmas each way, weighted
    // as a Gaussian.
    std::vector<std::pair<const Zone*, float>> shares;
    float total = 0;
    for (int i = -4; i <= 4; ++i)
        for (int j = -4; j <= 4; ++j) {
            const float dx = static_cast<float>(i) * 0.75f * sigma, dy = static_cast<float>(j) * 0.75f * sigma;
            const float weight = std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            total += weight;
            const Zone* z = hit_test(geometry, {tap.x + dx, tap.y + dy});
            if (!z) continue;
            auto it = std::find_if(shares.begin(), shares.end(), [&](const auto& s) { return s.first == z; });
            if (it == shares.end()) shares.emplace_back(z, weight);
            else it->second += weight;
        }
    const Zone* hit = hit_test(geometry, tap);
    // Right on a zone's own centre (the point knotmap.zones() reports): that zone, as it is.
    if (hit && std::hypot(tap.x - hit->center.x, tap.y - hit->center.y) <= 0.2f * sigma) {
        pick.zone = hit->id;
        return pick;
    }
    float hit_share = 0;
    std::vector<const Zone*> near;  // the zones that have a real part of the fingertip
    for (auto& [zone, weight] : shares) {
        weight /= total;
        if (zone == hit) hit_share = weight;
        if (weight >= 0.04f) near.push_back(zone);
    }
    if (hit && std::find(near.begin(), near.end(), hit) == near.end()) near.push_back(hit);
    // The other side's twin anywhere under the fingertip: too close to call from here.
    const auto twin_under = [&](const Zone* z) {
        return std::any_of(shares.begin(), shares.end(), [&](const auto& s) { return twins(*s.first, *z); });
    };
    if (!hit && near.empty()) return pick;  // outside the figure
    if (hit && (near.size() <= 1 || hit_share >= 0.8f) && !twin_under(hit)) {  // one zone has the fingertip
        pick.zone = hit->id;
        return pick;
    }
    // Crowded: the zone whose centre is likeliest under a finger aimed at it, unless its twin is
    // also under the finger (then only the zoom). Either way the map zooms in.
    const auto likelihood = [&](const Zone* z) {
        const float dx = z->center.x - tap.x, dy = z->center.y - tap.y;
        return std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
    };
    // Each zone's chance: how much of the fingertip it has, and how near its centre is (a finger
    // aims at the middle of a narrow zone), each as a share of the zones under the finger.
    float likelihoods = 0;
    for (const Zone* z : near) likelihoods += likelihood(z);
    const auto share_of = [&](const Zone* z) {
        const auto it = std::find_if(shares.begin(), shares.end(), [&](const auto& s) { return s.first == z; });
        return it == shares.end() ? 0.0f : it->second;
    };
    const auto chance = [&](const Zone* z) { return share_of(z) + likelihood(z) / std::max(likelihoods, 1e-6f); };
    const Zone* best = hit ? hit : near.front();
    for (const Zone* z : near)
        if (chance(z) > chance(best)) best = z;
    if (!twin_under(best)) pick.zone = best->id;
    float narrowest = 1e9f;
    for (const Zone* z : near) {
        const Bounds b = bounds_of(z->outline);
        narrowest = std::min(narrowest, std::min(b.width(), b.height()));
    }
    pick.zoom = true;
    pick.zoom_scale = std::clamp(target / std::max(narrowest, 1e-4f), 1.5f, kMaxZoom);
    return pick;
}

Layout zoom_layout(const Layout& base, const MapZoom& zoom) {
    if (zoom.scale <= 1.0001f) return base;
    Layout out = base;
    out.unit = base.unit * zoom.scale;
    // The focus goes to the middle of the map's area.
    out.origin = {base.map.x + base.map.w / 2 - zoom.focus.x * out.unit, base.map.y + base.map.h / 2 - zoom.focus.y * out.unit};
    return out;
}

MapZoom zoom_about(const Bounds& figure, Vec2 tap, float scale) {
    MapZoom zoom;
    zoom.scale = std::clamp(scale, 1.0f, kMaxZoom);
    zoom.focus = {std::clamp(tap.x, figure.min_x, figure.max_x), std::clamp(tap.y, figure.min_y, figure.max_y)};
    return zoom;
}

MapZoom pinch_zoom(const Layout& base, const Bounds& figure, const MapZoom& start, const TwoFingers& from, const TwoFingers& to) {
    const float scale = std::clamp(start.scale * to.distance / std::max(from.distance, 1.0f), 1.0f, kMaxZoom);
    if (scale < 1.05f) return MapZoom{};
    const Vec2 held = screen_to_map(zoom_layout(base, start), from.mid);
    const float unit = base.unit * scale;
    const Vec2 middle{base.map.x + base.map.w / 2, base.map.y + base.map.h / 2};
    return zoom_about(figure, {held.x - (to.mid.x - middle.x) / unit, held.y - (to.mid.y - middle.y) / unit}, scale);
}

Vec2 visible_center(const MapGeometry& geometry, const Zone& zone, const Layout& layout) {
    const Vec2 c = map_to_screen(layout, zone.center);
    const Rect& area = layout.map;
    const float margin = std::min(area.w, area.h) * 0.04f;
    const auto shows = [&](Vec2 s) {
        return s.x > area.x + margin && s.y > area.y + margin && s.x < area.x + area.w - margin && s.y < area.y + area.h - margin;
    };
    if (shows(c)) return c;
    // The centroid of each of its triangles that shows and hits it, the one nearest the middle.
    const Vec2 middle{area.x + area.w / 2, area.y + area.h / 2};
    Vec2 best = c;
    float best_d = 1e30f;
    for (const Triangle& t : zone.triangles) {
        const Vec2& a = zone.outline[static_cast<size_t>(t.a)];
        const Vec2& b = zone.outline[static_cast<size_t>(t.b)];
        const Vec2& d = zone.outline[static_cast<size_t>(t.c)];
        const Vec2 m{(a.x + b.x + d.x) / 3, (a.y + b.y + d.y) / 3};
        const Vec2 s = map_to_screen(layout, m);
        const float dist = (s.x - middle.x) * (s.x - middle.x) + (s.y - middle.y) * (s.y - middle.y);
        if (dist < best_d && shows(s) && hit_test(geometry, m) == &zone) {
            best = s;
            best_d = dist;
        }
    }
    return best;
}

}  // namespace knotmap
