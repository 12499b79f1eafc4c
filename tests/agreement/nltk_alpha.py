#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Krippendorff's alpha by NLTK for the studies on stdin (JSON: [{"metric": "nominal"|"interval",
# "units": [[value or null per coder], ...]}, ...]); prints a JSON list of alphas. Exit 77 (skip)
# when NLTK is not installed. Used by tst_alphanltk.
import json
import sys

try:
    from nltk.metrics.agreement import AnnotationTask
    from nltk.metrics.distance import binary_distance, interval_distance
except ImportError:
    sys.exit(77)

results = []
for study in json.load(sys.stdin):
    data = [(str(coder), str(unit), value)
            for unit, values in enumerate(study["units"])
            for coder, value in enumerate(values) if value is not None]
    distance = interval_distance if study["metric"] == "interval" else binary_distance
    results.append(AnnotationTask(data, distance=distance).alpha())
json.dump(results, sys.stdout)
