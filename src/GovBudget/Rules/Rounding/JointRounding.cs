using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Tables;

namespace GovBudget.Rules.Rounding;

/// <summary>
/// Decides 尾差 for the document rather than per relation (issue 16, deliverable 6). A difference that a rule found within
/// rounding stays 尾差 only when exact values exist that round to every printed figure involved and satisfy all the
/// relations the rules compared. See docs/rules.md ("Rounding decided jointly").
/// </summary>
/// <remarks>
/// The model: every printed cell is a variable whose exact value lies in the interval of values that round to it
/// (四舍五入, half-open: [v − h, v + h)); figures printed in 元 are exact (a point). Two printings of one quantity (an
/// identity <c>a = b</c> between single cells, or the same cell printed twice) are one variable whose interval is the
/// intersection — so the finest printing is the one checked; an empty intersection is <see cref="DivergentId"/>. The
/// relations the rules compared (those that held exactly in printed figures only where the rule logged them) narrow
/// the intervals by propagation to a fixpoint; an interval that becomes empty names the relations that cannot hold
/// together, and each 尾差 finding among them becomes a finding at its rule's severity. Rates that rounding explained
/// are checked again against the narrowed intervals. Exact integer arithmetic on 0.0001 元; bounded.
/// </remarks>
internal static class JointRounding
{
    /// <summary>The rule id of two printings of one quantity that no exact value rounds to.</summary>
    public const string DivergentId = "PRINT.DIVERGENT";

    /// <summary>At most this many conflicts are looked for in one document.</summary>
    private const int MaxConflicts = 64;

    /// <summary>Decides the 尾差 findings of <paramref name="findings"/> jointly, in place.</summary>
    public static void Decide(RuleContext context, List<Finding> findings)
    {
        var log = context.Joint;
        if (log is null || (log.Relations.Count == 0 && log.Rates.Count == 0) || !findings.Exists(f => f.WithinRounding && f.Severity == Severity.Info))
        {
            return; // nothing was explained by rounding: nothing to decide
        }

        var model = new Model(context, log);
        var replacements = new Dictionary<Finding, Finding?>(ReferenceEqualityComparer.Instance);
        model.Solve(replacements);
        if (replacements.Count == 0 && model.Divergent.Count == 0)
        {
            return;
        }

        // Findings are matched by what they say, not by reference: a rule may decorate a finding (the sentence of a statement).
        var byKey = new Dictionary<(string, CellAddress, Amount?, Amount?, Percentage?), Finding?>();
        foreach (var (original, replacement) in replacements)
        {
            byKey.TryAdd(Key(original), replacement);
        }

        for (var i = findings.Count - 1; i >= 0; i--)
        {
            var f = findings[i];
            if (!f.WithinRounding || f.Severity != Severity.Info || !byKey.TryGetValue(Key(f), out var replacement))
            {
                continue;
            }

            if (replacement is null)
            {
                findings.RemoveAt(i); // replaced by a PRINT.DIVERGENT finding
            }
            else
            {
                findings[i] = f with
                {
                    Severity = replacement.Severity,
                    WithinRounding = false,
                    MessageZh = Rewrite(f.MessageZh, "在尾差范围内", replacement.MessageZh),
                    MessageEn = Rewrite(f.MessageEn, "within rounding", replacement.MessageEn),
                };
            }
        }

        findings.AddRange(model.Divergent);
    }

    private static (string, CellAddress, Amount?, Amount?, Percentage?) Key(Finding f) => (f.RuleId, f.Location, f.Actual, f.Expected, f.PrintedRate);

    private static string Rewrite(string message, string marker, string replacement)
    {
        var at = message.LastIndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? message + replacement : string.Concat(message.AsSpan(0, at), replacement, message.AsSpan(at + marker.Length));
    }

