namespace GovBudget.Rules.Rounding;

/// <summary>
/// Interval constraint propagation over linear relations Σ cᵢ·xᵢ = 0 or ≥ 0 on integer variables (ticks of 0.0001 元),
/// exact integer arithmetic only. Each bound remembers the relations that produced it, so that an empty interval names
/// the relations that cannot hold together. Sound: a bound only ever removes values no solution can take, so relations
/// that exact values satisfy never empty an interval. Bounded: it stops after a fixed number of revisions.
/// </summary>
internal sealed class IntervalPropagator
{
    private readonly long[] _initialLow;
    private readonly long[] _initialHigh;
    private readonly int[][] _initialWhy;
    private readonly List<(int Var, long Coefficient)[]> _relations = [];
    private readonly List<bool> _equality = [];
    private readonly List<int>[] _relationsOf;

    private long[] _low = [];
    private long[] _high = [];
    private int[][] _lowWhy = [];
    private int[][] _highWhy = [];

    /// <param name="low">Lower bounds per variable.</param>
    /// <param name="high">Upper bounds per variable.</param>
    /// <param name="why">Per variable, the relations its initial bounds already depend on (identity links).</param>
    public IntervalPropagator(long[] low, long[] high, int[][] why)
    {
        _initialLow = low;
        _initialHigh = high;
        _initialWhy = why;
        _relationsOf = new List<int>[low.Length];
        for (var i = 0; i < low.Length; i++)
        {
            _relationsOf[i] = [];
        }
    }

    /// <summary>How many revisions one run may make per relation before it gives up (undecided, so no conflict).</summary>
    public const int RevisionsPerRelation = 64;

    /// <summary>Adds Σ cᵢ·xᵢ = 0 (or ≥ 0); returns its index.</summary>
    public int Add((int Var, long Coefficient)[] terms, bool equality)
    {
        var index = _relations.Count;
        _relations.Add(terms);
        _equality.Add(equality);
        foreach (var (v, _) in terms)
        {
            _relationsOf[v].Add(index);
        }

        return index;
    }

    /// <summary>The bounds after the last <see cref="Run"/>.</summary>
    public (long Low, long High) Bounds(int variable) => (_low[variable], _high[variable]);

    /// <summary>
    /// Propagates the active relations from the initial bounds. Returns the relations of a conflict (an interval became
    /// empty; sorted, never empty), or <see langword="null"/> when none was found.
    /// </summary>
    public int[]? Run(ISet<int> inactive)
    {
        _low = (long[])_initialLow.Clone();
        _high = (long[])_initialHigh.Clone();
        _lowWhy = (int[][])_initialWhy.Clone();
        _highWhy = (int[][])_initialWhy.Clone();
        for (var v = 0; v < _low.Length; v++)
        {
            if (_low[v] > _high[v])
            {
                return _initialWhy[v];
            }
        }

        var queue = new Queue<int>();
        var queued = new bool[_relations.Count];
        for (var r = 0; r < _relations.Count; r++)
        {
            if (!inactive.Contains(r))
            {
                queue.Enqueue(r);
                queued[r] = true;
            }
        }

        var budget = (long)RevisionsPerRelation * Math.Max(1, _relations.Count);
        while (queue.Count > 0 && budget-- > 0)
        {
            var r = queue.Dequeue();
            queued[r] = false;
            if (Revise(r, out var changed) is { } conflict)
            {
                return conflict;
            }

            foreach (var v in changed)
            {
                foreach (var other in _relationsOf[v])
                {
                    if (other != r && !queued[other] && !inactive.Contains(other))
                    {
                        queue.Enqueue(other);
                        queued[other] = true;
                    }
                }
            }
        }

        return null;
    }

    private readonly List<int> _changed = [];

