using GovBudget.Amounts;

namespace GovBudget.Tests.Architecture;

/// <summary>
/// The namespaces of the GovBudget assembly point one way: Amounts and Classification sit on the leaves (the root's
/// exception type, Collections, Internal) and Classification may use Amounts, never the reverse; no namespaces form a
/// cycle except those listed below. Both lists only shrink: an entry that no longer holds fails the test too.
/// </summary>
public class LayerTests
{
    private const string Root = "GovBudget";

    /// <summary>What the lowest layers may use besides themselves.</summary>
    private static readonly Dictionary<string, string[]> Leaves = new(StringComparer.Ordinal)
    {
        ["GovBudget.Amounts"] = ["GovBudget", "GovBudget.Collections", "GovBudget.Internal"],
        ["GovBudget.Classification"] = ["GovBudget", "GovBudget.Collections", "GovBudget.Internal", "GovBudget.Amounts"],
    };

    /// <summary>Known dependencies of the lowest layers that break the direction (to remove, never to add to).</summary>
    private static readonly (string From, string To)[] KnownUpward =
    [
        ("GovBudget.Amounts", "GovBudget.Serialization"), // [JsonConverter] attributes naming the scalar converters
        ("GovBudget.Classification", "GovBudget.Serialization"), // same
    ];

    /// <summary>The one cycle measured when the test was written (to shrink, never to grow).</summary>
    private static readonly string[][] KnownCycles =
    [
        [
            "GovBudget.Amounts", "GovBudget.Building", "GovBudget.Classification", "GovBudget.Disclosures", "GovBudget.Narrative",
            "GovBudget.Rules", "GovBudget.Rules.Families", "GovBudget.Rules.Formulas", "GovBudget.Rules.Rounding", "GovBudget.Rules.Sets",
            "GovBudget.Serialization", "GovBudget.Serialization.Json", "GovBudget.TableSets", "GovBudget.Tables", "GovBudget.Tables.Budget",
            "GovBudget.Tables.Performance", "GovBudget.Tables.Settlement",
        ],
    ];

    private static NamespaceGraph Library() => NamespaceGraph.Read(typeof(Amount).Assembly.Location, Root);

    [Fact]
    public void Library_PointsOneWay()
        => Violations(Library(), KnownUpward, KnownCycles).ShouldBeEmpty();

    [Fact]
    public void Graph_SeesTheLibrary()
    {
        var graph = Library();
        graph.Edges.Count.ShouldBeGreaterThan(15);
        graph.Edges["GovBudget.Rules"].ShouldContain("GovBudget.Tables");
        graph.Edges["GovBudget.Collections"].ShouldBeEmpty();
    }

    [Fact]
    public void Checker_FailsOnADependencyFromAmountsToSerialization()
    {
        // Without its allow-list entry, the edge the scalar converters create is reported.
        var graph = Library().With("GovBudget.Amounts", "GovBudget.Serialization");
        var violations = Violations(graph, [.. KnownUpward.Where(e => e.From != "GovBudget.Amounts")], KnownCycles);
        violations.ShouldContain(v => v.Contains("GovBudget.Amounts -> GovBudget.Serialization", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_FailsOnANewCycleAndOnAStaleEntry()
    {
        var graph = NamespaceGraph.FromEdges([("GovBudget.Tables", "GovBudget.Rules"), ("GovBudget.Rules", "GovBudget.Tables"), ("GovBudget.Amounts", "GovBudget.Collections")]);
        Violations(graph, [], []).ShouldContain(v => v.StartsWith("new cycle", StringComparison.Ordinal));
        Violations(NamespaceGraph.FromEdges([("GovBudget.Rules", "GovBudget.Tables")]), [("GovBudget.Amounts", "GovBudget.Serialization")], [["GovBudget.Rules", "GovBudget.Tables"]])
            .Count.ShouldBe(2); // both entries are stale
        Violations(graph, [], [["GovBudget.Rules", "GovBudget.Tables"]]).ShouldBeEmpty();
    }

    private static List<string> Violations(NamespaceGraph graph, (string From, string To)[] knownUpward, string[][] knownCycles)
    {
        var violations = new List<string>();
        foreach (var (from, allowed) in Leaves)
        {
            foreach (var to in graph.Edges.TryGetValue(from, out var targets) ? targets : [])
            {
                if (!allowed.Contains(to) && !knownUpward.Contains((from, to)))
                {
                    violations.Add($"upward dependency {from} -> {to}");
                }
            }
        }

        foreach (var (from, to) in knownUpward)
        {
            if (!graph.Edges.TryGetValue(from, out var targets) || !targets.Contains(to))
            {
                violations.Add($"stale allow-list entry {from} -> {to}: remove it");
            }
        }

        var cycles = graph.Cycles();
        foreach (var cycle in cycles)
        {
            if (!knownCycles.Any(k => k.Order(StringComparer.Ordinal).SequenceEqual(cycle)))
            {
                violations.Add($"new cycle among {string.Join(", ", cycle)}");
            }
        }

        foreach (var known in knownCycles)
        {
            if (!cycles.Any(c => c.SequenceEqual(known.Order(StringComparer.Ordinal))))
            {
                violations.Add($"stale cycle entry {string.Join(", ", known)}: shrink it to the measured cycles");
            }
        }

        return violations;
    }
}
