#!/usr/bin/env python3
"""Independent referee for Agora's grouping engine.

Reads session files (JSON, as Agora writes them) that already hold groups, and for every
round with topics planned:
  * checks the stored groups against the rules (everyone present exactly once, group sizes,
    at most K per city, locked places kept where they are);
  * solves the same problem again with an independent exact solver, one variable per person
    and topic (no aggregation): scipy's HiGHS MILP (default) and/or networkx min_cost_flow;
  * compares the optimum with the total interest of the stored groups.

Interest of person p in topic t: their dots on t, or Borda points for a ranking (with k dots
per participant, the i-th ranked topic, 0-based, gets k - i; places beyond k get nothing).
Group bounds: min = groupRules.minSize, max = groupRules.maxSize or the room's capacity,
at most groupRules.maxPerCity from one city. Locked members are fixed; a bound they already
break is widened to what they fill (Agora keeps them and warns).

Usage:
    python3 group_referee.py [--solver milp|networkx|both] SESSION.json [...]
A SESSION.timing.json beside a session (written by the benchmarks package's agora-tools)
adds Agora's solve time per round to the report. Exit status 1 if any round disagrees.

Produce the session files with a release build:
    cd Tests/Benchmarks && swift run -c release agora-tools referee /tmp/referee
"""
import argparse
import json
import os
import sys
import time
from collections import defaultdict


def interests(session):
    k = session["voting"]["dotsPerParticipant"]
    table = defaultdict(dict)
    for ballot in session.get("ballots", []):
        p = ballot["participant"]
        for mark in ballot.get("dots", []):
            table[p][mark["topic"]] = table[p].get(mark["topic"], 0) + mark["count"]
        for i, t in enumerate(ballot.get("ranking", [])):
            if k - i > 0:
                table[p][t] = table[p].get(t, 0) + (k - i)
    return table


def round_problem(session, round_id):
    rules = session["groupRules"]
    capacity = {r["id"]: r["capacity"] for r in session["rooms"]}
    slots = sorted((s for s in session["schedule"] if s["round"] == round_id), key=lambda s: s["room"])
    topics = [s["topic"] for s in slots]
    upper = {s["topic"]: rules.get("maxSize") or capacity[s["room"]] for s in slots}
    people = sorted((p for p in session["participants"] if p.get("present", True)), key=lambda p: p["id"])
    city = {p["id"]: p["city"] for p in people}
    locked = {a["participant"]: a["topic"] for a in session.get("assignments", [])
              if a["round"] == round_id and a.get("locked") and a["participant"] in city and a["topic"] in upper}
    return rules, topics, upper, people, city, locked


def check_groups(session, round_id, table):
    """Returns (total interest of the stored groups, list of problems)."""
    rules, topics, upper, people, city, locked = round_problem(session, round_id)
    stored = [a for a in session.get("assignments", []) if a["round"] == round_id]
    problems = []
    placed = defaultdict(int)
    for a in stored:
        placed[a["participant"]] += 1
    for p in people:
        if placed[p["id"]] != 1:
            problems.append(f"participant {p['id']} placed {placed[p['id']]} times")
    members = defaultdict(list)
    for a in stored:
        members[a["topic"]].append(a["participant"])
    for p, t in locked.items():
        if not any(a["participant"] == p and a["topic"] == t for a in stored):
            problems.append(f"locked participant {p} moved")
    k = rules.get("maxPerCity")
    for t in topics:
        n_locked = sum(1 for p, lt in locked.items() if lt == t)
        size = len(members[t])
        if size < rules["minSize"]:
            problems.append(f"topic {t}: {size} < min {rules['minSize']}")
        if size > max(upper[t], n_locked):
            problems.append(f"topic {t}: {size} > max {upper[t]}")
        if k is not None:
            by_city = defaultdict(int)
            locked_city = defaultdict(int)
            for p in members[t]:
                by_city[city[p]] += 1
            for p, lt in locked.items():
                if lt == t:
                    locked_city[city[p]] += 1
            for c, n in by_city.items():
                if n > max(k, locked_city[c]):
                    problems.append(f"topic {t}: {n} from {c} > {k}")
    total = sum(table.get(a["participant"], {}).get(a["topic"], 0) for a in stored)
    return total, problems