    /// <summary>The printed interval of a figure as integer ticks [low, high]: 四舍五入 half-open, 元 exact, blank 0.</summary>
    internal static (long Low, long High) Interval(ReportedValue? value)
    {
        if (value is not { } v)
        {
            return (0, 0);
        }

        var ticks = v.Value.Ticks;
        if (v.Precision.Unit == AmountUnit.Yuan)
        {
            return (ticks, ticks); // figures printed in 元 are exact
        }

        var half = v.Precision.StepTicks / 2;
        // Half away from zero: a positive figure stands for [v − h, v + h), a negative one for (v − h, v + h], zero for (−h, h).
        var low = ticks > 0 ? ticks - half : ticks - half + 1;
        var high = ticks < 0 ? ticks + half : ticks + half - 1;
        return (Math.Max(low, long.MinValue / 4), Math.Min(high, long.MaxValue / 4));
    }

    private sealed class Model
    {
        private readonly RuleContext _context;
        private readonly RelationLog _log;
        private readonly Dictionary<CellAddress, int> _cells = [];
        private readonly List<CellAddress> _addresses = [];
        private readonly List<List<ReportedValue?>> _printings = [];
        private int[] _parent = [];

        public Model(RuleContext context, RelationLog log)
        {
            _context = context;
            _log = log;
        }

        public List<Finding> Divergent { get; } = [];

        private int Cell(CellAddress address, ReportedValue? value)
        {
            // A cell of a table is one quantity wherever a rule reads it; a pseudo-address (a figure of the text, of 表11
            // or of a self-evaluation) may stand for several figures of one statement, so each use is its own variable.
            if (_context.Disclosure.FindTable(address.TableId) is null)
            {
                _addresses.Add(address);
                _printings.Add([value]);
                return _addresses.Count - 1;
            }

            if (!_cells.TryGetValue(address, out var index))
            {
                index = _addresses.Count;
                _cells[address] = index;
                _addresses.Add(address);
                _printings.Add([]);
            }

            if (!_printings[index].Contains(value))
            {
                _printings[index].Add(value);
            }

            return index;
        }

        private int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        private static bool Modelled(LoggedRelation r) => r.Finding is null || r.Finding.WithinRounding;

