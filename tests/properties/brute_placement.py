"""The best group placement by trying every assignment: slow, obviously right.

It reads places and organisation room from the raw data itself and takes
each candidate's options from match(), so it shares nothing with the
engine's placement but match() (whose gates and scores the other property
tests check).
"""

import wijzer

UNPLACED = -10**9


def _limits(data):
    places = {v["id"]: 1 if v.get("plaatsen") is None else v["plaatsen"] for v in data["vacatures"]}
    org_of = {v["id"]: v["organisatie"] for v in data["vacatures"]}
    room = {o["id"]: max(0, o["draagkracht"]["maximum"] - o["draagkracht"]["nu"]) for o in data["organisaties"]}
    return places, org_of, room


def options(group, data, today) -> list:
    """Per candidate: [(vacancy id, score)] in match()'s order."""
    return [[(e["vacature"], e["score"]) for e in wijzer.match(a, data, today)["resultaten"]] for a in group]


def extra_support(answers) -> bool:
    level = answers.get("begeleiding")
    return isinstance(level, int) and level >= 2


def holds(assignment, group, data, today) -> bool:
    """Every limit: own results only, places, and room for extra support."""
    places, org_of, room = _limits(data)
    own = options(group, data, today)
    load, used = {}, {}
    for i, vacancy in enumerate(assignment):
        if vacancy is None:
            continue
        if vacancy not in dict(own[i]):
            return False
        load[vacancy] = load.get(vacancy, 0) + 1
        if extra_support(group[i]):
            used[org_of[vacancy]] = used.get(org_of[vacancy], 0) + 1
    return (all(n <= places[v] for v, n in load.items())
            and all(n <= room.get(o, 0) for o, n in used.items()))


def best(group, data, today) -> tuple:
    """(placed, total score, the assignment) of the best one, ties as the engine documents them."""
    places, org_of, room = _limits(data)
    own = options(group, data, today)
    found = {"key": None, "assignment": None}

    def visit(i, chosen, load, used, placed, total, ranks):
        if i == len(group):
            key = (placed, total, tuple(ranks))
            if found["key"] is None or key > found["key"]:
                found["key"], found["assignment"] = key, list(chosen)
            return
        extra = extra_support(group[i])
        for position, (vacancy, score) in enumerate(own[i]):
            org = org_of[vacancy]
            if load.get(vacancy, 0) < places[vacancy] and (not extra or used.get(org, 0) < room.get(org, 0)):
                load[vacancy] = load.get(vacancy, 0) + 1
                if extra:
                    used[org] = used.get(org, 0) + 1
                visit(i + 1, [*chosen, vacancy], load, used, placed + 1, total + score, [*ranks, -position])
                load[vacancy] -= 1
                if extra:
                    used[org] -= 1
        visit(i + 1, [*chosen, None], load, used, placed, total, [*ranks, UNPLACED])

    visit(0, [], {}, {}, 0, 0, [])
    placed, total, _ = found["key"]
    return placed, total, found["assignment"]
