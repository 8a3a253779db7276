using System.Collections.Immutable;
using GovBudget.Tables;

namespace GovBudget.TableSets;

/// <summary>
/// An immutable collection of table sets by id: <see cref="BuiltIn"/> holds the embedded sets
/// (<c>src/GovBudget/TableSets/Data/*.json</c>); <see cref="With"/> adds a set loaded with <see cref="TableSet.Load"/>.
/// </summary>
public sealed class TableSetRegistry
{
    private static readonly Lazy<TableSetRegistry> BuiltInRegistry = new(LoadBuiltIn);
    private readonly ImmutableDictionary<string, TableSet> _byId;

    private TableSetRegistry(ImmutableArray<TableSet> sets)
    {
        All = sets;
        _byId = sets.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The built-in sets, read once from the embedded data files.</summary>
    public static TableSetRegistry BuiltIn => BuiltInRegistry.Value;

    /// <summary>Every set, ordered by id.</summary>
    public ImmutableArray<TableSet> All { get; }

    /// <summary>The set with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    public TableSet? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The set with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No set has that id.</exception>
    public TableSet Get(string id)
        => Find(id) ?? throw new KeyNotFoundException($"No table set '{id}'; known: {string.Join(", ", All.Select(s => s.Id))}.");

    /// <summary>A registry with <paramref name="set"/> added (replacing a set with the same id).</summary>
    public TableSetRegistry With(TableSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new TableSetRegistry([.. All.Where(s => s.Id != set.Id).Append(set).OrderBy(s => s.Id, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The built-in set a disclosure of <paramref name="kind"/> has when nothing names one: <c>hubei.budget</c> for
    /// budgets, <c>national.settlement</c> for settlements (the layouts GovBudget was first written for).
    /// </summary>
    public static TableSet DefaultFor(DisclosureKind kind) => BuiltIn.Get(kind == DisclosureKind.Budget ? "hubei.budget" : "national.settlement");

    /// <summary>The sets for one kind of disclosure whose editions include <paramref name="edition"/>.</summary>
    public IEnumerable<TableSet> For(DisclosureKind kind, int edition) => All.Where(s => s.Kind == kind && s.Editions.Contains(edition));

    private static TableSetRegistry LoadBuiltIn()
    {
        var assembly = typeof(TableSetRegistry).Assembly;
        const string prefix = "GovBudget.TableSets.Data.";
        var sets = new List<TableSet>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            sets.Add(TableSet.Read(stream, name[prefix.Length..]));
        }

        return new TableSetRegistry([.. sets.OrderBy(s => s.Id, StringComparer.Ordinal)]);
    }
}