        public void Solve(Dictionary<Finding, Finding?> replacements)
        {
            // Relations already broken alone are findings of their own and stay out of the model.
            var relations = _log.Relations.Where(Modelled).ToList();
            var rates = _log.Rates.Where(r => r.Finding.WithinRounding).ToList();
            var termCells = relations.Select(r => r.Terms.Select(t => Cell(t.Address, t.Value)).ToArray()).ToList();
            var rateCells = rates.Select(r => (r.Numerator.Select(t => Cell(t.Address, t.Value)).ToArray(), r.Denominator.Select(t => Cell(t.Address, t.Value)).ToArray())).ToList();

            // Printings of one quantity: identities between single cells join their cells into one variable.
            _parent = [.. Enumerable.Range(0, _addresses.Count)];
            for (var r = 0; r < relations.Count; r++)
            {
                if (relations[r].IsIdentity)
                {
                    var a = Find(termCells[r][0]);
                    var b = Find(termCells[r][1]);
                    if (a != b)
                    {
                        _parent[Math.Max(a, b)] = Math.Min(a, b);
                    }
                }
            }

            var classes = new Dictionary<int, List<int>>();
            for (var c = 0; c < _addresses.Count; c++)
            {
                var root = Find(c);
                if (!classes.TryGetValue(root, out var members))
                {
                    classes[root] = members = [];
                }

                members.Add(c);
            }

            var identityOf = new Dictionary<int, List<int>>();
            for (var r = 0; r < relations.Count; r++)
            {
                if (relations[r].IsIdentity)
                {
                    var root = Find(termCells[r][0]);
                    if (!identityOf.TryGetValue(root, out var list))
                    {
                        identityOf[root] = list = [];
                    }

                    list.Add(r);
                }
            }

            // Identity relations are not propagated (their cells are one variable); a conflict names them by an id past the others.
            var nonIdentity = relations.Count(r => !r.IsIdentity);

            // One variable per class; its interval is the intersection of every printing's interval.
            var variableOf = new int[_addresses.Count];
            var low = new List<long>();
            var high = new List<long>();
            var why = new List<int[]>();
            foreach (var (root, members) in classes.OrderBy(c => c.Key))
            {
                var (lo, hi) = Intersection(members);
                var identities = identityOf.GetValueOrDefault(root) ?? [];
                if (lo <= hi)
                {
                    foreach (var m in members)
                    {
                        variableOf[m] = low.Count;
                    }

                    low.Add(lo);
                    high.Add(hi);
                    why.Add(members.Count > 1 ? [.. identities.Select(r => nonIdentity + r)] : []);
                    continue;
                }

                // No exact value rounds to every printing: a finding of its own, replacing the identities' 尾差; the
                // printings are then taken apart, each cell a variable of its own, so the other relations are still decided.
                if (DivergentFinding(members, identities.Select(r => relations[r]).ToList()) is { } divergent)
                {
                    Divergent.Add(divergent);
                    foreach (var r in identities)
                    {
                        if (relations[r].Finding is { } finding)
                        {
                            replacements[finding] = null;
                        }
                    }
                }

                foreach (var m in members)
                {
                    var (l, h) = Intersection([m]);
                    if (l > h)
                    {
                        (l, h) = Hull(m);
                    }

                    variableOf[m] = low.Count;
                    low.Add(l);
                    high.Add(h);
                    why.Add([]);
                }
            }

            var propagator = new IntervalPropagator([.. low], [.. high], [.. why]);
            var modelIndex = new List<int>(); // propagator relation → logged relation
            for (var r = 0; r < relations.Count; r++)
            {
                if (relations[r].IsIdentity)
                {
                    continue; // already one variable
                }

                // Σ ±cells as coefficients per variable (a variable met twice adds up; one that cancels drops out).
                var cells = termCells[r];
                var merged = new (int Var, long Coefficient)[cells.Length];
                var n = 0;
                for (var t = 0; t < cells.Length; t++)
                {
                    var v = variableOf[cells[t]];
                    var at = 0;
                    while (at < n && merged[at].Var != v)
                    {
                        at++;
                    }

                    if (at == n)
                    {
                        merged[n++] = (v, 0);
                    }

                    merged[at].Coefficient += relations[r].Terms[t].Sign;
                }

                var kept = 0;
                for (var i = 0; i < n; i++)
                {
                    if (merged[i].Coefficient != 0)
                    {
                        merged[kept++] = merged[i];
                    }
                }

                propagator.Add(merged[..kept], relations[r].Equality);
                modelIndex.Add(r);
            }

            var inactive = new HashSet<int>();
            for (var round = 0; round < MaxConflicts; round++)
            {
                var conflict = propagator.Run(inactive);
                if (conflict is null)
                {
                    break;
                }

                var named = conflict.Select(i => i < nonIdentity ? relations[modelIndex[i]] : relations[i - nonIdentity]).Distinct().ToList();
                var upgraded = false;
                foreach (var r in named.Where(r => r.Finding is { WithinRounding: true }))
                {
                    replacements[r.Finding!] = Break(r, named);
                    upgraded = true;
                }

                var progress = false;
                foreach (var i in conflict.Where(i => i < nonIdentity))
                {
                    progress |= inactive.Add(i);
                }

                if (!progress || (!upgraded && named.Count == 0))
                {
                    break;
                }
            }

            // Rates that rounding explained: again with the narrowed intervals (the finest printing of each operand).
            for (var k = 0; k < rates.Count; k++)
            {
                var rate = rates[k];
                if (replacements.ContainsKey(rate.Finding))
                {
                    continue;
                }

                var (n, d) = rateCells[k];
                var (nLow, nHigh) = Sum(rate.Numerator, n, variableOf, propagator);
                var (dLow, dHigh) = Sum(rate.Denominator, d, variableOf, propagator);
                if (dLow <= 0 || nLow < 0)
                {
                    continue; // only non-negative parts over a positive base are decided here
                }

                var smallest = (decimal)nLow * 100m / dHigh;
                var largest = (decimal)nHigh * 100m / dLow;
                if (smallest <= rate.Printed.Upper && rate.Printed.Lower <= largest)
                {
                    continue;
                }

                replacements[rate.Finding] = RateBreak(rate, nLow, nHigh, dLow, dHigh);
            }

            (long, long) Sum(LoggedTerm[] terms, int[] cells, int[] variables, IntervalPropagator p)
            {
                long lo = 0, hi = 0;
                for (var i = 0; i < terms.Length; i++)
                {
                    var (l, h) = p.Bounds(variables[cells[i]]);
                    (l, h) = terms[i].Sign > 0 ? (l, h) : (-h, -l);
                    lo = checked(lo + l);
                    hi = checked(hi + h);
                }

                return (lo, hi);
            }
        }

