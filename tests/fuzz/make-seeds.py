#!/usr/bin/env python3
# Writes the seed corpora in tests/fuzz/corpus/<target>/: the shipped assets and the v1 fixture,
# and every bad input the unit tests know (tests/unit/*.cpp), so the fuzzers start from the edges
# people already thought of. The seeds are committed; rerun this after adding a case here:
#   tests/fuzz/make-seeds.py
import json
import pathlib
import shutil

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests" / "fuzz" / "corpus"


def write(target, seeds):
    folder = corpus / target
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, text in seeds.items():
        (folder / name).write_bytes(text if isinstance(text, bytes) else text.encode())


def variants(base, cases):
    """Each case (name, from, to) replaces the first `from` in base, as the unit tests' with() does."""
    out = {}
    for name, old, new in cases:
        assert old in base, (name, old)
        out[name] = base.replace(old, new, 1)
    return out


asset = lambda name: (root / "assets" / name).read_text()
fixture = (root / "tests" / "fixtures" / "progress-v1.json").read_text()

# ---- content (tests/unit/test_content.cpp) ----
# The unit tests' minimal document, read from them so the two never drift apart.
_tests = (root / "tests" / "unit" / "test_content.cpp").read_text()
content_minimal = _tests.split('const char* kMinimal = R"(', 1)[1].split(')";', 1)[0]
content = {
    "shipped.json": asset("content.json"),
    "minimal.json": content_minimal,
    "not-json": "{oops",
    "top-level-array": "[1, 2]",
    "empty": "",
    "empty-object": "{}",
    "truncated.json": content_minimal[: len(content_minimal) // 2],
}
content.update(variants(content_minimal, [
    ("missing-name.json", '"name": "QL", ', ""),
    ("missing-short-name.json", '"shortName": "QL", ', ""),
    ("name-number.json", '"name": "QL"', '"name": 3'),
    ("empty-cautions.json", '"cautions": ["Not on bone."]', '"cautions": []'),
    ("unknown-source.json", '"Not on bone."], "sources": ["s1"]', '"Not on bone."], "sources": ["nope"]'),
    ("unknown-ball.json", '{"ball": "tennis-ball", "why": "Soft."}', '{"ball": "beach-ball", "why": "Big."}'),
    ("empty-floor.json", '"floor": ["Lie."]', '"floor": []'),
    ("travel-number.json", '"travel": ["Sit."]', '"travel": [7]'),
    ("spine-side-string.json", '"spineSide": true', '"spineSide": "yes"'),
    ("duplicate-ball.json", '"id": "golf-ball"', '"id": "tennis-ball"'),
    ("diameter-string.json", '"diameterCm": 6.7', '"diameterCm": "6.7"'),
    ("bad-effect.json", '"effect": "side-lying-only"', '"effect": "no-stairs"'),
    ("pressure-above-ceiling.json", '"max": 6', '"max": 8'),
    ("gentle-above-ceiling.json", '"gentleMax": 4', '"gentleMax": 6'),
    ("hold-past-limit.json", '"holdSeconds": 30', '"holdSeconds": 90'),
    ("red-flags-string.json", '"redFlags": [{', '"redFlags": "Saddle numbness", "x": [{'),
    ("bad-urgency.json", '"urgency": "emergency"', '"urgency": "whenever"'),
    ("flag-and-condition-id.json", '"id": "saddle"', '"id": "pregnancy"'),
    ("bad-lying.json", '"floorLying": "back"', '"floorLying": "upside-down"'),
    ("ball-in-both-lists.json", '"avoidBalls": [{"ball": "golf-ball"', '"avoidBalls": [{"ball": "tennis-ball"'),
    ("no-soft-ball.json", '"firmnessLevel": 2', '"firmnessLevel": 3'),
    ("duplicate-family.json", '"family": "avoid-ribs"', '"family": "ql"'),
    ("bad-group.json", '"group": "lower-back"', '"group": "legs"'),
    ("missing-why-not.json", '"whyNot": "Bone.", ', ""),
    ("nearest-avoid.json", '"nearest": ["ql"]', '"nearest": ["avoid-ribs"]'),
]))
write("content", content)

# ---- screening answers (tests/unit/test_safety_rules.cpp, tests/unit/test_guide.cpp) ----
write("screening", {
    "none.json": '{"yes": []}',
    "pregnancy-spine.json": '{"yes": ["pregnancy", "spine-condition"]}',
    "gentle-three.json": '{"yes": ["osteoporosis", "blood-thinners", "reduced-feeling"]}',
    "red-flag-and-gentle.json": '{"yes": ["chest-pain", "osteoporosis"]}',
    "unknown.json": '{"yes": ["pregnancy", "kneecap"]}',
    "bytes": bytes(range(0, 64)),
})

# ---- geometry (tests/unit/test_geometry.cpp) ----
geometry_minimal = r'''{"version": 1,
  "spine": {"top": 0.2, "bottom": 0.6, "count": 5, "halfWidth": 0.01},
  "body": [{"name": "torso", "style": "skin", "mirror": "half", "points": [[0, 0], [-0.2, 0.1], [-0.2, 0.9], [0, 1]]}],
  "landmarks": [{"name": "line", "style": "crease", "closed": false, "points": [[0, 0.1], [0, 0.2]]}],
  "zones": [{"family": "ql", "kind": "muscle", "mirror": "pair", "points": [[-0.1, 0.4], [-0.05, 0.4], [-0.05, 0.5], [-0.1, 0.5]]}]
}'''
geometry = {
    "shipped.json": asset("geometry.json"),
    "minimal.json": geometry_minimal,
    "not-json": "not json",
    "bad-json-line-2": '{\n  "version": }',
    "top-level-array": "[1, 2]",
    "truncated.json": geometry_minimal[: len(geometry_minimal) // 2],
}
geometry.update(variants(geometry_minimal, [
    ("bad-kind.json", '"kind": "muscle"', '"kind": "bone"'),
    ("missing-family.json", '"family": "ql", ', ""),
    ("one-point.json", "[[-0.1, 0.4], [-0.05, 0.4], [-0.05, 0.5], [-0.1, 0.5]]", "[[-0.1, 0.4]]"),
    ("point-string.json", "[-0.05, 0.4]", '[-0.05, "a"]'),
    ("half-off-midline.json", '"mirror": "half", "points": [[0, 0]', '"mirror": "half", "points": [[-0.1, 0]'),
    ("version-7.json", '"version": 1', '"version": 7'),
    ("duplicate-zone.json", '"zones": [', '"zones": [{"id": "ql-left", "kind": "avoid", "points": [[-0.2, 0], [0, 0], [0, 0.2]]}, '),
    ("covered-zone.json", '"zones": [',
     '"zones": [{"id": "cover", "kind": "avoid", "points": [[-0.5, 0], [0.5, 0], [0.5, 1], [-0.5, 1]], "smooth": false}, '),
    ("sharp-point.json", "[-0.05, 0.5]", '[-0.05, 0.5, "sharp"]'),
    ("bad-mirror.json", '"mirror": "pair"', '"mirror": "both"'),
    ("spine-count-zero.json", '"count": 5', '"count": 0'),
    ("open-zone.json", '"kind": "muscle", ', '"kind": "muscle", "closed": false, '),
    # Findings, kept as seeds (tests/unit/test_geometry.cpp has them too).
    ("spine-count-5e10.json", '"count": 5', '"count": 5e10'),
    ("spine-bottom-1e39.json", '"bottom": 0.6', '"bottom": 1e39'),
]))
write("geometry", geometry)

# ---- stored progress (tests/unit/test_progress.cpp) ----
head = '{"format":"knotmap-progress","version":1,"start":1735722000,"zones":["ql-left","nowhere"],"balls":["tennis-ball"],"sessions":'
progress = {
    "v1-fixture.json": fixture,
    "v1-fixture-truncated.json": fixture[: len(fixture) * 2 // 3],
    "not-json": "nope",
    "half-a-document": "{half a docu",
    "garbage": "garbage",
    "other-format.json": '{"format": "other"}',
    "newer-9.json": '{"format": "knotmap-progress", "version": 9}',
    "newer-99-with-data.json": '{"format":"knotmap-progress","version":99,"whatever":[1,2,3]}',
    "v2-marks.json": '{"format":"knotmap-progress","version":2,"start":1735722000,"zones":["ql-left"],"balls":[],"sessions":[],"marks":[["ql-left",1735722000000,1],["ql-right",1735722000001,0]]}',
    "v2-mark-unknown-zone.json": '{"format":"knotmap-progress","version":2,"start":0,"zones":[],"balls":[],"sessions":[],"marks":[["nowhere",1735722000000,1]]}',
    "v2-mark-bad-row.json": '{"format":"knotmap-progress","version":2,"start":0,"zones":[],"balls":[],"sessions":[],"marks":[["ql-left","x",2]]}',
    "version-0.json": '{"format":"knotmap-progress","version":0,"start":0,"zones":[],"balls":[],"sessions":[]}',
    "version-string.json": '{"format":"knotmap-progress","version":"1","start":0,"zones":[],"balls":[],"sessions":[]}',
    "missing-start.json": '{"format":"knotmap-progress","version":1,"zones":[],"balls":[],"sessions":[]}',
    "empty-log.json": '{"format":"knotmap-progress","version":1,"start":0,"zones":[],"balls":[],"sessions":[]}',
    "pain-after-14.json": head + "[[0,0,30,0,7,14]]}",
    "unknown-zone.json": head + "[[0,1,30,0,7,4]]}",
    "zone-index-out-of-range.json": head + "[[0,5,30,0,7,4]]}",
    "duration-0.json": head + "[[0,0,0,0,7,4]]}",
    "short-row.json": head + "[[0,0,30,0,7]]}",
    "note-number.json": head + "[[0,0,30,0,7,4,5]]}",
    "note-unicode.json": head + '[[0,0,30,0,7,4,"r\\u00e9veil \\ud83d\\ude00"]]}',
    "note-too-long.json": head + '[[0,0,30,0,7,4,"' + "x" * 141 + '"]]}',
    "negative-step.json": head + "[[-5,0,30,0,7,4]]}",
    "ball-minus-one.json": head + "[[0,0,30,-1,-1,-1],[0,0,30,-1,-1,-1]]}",
    "zones-not-strings.json": '{"format":"knotmap-progress","version":1,"start":0,"zones":[1],"balls":[],"sessions":[]}',
    "far-future.json": head + "[[4102444800,0,30,0,7,4]]}",
}
write("progress", progress)

# ---- import files (the import tests in tests/unit/test_progress.cpp), plus the stored-progress seeds ----
day, jan1 = 86400, 1735689600
two_zones = {"format": "knotmap-progress", "version": 1, "start": jan1, "zones": ["ql-left", "ql-right"],
             "balls": ["tennis-ball"], "sessions": [[0, 0, 30, 0, 6, 3], [day, 1, 30, 0, 6, 3]]}
imports = dict(progress)
imports.update({
    "export-two-zones.json": json.dumps(two_zones, separators=(",", ":")),
    "pain-after-99.json": '{"format":"knotmap-progress","version":1,"start":1,"zones":["ql-left"],"balls":[],"sessions":[[0,0,30,-1,3,99]]}',
    # A finding, kept as a seed: the target logs a note taken from the text, here not UTF-8.
    "note-not-utf8": b"caf\xe9 \xed\xa0\x80",
    "export-week.json": json.dumps({"format": "knotmap-progress", "version": 1, "start": jan1,
                                    "zones": ["ql-left", "glute-med-right", "glute-max-left"],
                                    "balls": ["tennis-ball", "lacrosse-ball"],
                                    "sessions": [[d and day, d % 3, 30 + d, d % 2 - 1, d % 11, (d + 3) % 11] + (["tight"] if d % 4 == 0 else [])
                                                 for d in range(7)]}, separators=(",", ":")),
})
write("import", imports)

# ---- options (tests/unit/test_embed_options.cpp), as query strings ----
options = {
    "good": "zone=ql-left&families=ql,%20glute-med&theme=dark&accent=%23c0392b&compact=1&progress=off&lang=en&embed=1",
    "bad": "zone=elbow-left&theme=purple&accent=teal&compact=maybe&progress=sometimes&lang=fr&families=ql,avoid-spine,knee&colour=red",
    "hidden-zone": "families=glute-max&zone=ql-left",
    "hostile": "theme=" + "x" * 500 + "%0A%3Cscript%3E",
    "flags-without-values": "compact&embed&progress",
    "short-accent": "accent=abc&theme=LIGHT&lang=EN",
    "empty": "",
    # A finding, kept as a seed: unknown option names were echoed raw.
    "unprintable-name": "col%0Aour%FF=red&" + "k" * 60 + "=1",
}
write("options", options)