def solve_milp(session, round_id, table):
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import lil_matrix

    rules, topics, upper, people, city, locked = round_problem(session, round_id)
    P, T = len(people), len(topics)
    col = lambda i, j: i * T + j
    c = np.zeros(P * T)
    lo = np.zeros(P * T)
    hi = np.ones(P * T)
    for i, p in enumerate(people):
        for j, t in enumerate(topics):
            c[col(i, j)] = -table.get(p["id"], {}).get(t, 0)
            if p["id"] in locked:
                v = 1.0 if locked[p["id"]] == t else 0.0
                lo[col(i, j)] = hi[col(i, j)] = v
    cities = sorted(set(city.values()))
    k = rules.get("maxPerCity")
    rows = P + T + (len(cities) * T if k is not None else 0)
    A = lil_matrix((rows, P * T))
    bl, bu = [], []
    for i in range(P):
        for j in range(T):
            A[i, col(i, j)] = 1
        bl.append(1); bu.append(1)
    for j, t in enumerate(topics):
        for i in range(P):
            A[P + j, col(i, j)] = 1
        n_locked = sum(1 for lt in locked.values() if lt == t)
        bl.append(rules["minSize"]); bu.append(max(upper[t], n_locked))
    if k is not None:
        r = P + T
        for ci, cname in enumerate(cities):
            for j, t in enumerate(topics):
                n_locked = 0
                for i, p in enumerate(people):
                    if city[p["id"]] == cname:
                        A[r, col(i, j)] = 1
                        if locked.get(p["id"]) == t:
                            n_locked += 1
                bl.append(0); bu.append(max(k, n_locked))
                r += 1
    start = time.perf_counter()
    res = milp(c, constraints=LinearConstraint(A.tocsr(), bl, bu), integrality=np.ones(P * T),
               bounds=Bounds(lo, hi))
    elapsed = time.perf_counter() - start
    if not res.success:
        return None, elapsed
    return int(round(-res.fun)), elapsed


def solve_networkx(session, round_id, table):
    import networkx as nx

    rules, topics, upper, people, city, locked = round_problem(session, round_id)
    k = rules.get("maxPerCity")
    G = nx.DiGraph()
    free = [p for p in people if p["id"] not in locked]
    n_locked = defaultdict(int)
    locked_city = defaultdict(int)
    for p, t in locked.items():
        n_locked[t] += 1
        locked_city[(city[p], t)] += 1
    owed = 0
    for t in topics:
        low = max(0, rules["minSize"] - n_locked[t])
        high = max(0, upper[t] - n_locked[t])
        owed += low
        G.add_node(("topic", t), demand=low)
        G.add_edge(("topic", t), "overflow", capacity=max(0, high - low), weight=0)
    G.add_node("overflow", demand=len(free) - owed)
    for p in free:
        G.add_node(("person", p["id"]), demand=-1)
        for t in topics:
            target = ("city", city[p["id"]], t) if k is not None else ("topic", t)
            G.add_edge(("person", p["id"]), target, capacity=1, weight=-table.get(p["id"], {}).get(t, 0))
    if k is not None:
        for cname in set(city.values()):
            for t in topics:
                G.add_edge(("city", cname, t), ("topic", t), capacity=max(0, k - locked_city[(cname, t)]), weight=0)
    start = time.perf_counter()
    try:
        flow = nx.min_cost_flow(G)
    except nx.NetworkXUnfeasible:
        return None, time.perf_counter() - start
    elapsed = time.perf_counter() - start
    free_total = 0
    for p in free:
        for target, f in flow[("person", p["id"])].items():
            if f:
                free_total += table.get(p["id"], {}).get(target[-1], 0)
    locked_total = sum(table.get(p, {}).get(t, 0) for p, t in locked.items())
    return free_total + locked_total, elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--solver", choices=["milp", "networkx", "both"], default="milp")
    parser.add_argument("sessions", nargs="+")
    args = parser.parse_args()
    solvers = {"milp": [solve_milp], "networkx": [solve_networkx], "both": [solve_milp, solve_networkx]}[args.solver]
    failed = False
    for path in args.sessions:
        with open(path) as f:
            session = json.load(f)
        timing = {}
        timing_path = path[:-5] + ".timing.json" if path.endswith(".json") else None
        if timing_path and os.path.exists(timing_path):
            with open(timing_path) as f:
                timing = {int(k): v for k, v in json.load(f).items()}
        table = interests(session)
        rounds = [r["id"] for r in session["rounds"] if any(s["round"] == r["id"] for s in session["schedule"])]
        people = sum(1 for p in session["participants"] if p.get("present", True))
        print(f"{os.path.basename(path)}: {people} present, {len(session['schedule'])} topics, rules {session['groupRules']}")
        for number, round_id in enumerate(rounds, 1):
            agora, problems = check_groups(session, round_id, table)
            line = f"  round {number}: Agora {agora}"
            if round_id in timing:
                line += f" ({timing[round_id]:.2f} ms)"
            for solve in solvers:
                best, seconds = solve(session, round_id, table)
                name = solve.__name__.replace("solve_", "")
                line += f" | {name} {best} ({seconds * 1000:.1f} ms)"
                if best != agora:
                    failed = True
                    line += " MISMATCH"
            if problems:
                failed = True
                line += " | RULES BROKEN: " + "; ".join(problems[:5])
            print(line)
    print("disagreement found" if failed else "all rounds agree")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