        private (long Low, long High) Intersection(List<int> members)
        {
            long lo = long.MinValue, hi = long.MaxValue;
            foreach (var m in members)
            {
                foreach (var p in _printings[m])
                {
                    var (l, h) = Interval(p);
                    lo = Math.Max(lo, l);
                    hi = Math.Min(hi, h);
                }
            }

            return (lo, hi);
        }

        private (long Low, long High) Hull(int member)
        {
            long lo = long.MaxValue, hi = long.MinValue;
            foreach (var p in _printings[member])
            {
                var (l, h) = Interval(p);
                lo = Math.Min(lo, l);
                hi = Math.Max(hi, h);
            }

            return (lo, hi);
        }

        private Finding Break(LoggedRelation relation, List<LoggedRelation> conflict)
        {
            var severity = _context.SeverityFor(relation.Rule, withinRounding: false);
            var other = conflict.Where(r => !ReferenceEquals(r, relation)).ToList();
            var others = other.Select(r => $"{r.Rule.Id} {r.Location}").Distinct().ToList();
            var othersZh = other.Select(r => $"“{r.Rule.DescriptionZh}”（{r.Location}）").Distinct().ToList();
            string zh, en;
            if (others.Count == 0 && !relation.Terms.Any(t => t.Value is { Precision.Unit: AmountUnit.Yuan }))
            {
                zh = "单独看区间相接，但四舍五入的区间不含上端点：没有一组精确值能四舍五入为这些印数并满足该关系，不是尾差";
                en = "the intervals only touch, but a rounding interval excludes its upper end: no exact values round to these figures and satisfy the relation, so it is not rounding";
            }
            else if (others.Count == 0)
            {
                zh = "单独看在尾差范围内，但以元为单位印出的金额是精确值，没有一组精确值能满足该关系，不是尾差";
                en = "within rounding taken alone, but figures printed in 元 are exact and no exact values satisfy the relation, so it is not rounding";
            }
            else
            {
                zh = $"单独看在尾差范围内，但与 {string.Join("、", othersZh)} 不能同时成立：没有一组精确值能同时满足这些关系，不是尾差";
                en = $"within rounding taken alone, but it cannot hold together with {string.Join(", ", others)}: no exact values satisfy these relations at once, so it is not rounding";
            }

            return new Finding(relation.Rule.Id, severity, relation.Location) { MessageZh = zh, MessageEn = en };
        }

