"""Min-cost max-flow, the exact core of the group placement.

Successive shortest paths with potentials (Dijkstra on reduced costs): the
placement's networks have non-negative costs and unit capacities from the
source, so each augmentation places one more candidate, and the flow found
is of maximum size and, among those, of minimum cost. Costs may be Python
integers of any size: the placement packs a lexicographic objective into
one integer, so there is no rounding anywhere.
"""

from __future__ import annotations

import heapq


class Network:
    """A directed network; edges are numbered, each with its reverse at index ^ 1."""

    def __init__(self, nodes: int):
        self.head = [[] for _ in range(nodes)]
        self.to: list = []
        self.cap: list = []
        self.cost: list = []

    def add(self, start: int, end: int, capacity: int, cost=0) -> int:
        """Adds an edge and returns its number (its flow is flow(number))."""
        number = len(self.to)
        self.to += (end, start)
        self.cap += (capacity, 0)
        self.cost += (cost, -cost)
        self.head[start].append(number)
        self.head[end].append(number + 1)
        return number

    def flow(self, number: int) -> int:
        return self.cap[number ^ 1]

    def _shortest(self, source: int, sink: int, potential: list):
        """Dijkstra on reduced costs, stopped once the sink is settled:
        (distance, edge into each node, the settled nodes)."""
        dist = [None] * len(self.head)
        via = [-1] * len(self.head)
        settled = []
        dist[source] = 0
        heap = [(0, source)]
        to, cap, cost, head = self.to, self.cap, self.cost, self.head
        while heap:
            d, node = heapq.heappop(heap)
            if d != dist[node]:
                continue  # a longer way to a node already settled
            settled.append(node)
            if node == sink:
                break
            base = d + potential[node]
            for edge in head[node]:
                if cap[edge]:
                    end = to[edge]
                    nd = base + cost[edge] - potential[end]
                    if dist[end] is None or nd < dist[end]:
                        dist[end] = nd
                        via[end] = edge
                        heapq.heappush(heap, (nd, end))
        return dist, via, settled

    def min_cost_max_flow(self, source: int, sink: int) -> tuple:
        """(flow, cost). Every cost must be >= 0 when this starts."""
        potential = [0] * len(self.head)
        total = spent = 0
        while True:
            dist, via, settled = self._shortest(source, sink, potential)
            if dist[sink] is None:
                return total, spent
            # Only settled nodes move, by what they lack to the sink: the
            # reduced costs stay >= 0 (as in AtCoder's library).
            for node in settled:
                potential[node] += dist[node] - dist[sink]
            push, node = None, sink
            while node != source:
                edge = via[node]
                push = self.cap[edge] if push is None else min(push, self.cap[edge])
                node = self.to[edge ^ 1]
            node = sink
            while node != source:
                edge = via[node]
                self.cap[edge] -= push
                self.cap[edge ^ 1] += push
                spent += push * self.cost[edge]
                node = self.to[edge ^ 1]
            total += push