    private int[]? Revise(int r, out List<int> changed)
    {
        changed = _changed;
        changed.Clear();
        var terms = _relations[r];
        Int128 sumMin = 0;
        Int128 sumMax = 0;
        foreach (var (v, c) in terms)
        {
            sumMin += c > 0 ? (Int128)c * _low[v] : (Int128)c * _high[v];
            sumMax += c > 0 ? (Int128)c * _high[v] : (Int128)c * _low[v];
        }

        for (var i = 0; i < terms.Length; i++)
        {
            var (v, c) = terms[i];
            var termMin = c > 0 ? (Int128)c * _low[v] : (Int128)c * _high[v];
            var termMax = c > 0 ? (Int128)c * _high[v] : (Int128)c * _low[v];

            // c·x ≥ −(Σ others' max): lower bound of c·x; with equality also c·x ≤ −(Σ others' min).
            var lowerOfTerm = -(sumMax - termMax);
            Int128? upperOfTerm = _equality[r] ? -(sumMin - termMin) : null;

            // In x: c > 0 → x ≥ ceil(lower / c), x ≤ floor(upper / c); c < 0 swaps them.
            if (c > 0)
            {
                if (Tighten(v, low: true, CeilDiv(lowerOfTerm, c), r, terms, i, usesMax: true, ref changed) is { } a)
                {
                    return a;
                }

                if (upperOfTerm is { } u && Tighten(v, low: false, FloorDiv(u, c), r, terms, i, usesMax: false, ref changed) is { } b)
                {
                    return b;
                }
            }
            else
            {
                if (Tighten(v, low: false, FloorDiv(lowerOfTerm, c), r, terms, i, usesMax: true, ref changed) is { } a)
                {
                    return a;
                }

                if (upperOfTerm is { } u && Tighten(v, low: true, CeilDiv(u, c), r, terms, i, usesMax: false, ref changed) is { } b)
                {
                    return b;
                }
            }
        }

        return null;
    }

    private int[]? Tighten(int v, bool low, Int128 bound, int r, (int Var, long Coefficient)[] terms, int self, bool usesMax, ref List<int> changed)
    {
        if (low ? bound <= _low[v] : bound >= _high[v])
        {
            return null;
        }

        // The new bound rests on this relation and the bounds of the other terms it used: their maxima (usesMax) or minima.
        _why.Clear();
        _why.Add(r);
        for (var j = 0; j < terms.Length; j++)
        {
            if (j == self)
            {
                continue;
            }

            var (w, c) = terms[j];
            _why.AddRange(usesMax == c > 0 ? _highWhy[w] : _lowWhy[w]);
        }

        var reasons = SortedDistinct(_why);
        var width = (Int128)_high[v] - _low[v];
        if (low)
        {
            _low[v] = bound > long.MaxValue ? long.MaxValue : (long)bound;
            _lowWhy[v] = reasons;
        }
        else
        {
            _high[v] = bound < long.MinValue ? long.MinValue : (long)bound;
            _highWhy[v] = reasons;
        }

        // Neighbours are revised again only after a real narrowing (a sixteenth of the width or more): cycles of relations
        // would otherwise narrow each other by a few ticks at a time. Revising less removes fewer values — never a false
        // alarm, at worst a joint break left undecided.
        var narrowed = width - ((Int128)_high[v] - _low[v]);
        if (narrowed * 16 >= width || _low[v] > _high[v])
        {
            changed.Add(v);
        }
        if (_low[v] <= _high[v])
        {
            return null;
        }

        _why.Clear();
        _why.AddRange(_lowWhy[v]);
        _why.AddRange(_highWhy[v]);
        return SortedDistinct(_why);
    }

    private readonly List<int> _why = [];

    private static int[] SortedDistinct(List<int> items)
    {
        items.Sort();
        var kept = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (i == 0 || items[i] != items[i - 1])
            {
                items[kept++] = items[i];
            }
        }

        items.RemoveRange(kept, items.Count - kept);
        return [.. items];
    }

    private static Int128 FloorDiv(Int128 a, long b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    private static Int128 CeilDiv(Int128 a, long b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) == (b < 0)) ? q + 1 : q;
    }
}