        private Finding RateBreak(LoggedRate rate, long nLow, long nHigh, long dLow, long dHigh)
        {
            var severity = _context.SeverityFor(rate.Rule, withinRounding: false);
            var finer = new List<(CellAddress Address, ReportedValue Printed, ReportedValue Finer)>();
            foreach (var t in rate.Numerator.Concat(rate.Denominator))
            {
                if (t.Value is not { } own)
                {
                    continue;
                }

                var finest = ClassPrintings(t.Address).OfType<ReportedValue>().Where(p => p.Precision.StepTicks < own.Precision.StepTicks).OrderBy(p => p.Precision.StepTicks).FirstOrDefault();
                if (finest != default)
                {
                    finer.Add((t.Address, own, finest));
                }
            }

            var range = $"{Show(nLow)}–{Show(nHigh)} ÷ {Show(dLow)}–{Show(dHigh)}";
            var zh = finer.Count > 0
                ? $"单独看在尾差范围内，但{string.Join("，", finer.Select(f => $"{f.Printed} 按更精确的印数 {f.Finer} 计"))}（精确值范围 {range}），无法得到印出的比率，不是尾差"
                : $"单独看在尾差范围内，但与其他关系联合判定后的精确值范围（{range}）无法得到印出的比率，不是尾差";
            var en = finer.Count > 0
                ? $"within rounding taken alone, but with the finer printing of its operands ({string.Join("; ", finer.Select(f => $"{f.Printed} taken as {f.Finer}"))}; exact range {range}) the printed rate cannot be reached, so it is not rounding"
                : $"within rounding taken alone, but the exact values the other relations allow ({range}) cannot give the printed rate, so it is not rounding";
            return new Finding(rate.Rule.Id, severity, rate.Finding.Location) { MessageZh = zh, MessageEn = en };
        }

        private IEnumerable<ReportedValue?> ClassPrintings(CellAddress address)
        {
            if (!_cells.TryGetValue(address, out var cell))
            {
                yield break;
            }

            var root = Find(cell);
            for (var c = 0; c < _addresses.Count; c++)
            {
                if (Find(c) == root)
                {
                    foreach (var p in _printings[c])
                    {
                        yield return p;
                    }
                }
            }
        }

        private Finding? DivergentFinding(List<int> members, List<LoggedRelation> identities)
        {
            if (_context.Options.DisabledRules.Contains(DivergentId))
            {
                return null;
            }

            var printings = members
                .SelectMany(m => _printings[m].Select(p => (Address: _addresses[m], Value: p)))
                .OrderBy(p => p.Address.ToString(), StringComparer.Ordinal)
                .ToList();

            // Located at the first printing of the value printed least often (326.71 in two tables, 326.72 in three: a 326.71).
            var minority = printings.GroupBy(p => p.Value).OrderBy(g => g.Count()).ThenBy(g => g.First().Address.ToString(), StringComparer.Ordinal).First().First();
            var severity = _context.Options.SeverityOverrides.TryGetValue(DivergentId, out var overridden) ? overridden : Severity.Inconsistency;
            var rules = identities.Select(r => r.Rule.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var rulesZh = identities.Select(r => $"“{r.Rule.DescriptionZh}”").Distinct().ToList();
            var listZh = string.Join("，", printings.Select(p => $"{p.Address} 印为 {p.Value?.ToString() ?? "空"}"));
            var listEn = string.Join("; ", printings.Select(p => $"{p.Address} is printed as {p.Value?.ToString() ?? "blank"}"));
            return new Finding(DivergentId, severity, minority.Address)
            {
                MessageZh = $"同一数值多处印出不一致：{listZh}；没有一个精确值能四舍五入为所有这些印数，不是尾差（由 {string.Join("、", rulesZh)} 关联）",
                MessageEn = $"One quantity printed differently: {listEn}; no exact value rounds to all of these printings, so it is not rounding (linked by {string.Join(", ", rules)})",
                Actual = minority.Value?.Value,
                ActualInterval = minority.Value?.Interval,
                Contributors = printings.Select(p => new Contributor(p.Address, p.Value)).ToEquatableArray(),
            };
        }

        private static string Show(long ticks) => Amount.FromTicks(ticks).ToString("NY2", CultureInfo.InvariantCulture) + "元";
    }
}
